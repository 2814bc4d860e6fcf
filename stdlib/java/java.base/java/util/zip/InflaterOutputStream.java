package java.util.zip;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** An output stream filter that decompresses what is written to it ("deflate" format). */
public class InflaterOutputStream extends FilterOutputStream {
    protected final Inflater inf;
    protected final byte[] buf;
    private final byte[] wbuf = new byte[1];
    private boolean usesDefaultInflater = false;
    private boolean closed = false;

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    public InflaterOutputStream(OutputStream out) {
        this(out, out != null ? new Inflater() : null);
        usesDefaultInflater = true;
    }

    public InflaterOutputStream(OutputStream out, Inflater infl) {
        this(out, infl, 512);
    }

    public InflaterOutputStream(OutputStream out, Inflater infl, int bufLen) {
        super(out);
        if (out == null) {
            throw new NullPointerException("Null output");
        }
        if (infl == null) {
            throw new NullPointerException("Null inflater");
        }
        if (bufLen <= 0) {
            throw new IllegalArgumentException("Buffer size < 1");
        }
        inf = infl;
        buf = new byte[bufLen];
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            try {
                finish();
            } finally {
                out.close();
                closed = true;
            }
        }
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        if (!inf.finished()) {
            try {
                while (!inf.finished() && !inf.needsInput()) {
                    int n = inf.inflate(buf, 0, buf.length);
                    if (n < 1) {
                        break;
                    }
                    out.write(buf, 0, n);
                }
                super.flush();
            } catch (DataFormatException ex) {
                String msg = ex.getMessage();
                throw new ZipException(msg != null ? msg : "Invalid ZLIB data format");
            }
        }
    }

    public void finish() throws IOException {
        ensureOpen();
        flush();
        if (usesDefaultInflater) {
            inf.end();
        }
    }

    @Override
    public void write(int b) throws IOException {
        wbuf[0] = (byte) b;
        write(wbuf, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        if (b == null) {
            throw new NullPointerException("Null buffer for read");
        }
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return;
        }
        try {
            for (;;) {
                if (inf.needsInput()) {
                    if (len < 1) {
                        break;
                    }
                    int part = Math.min(len, 512);
                    inf.setInput(b, off, part);
                    off += part;
                    len -= part;
                }
                int n;
                do {
                    n = inf.inflate(buf, 0, buf.length);
                    if (n > 0) {
                        out.write(buf, 0, n);
                    }
                } while (n > 0);
                if (inf.finished()) {
                    break;
                }
                if (inf.needsDictionary()) {
                    throw new ZipException("ZLIB dictionary missing");
                }
            }
        } catch (DataFormatException ex) {
            String msg = ex.getMessage();
            throw new ZipException(msg != null ? msg : "Invalid ZLIB data format");
        }
    }
}
