package java.io;

import java.nio.charset.Charset;
import java.util.Formatter;
import java.util.Locale;
import java.util.Objects;
import sun.nio.cs.CortadoCharset;

/**
 * Prints text to a byte stream, never throwing IOException (see checkError). With autoflush,
 * the stream is flushed after every write of a byte array, as in the JDK.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closing;
    private final CortadoCharset charset;
    /** A surrogate left over from a print(char) that split a pair. */
    private char pendingHigh;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, Charset.defaultCharset());
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush, toCharset(encoding));
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        super(Objects.requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
        this.charset = CortadoCharset.of(Objects.requireNonNull(charset, "charset"));
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(new FileOutputStream(fileName), false);
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(new FileOutputStream(file), false);
    }

    public PrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(new FileOutputStream(fileName), false, toCharset(csn));
    }

    public PrintStream(String fileName, Charset charset) throws IOException {
        this(new FileOutputStream(fileName), false, charset);
    }

    static Charset toCharset(String csn) throws UnsupportedEncodingException {
        Objects.requireNonNull(csn, "charsetName");
        Charset cs = CortadoCharset.lookup(csn);
        if (cs == null) {
            throw new UnsupportedEncodingException(csn);
        }
        return cs;
    }

    public Charset charset() {
        return charset;
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    if (out != null) {
                        out.close();
                    }
                } catch (IOException x) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    public boolean checkError() {
        if (out != null) {
            flush();
        }
        if (out instanceof PrintStream) {
            return ((PrintStream) out).checkError();
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    // ---- bytes ----

    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if ((b == '\n') && autoFlush) {
                    out.flush();
                }
            }
        } catch (InterruptedIOException x) {
            Thread.currentThread().interrupt();
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (InterruptedIOException x) {
            Thread.currentThread().interrupt();
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    // ---- text ----

    /** Encodes and writes s; flushes if autoflush and s contains a newline. */
    private void writeText(String s) {
        try {
            synchronized (this) {
                ensureOpen();
                char[] chars;
                if (pendingHigh != 0) {
                    s = pendingHigh + s;
                    pendingHigh = 0;
                }
                int n = s.length();
                if (n > 0 && Character.isHighSurrogate(s.charAt(n - 1))) {
                    // Keep a trailing high surrogate until its low half arrives.
                    pendingHigh = s.charAt(n - 1);
                    s = s.substring(0, n - 1);
                    n--;
                }
                chars = s.toCharArray();
                byte[] bytes = charset.encode(chars, 0, n);
                out.write(bytes, 0, bytes.length);
                if (autoFlush && s.indexOf('\n') >= 0) {
                    out.flush();
                }
            }
        } catch (InterruptedIOException x) {
            Thread.currentThread().interrupt();
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void writeln(String s) {
        writeText(s + System.lineSeparator());
    }

    public void print(boolean b) {
        writeText(String.valueOf(b));
    }

    public void print(char c) {
        writeText(String.valueOf(c));
    }

    public void print(int i) {
        writeText(String.valueOf(i));
    }

    public void print(long l) {
        writeText(String.valueOf(l));
    }

    public void print(float f) {
        writeText(String.valueOf(f));
    }

    public void print(double d) {
        writeText(String.valueOf(d));
    }

    public void print(char[] s) {
        writeText(new String(s));
    }

    public void print(String s) {
        writeText(String.valueOf(s));
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    public void println() {
        writeText(System.lineSeparator());
    }

    public void println(boolean x) {
        writeln(String.valueOf(x));
    }

    public void println(char x) {
        writeln(String.valueOf(x));
    }

    public void println(int x) {
        writeln(String.valueOf(x));
    }

    public void println(long x) {
        writeln(String.valueOf(x));
    }

    public void println(float x) {
        writeln(String.valueOf(x));
    }

    public void println(double x) {
        writeln(String.valueOf(x));
    }

    public void println(char[] x) {
        writeln(new String(x));
    }

    public void println(String x) {
        writeln(String.valueOf(x));
    }

    public void println(Object x) {
        writeln(String.valueOf(x));
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        writeText(new Formatter().format(format, args).toString());
        return this;
    }

    public PrintStream format(Locale l, String format, Object... args) {
        writeText(new Formatter(l).format(format, args).toString());
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
