package java.util.jar;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A JAR manifest: main attributes and per-entry sections. */
public class Manifest implements Cloneable {
    private final Attributes attr = new Attributes();
    private final Map<String, Attributes> entries = new HashMap<>();

    public Manifest() {
    }

    public Manifest(InputStream is) throws IOException {
        read(is);
    }

    public Manifest(Manifest man) {
        attr.putAll(man.getMainAttributes());
        entries.putAll(man.getEntries());
    }

    public Attributes getMainAttributes() {
        return attr;
    }

    public Map<String, Attributes> getEntries() {
        return entries;
    }

    public Attributes getAttributes(String name) {
        return getEntries().get(name);
    }

    public void clear() {
        attr.clear();
        entries.clear();
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream dos = new DataOutputStream(out);
        attr.writeMain(dos);
        for (Map.Entry<String, Attributes> e : entries.entrySet()) {
            println72(dos, "Name: " + e.getKey());
            e.getValue().write(dos);
        }
        dos.flush();
    }

    /** Writes a line as UTF-8, continued after every 72 bytes with CRLF and a space. */
    static void println72(OutputStream out, String line) throws IOException {
        if (!line.isEmpty()) {
            byte[] lineBytes = line.getBytes(StandardCharsets.UTF_8);
            int length = lineBytes.length;
            out.write(lineBytes[0]);
            int pos = 1;
            while (length - pos > 71) {
                out.write(lineBytes, pos, 71);
                pos += 71;
                println(out);
                out.write(' ');
            }
            out.write(lineBytes, pos, length - pos);
        }
        println(out);
    }

    static void println(OutputStream out) throws IOException {
        out.write('\r');
        out.write('\n');
    }

    /** Lines of a manifest (ended by CR, LF or CRLF), without their ends; peek looks at the next byte. */
    static final class Lines {
        private final byte[] data;
        private int pos;

        Lines(InputStream in) throws IOException {
            data = in.readAllBytes();
        }

        byte[] readLine() throws IOException {
            if (pos >= data.length) {
                return null;
            }
            int start = pos;
            while (pos < data.length && data[pos] != '\n' && data[pos] != '\r') {
                pos++;
            }
            if (pos >= data.length) {
                throw new IOException("line too long");
            }
            int end = pos;
            if (data[pos] == '\r' && pos + 1 < data.length && data[pos + 1] == '\n') {
                pos += 2;
            } else {
                pos++;
            }
            if (end - start > 65535) {
                throw new IOException("line too long");
            }
            byte[] line = new byte[end - start];
            System.arraycopy(data, start, line, 0, line.length);
            return line;
        }

        int peek() {
            return pos < data.length ? data[pos] & 0xff : -1;
        }
    }

    public void read(InputStream is) throws IOException {
        Lines fis = new Lines(is);
        int lineNumber = attr.read(fis, 0);
        String name = null;
        boolean skipEmptyLines = true;
        byte[] lastline = null;
        byte[] lbuf;
        while ((lbuf = fis.readLine()) != null) {
            int len = lbuf.length;
            lineNumber++;
            if (len == 0 && skipEmptyLines) {
                continue;
            }
            skipEmptyLines = false;
            if (name == null) {
                name = parseName(lbuf, len);
                if (name == null) {
                    throw new IOException("invalid manifest format (line " + lineNumber + ")");
                }
                if (fis.peek() == ' ') {
                    lastline = new byte[len - 6];
                    System.arraycopy(lbuf, 6, lastline, 0, len - 6);
                    continue;
                }
            } else {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                buf.write(lastline, 0, lastline.length);
                buf.write(lbuf, 1, len - 1);
                if (fis.peek() == ' ') {
                    lastline = buf.toByteArray();
                    continue;
                }
                name = new String(buf.toByteArray(), StandardCharsets.UTF_8);
                lastline = null;
            }
            Attributes a = getAttributes(name);
            if (a == null) {
                a = new Attributes(2);
                entries.put(name, a);
            }
            lineNumber = a.read(fis, lineNumber);
            name = null;
            skipEmptyLines = true;
        }
    }

    private static String parseName(byte[] lbuf, int len) {
        if (len >= 6 && toLower(lbuf[0]) == 'n' && toLower(lbuf[1]) == 'a' && toLower(lbuf[2]) == 'm'
                && toLower(lbuf[3]) == 'e' && lbuf[4] == ':' && lbuf[5] == ' ') {
            return new String(lbuf, 6, len - 6, StandardCharsets.UTF_8);
        }
        return null;
    }

    private static int toLower(int c) {
        return (c >= 'A' && c <= 'Z') ? 'a' + (c - 'A') : c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Manifest && attr.equals(((Manifest) o).getMainAttributes())
                && entries.equals(((Manifest) o).getEntries());
    }

    @Override
    public int hashCode() {
        return attr.hashCode() + entries.hashCode();
    }

    @Override
    public Object clone() {
        return new Manifest(this);
    }
}
