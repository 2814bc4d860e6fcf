package java.io;

import java.util.Objects;

public abstract class Reader implements Readable, Closeable {
    private static final int TRANSFER_BUFFER_SIZE = 8192;
    private static final int MAX_SKIP_BUFFER_SIZE = 8192;

    protected Object lock;
    private char[] skipBuffer;

    protected Reader() {
        this.lock = this;
    }

    protected Reader(Object lock) {
        if (lock == null) {
            throw new NullPointerException();
        }
        this.lock = lock;
    }

    public static Reader nullReader() {
        return new Reader() {
            private boolean closed;

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, cbuf.length);
                if (closed) {
                    throw new IOException("Stream closed");
                }
                return len == 0 ? 0 : -1;
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    /**
     * A reader of the chars of cs (Java 24), read where they are: cs's later changes show
     * through. It supports mark/reset; after close, reads throw IOException.
     */
    public static Reader of(final CharSequence cs) {
        Objects.requireNonNull(cs);
        return new Reader() {
            private boolean isClosed;
            private int next = 0;
            private int mark = 0;

            private void ensureOpen() throws IOException {
                if (isClosed) {
                    throw new IOException("Stream closed");
                }
            }

            @Override
            public int read() throws IOException {
                ensureOpen();
                return next < cs.length() ? cs.charAt(next++) : -1;
            }

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                ensureOpen();
                Objects.checkFromIndexSize(off, len, cbuf.length);
                if (len == 0) {
                    return 0;
                }
                int length = cs.length();
                if (next >= length) {
                    return -1;
                }
                int n = Math.min(length - next, len);
                for (int i = 0; i < n; i++) {
                    cbuf[off + i] = cs.charAt(next + i);
                }
                next += n;
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                ensureOpen();
                if (next >= cs.length()) {
                    return 0;
                }
                // may be negative: skipping backwards stops at the start
                long r = Math.min(cs.length() - next, n);
                r = Math.max(-next, r);
                next += (int) r;
                return r;
            }

            @Override
            public boolean ready() throws IOException {
                ensureOpen();
                return true;
            }

            @Override
            public boolean markSupported() {
                return true;
            }

            @Override
            public void mark(int readAheadLimit) throws IOException {
                if (readAheadLimit < 0) {
                    throw new IllegalArgumentException("Read-ahead limit < 0");
                }
                ensureOpen();
                mark = next;
            }

            @Override
            public void reset() throws IOException {
                ensureOpen();
                next = mark;
            }

            @Override
            public void close() {
                isClosed = true;
            }
        };
    }

    /**
     * The remaining chars split into lines (Java 25): a line ends at \n, \r or \r\n, the
     * terminators are dropped, and a last line without one counts too.
     */
    public java.util.List<String> readAllLines() throws IOException {
        String all = readAllAsString();
        java.util.List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        int length = all.length();
        for (int i = 0; i < length; i++) {
            char c = all.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(all.substring(start, i));
                if (c == '\r' && i + 1 < length && all.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(all.substring(start));
        }
        return lines;
    }

    /** The remaining chars as one string (Java 25). */
    public String readAllAsString() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] cb = new char[8192];
        int n;
        while ((n = read(cb, 0, cb.length)) != -1) {
            sb.append(cb, 0, n);
        }
        return sb.toString();
    }

    public int read() throws IOException {
        char[] cb = new char[1];
        if (read(cb, 0, 1) == -1) {
            return -1;
        }
        return cb[0];
    }

    public int read(java.nio.CharBuffer target) throws IOException {
        int nread;
        if (target.hasArray()) {
            char[] cbuf = target.array();
            int pos = target.position();
            int rem = Math.max(target.limit() - pos, 0);
            int off = target.arrayOffset() + pos;
            nread = this.read(cbuf, off, rem);
            if (nread > 0) {
                target.position(pos + nread);
            }
        } else {
            int len = target.remaining();
            char[] cbuf = new char[len];
            nread = read(cbuf, 0, len);
            if (nread > 0) {
                target.put(cbuf, 0, nread);
            }
        }
        return nread;
    }

    public int read(char[] cbuf) throws IOException {
        return read(cbuf, 0, cbuf.length);
    }

    public abstract int read(char[] cbuf, int off, int len) throws IOException;

    public long skip(long n) throws IOException {
        if (n < 0L) {
            throw new IllegalArgumentException("skip value is negative");
        }
        int nn = (int) Math.min(n, MAX_SKIP_BUFFER_SIZE);
        synchronized (lock) {
            if ((skipBuffer == null) || (skipBuffer.length < nn)) {
                skipBuffer = new char[nn];
            }
            long r = n;
            while (r > 0) {
                int nc = read(skipBuffer, 0, (int) Math.min(r, nn));
                if (nc == -1) {
                    break;
                }
                r -= nc;
            }
            return n - r;
        }
    }

    public boolean ready() throws IOException {
        return false;
    }

    public boolean markSupported() {
        return false;
    }

    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark() not supported");
    }

    public void reset() throws IOException {
        throw new IOException("reset() not supported");
    }

    @Override
    public abstract void close() throws IOException;

    public long transferTo(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        long transferred = 0;
        char[] buffer = new char[TRANSFER_BUFFER_SIZE];
        int nRead;
        while ((nRead = read(buffer, 0, TRANSFER_BUFFER_SIZE)) >= 0) {
            out.write(buffer, 0, nRead);
            transferred += nRead;
        }
        return transferred;
    }
}
