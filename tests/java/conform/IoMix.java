package conform;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
public class IoMix {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.ordinaryChar('/'); st.slashStarComments(true);
        List<String> toks = new ArrayList<>();
        while (st.nextToken() != StreamTokenizer.TT_EOF) {
            switch (st.ttype) { case StreamTokenizer.TT_NUMBER -> toks.add("N" + st.nval); case StreamTokenizer.TT_WORD -> toks.add("W" + st.sval); case StreamTokenizer.TT_EOL -> toks.add("EOL"); case '"', '\'' -> toks.add("Q" + st.sval); default -> toks.add("C" + (char) st.ttype); }
        }
        System.out.println(toks + " line " + st.lineno());
        String text = """
            Hello,\tText "Block"
              indented \
            continued
            trailing\s
            end""";
        System.out.println(text + "|" + text.lines().count());
        BufferedReader br = new BufferedReader(new StringReader("a\r\nb\rc\n\nd")); String l; List<String> ls = new ArrayList<>(); while ((l = br.readLine()) != null) ls.add(l); System.out.println(ls);
        ByteArrayOutputStream bos = new ByteArrayOutputStream(); DataOutputStream dos = new DataOutputStream(bos);
        dos.writeInt(-2); dos.writeLong(1L << 40); dos.writeDouble(Math.PI); dos.writeUTF("héllo"); dos.writeBoolean(true); dos.writeShort(-3); dos.writeChar('Z'); dos.writeFloat(1.5f); dos.writeByte(200); dos.flush();
        byte[] bytes = bos.toByteArray(); System.out.println(bytes.length + " " + Arrays.toString(Arrays.copyOf(bytes, 12)));
        DataInputStream dis = new DataInputStream(new ByteArrayInputStream(bytes));
        System.out.println(dis.readInt() + " " + dis.readLong() + " " + dis.readDouble() + " " + dis.readUTF() + " " + dis.readBoolean() + " " + dis.readShort() + " " + dis.readChar() + " " + dis.readFloat() + " " + dis.readUnsignedByte() + " " + dis.read());
        try { dis.readInt(); } catch (EOFException e) { System.out.println("EOF " + e.getMessage()); }
        StringWriter sw = new StringWriter(); PrintWriter pw = new PrintWriter(sw); pw.printf("%d-%s%n", 5, "x"); pw.println(3.0f); pw.print(new char[]{'o', 'k'}); pw.flush(); System.out.println(sw.toString().replace("\n", "\\n"));
        Reader r = new InputStreamReader(new ByteArrayInputStream("ü€𝄞".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8); int c; StringBuilder sb = new StringBuilder(); while ((c = r.read()) != -1) sb.append(Integer.toHexString(c)).append(' '); System.out.println(sb);
        PushbackReader pr = new PushbackReader(new StringReader("xyz"), 2); int first = pr.read(); pr.unread(first); pr.unread('w'); System.out.println((char) pr.read() + "" + (char) pr.read());
        LineNumberReader lnr = new LineNumberReader(new StringReader("1\n2\n3")); lnr.readLine(); lnr.readLine(); System.out.println(lnr.getLineNumber());
        ByteArrayInputStream bis = new ByteArrayInputStream(new byte[]{1, 2, 3, 4, 5}); bis.skip(2); bis.mark(0); System.out.println(bis.read() + " " + bis.available()); bis.reset(); System.out.println(bis.read() + " " + Arrays.toString(bis.readAllBytes()));
        CharArrayWriter caw = new CharArrayWriter(); caw.write("abc"); caw.append('d').append("ef", 0, 1); System.out.println(caw.toString() + " " + caw.size());
        System.out.println(String.join(",", new Scanner("a b\nc").tokens().toList()));
        PrintStream old = System.out; ByteArrayOutputStream cap = new ByteArrayOutputStream(); System.setOut(new PrintStream(cap, true)); System.out.println("captured"); System.setOut(old); System.out.println("got " + cap.toString().trim());
        System.err.println("stderr line"); System.err.flush();
        Properties props = new Properties(); props.load(new StringReader("# c\nk1=v1\nk2 : v 2\\\n  cont\nk3\n")); System.out.println(new TreeMap<>(props));
        StringWriter pw2 = new StringWriter(); new TreeMap<>(Map.of("a", "1")).forEach((k, v) -> pw2.write(k + v)); System.out.println(pw2);
    }
}
