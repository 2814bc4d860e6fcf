package java.io;

import java.nio.charset.Charset;
import java.util.Formatter;
import java.util.Locale;
import java.util.Objects;
import sun.nio.cs.CortadoCharset;

/**
 * Prints text to a byte stream, never throwing IOException (see checkError). With autoflush,
 * the stream is flushed after every write of a byte array, as in the JDK; text is encoded and
 * written through write(byte[], int, int), so with autoflush every print flushes.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closing;
    private final CortadoCharset charset;
    /** A surrogate left over from a print(char) that split a pair. */
    private char pendingHigh;
    /** The formatter of printf/format, writing into this stream; made on first use. */
    private Formatter formatter;

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

    /** The charset is looked up first, so that an unknown name creates no file (as the JDK). */
    public PrintStream(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(toCharset(csn), file);
    }

    private PrintStream(Charset charset, File file) throws FileNotFoundException {
        this(new FileOutputStream(file), false, charset);
    }

    public PrintStream(File file, Charset charset) throws IOException {
        this(new FileOutputStream(file), false, charset);
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
                // The JDK's close flushes through this stream's flush (a subclass sees it).
                flush();
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

    /**
     * Encodes s and writes the bytes through write(byte[], int, int), which a subclass may
     * override (the JDK's text output goes through it too); so with autoflush every text that
     * encodes to some bytes is flushed.
     */
    /** Whether text was written: UTF-16 writes its byte-order mark only before the first. */
    private boolean textStarted;

    private void writeText(String s) {
        try {
            synchronized (this) {
                ensureOpen();
                if (pendingHigh != 0) {
                    s = pendingHigh + s;
                    pendingHigh = 0;
                }
                int n = s.length();
                if (n > 0 && Character.isHighSurrogate(s.charAt(n - 1))) {
                    // Keep a trailing high surrogate until its low half arrives.
                    pendingHigh = s.charAt(n - 1);
                    n--;
                }
                byte[] bytes = textStarted ? charset.encodeContinued(s.toCharArray(), 0, n)
                        : charset.encode(s.toCharArray(), 0, n);
                if (bytes.length > 0) {
                    textStarted = true;
                    write(bytes, 0, bytes.length);
                }
            }
        } catch (InterruptedIOException x) {
            Thread.currentThread().interrupt();
        } catch (IOException x) {
            trouble = true;
        }
    }

    /** Writes s and a line separator as one text, as the JDK's println of an exact PrintStream. */
    private void writeln(String s) {
        writeText(s + System.lineSeparator());
    }

    private void newLine() {
        writeText(System.lineSeparator());
    }

    /** println of a subclass: print (which it may override), then the line separator. */
    private boolean exact() {
        return getClass() == PrintStream.class;
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
        newLine();
    }

    public void println(boolean x) {
        if (exact()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char x) {
        if (exact()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(int x) {
        if (exact()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(long x) {
        if (exact()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(float x) {
        if (exact()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(double x) {
        if (exact()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char[] x) {
        if (exact()) {
            writeln(new String(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(String x) {
        if (exact()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(Object x) {
        String s = String.valueOf(x);
        if (exact()) {
            writeln(s);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        return format(Locale.getDefault(Locale.Category.FORMAT), format, args);
    }

    /**
     * Formats into this stream piece by piece, as the JDK (through append, which a subclass
     * may override): the text before a specifier that fails is printed when the exception
     * comes. An exact PrintStream formats into a buffer and prints it at the end (or at the
     * failure), which shows the same.
     */
    public PrintStream format(Locale l, String format, Object... args) {
        try {
            synchronized (this) {
                ensureOpen();
                if (exact()) {
                    StringBuilder text = new StringBuilder();
                    try {
                        new Formatter(text).format(l, format, args);
                    } finally {
                        writeText(text.toString());
                    }
                } else {
                    if (formatter == null) {
                        formatter = new Formatter((Appendable) this);
                    }
                    formatter.format(l, format, args);
                }
            }
        } catch (InterruptedIOException x) {
            Thread.currentThread().interrupt();
        } catch (IOException x) {
            trouble = true;
        }
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
