package java.io;

/**
 * A buffered reader that counts lines. A line ends at '\n', '\r', "\r\n", or at the end of the
 * stream when chars came after the last terminator; read() returns each terminator as one '\n'.
 */
public class LineNumberReader extends BufferedReader {
    private static final int NONE = 0; // no previous char
    private static final int CHAR = 1; // a char that is not a line terminator
    private static final int EOL = 2; // a line terminator
    private static final int EOF = 3; // the end of the stream

    private int prevChar = NONE;
    private int lineNumber = 0;
    private int markedLineNumber;
    private boolean skipLF;
    private boolean markedSkipLF;
    private int markedPrevChar = NONE;

    private static final int MAX_SKIP_BUFFER_SIZE = 8192;
    private char[] skipBuffer = null;

    public LineNumberReader(Reader in) {
        super(in);
    }

    public LineNumberReader(Reader in, int sz) {
        super(in, sz);
    }

    public void setLineNumber(int lineNumber) {
        synchronized (lock) {
            this.lineNumber = lineNumber;
            this.prevChar = NONE;
        }
    }

    public int getLineNumber() {
        synchronized (lock) {
            return lineNumber;
        }
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            int c = super.read();
            if (skipLF) {
                if (c == '\n') {
                    c = super.read();
                }
                skipLF = false;
            }
            switch (c) {
                case '\r':
                    skipLF = true;
                    lineNumber++;
                    prevChar = EOL;
                    return '\n';
                case '\n':
                    lineNumber++;
                    prevChar = EOL;
                    return '\n';
                case -1:
                    if (prevChar == CHAR) {
                        lineNumber++;
                    }
                    prevChar = EOF;
                    break;
                default:
                    prevChar = CHAR;
                    break;
            }
            return c;
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            int n = super.read(cbuf, off, len);
            if (n == -1) {
                if (prevChar == CHAR) {
                    lineNumber++;
                }
                prevChar = EOF;
                return -1;
            }
            for (int i = off; i < off + n; i++) {
                int c = cbuf[i];
                if (skipLF) {
                    skipLF = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                switch (c) {
                    case '\r':
                        skipLF = true;
                        lineNumber++;
                        break;
                    case '\n':
                        lineNumber++;
                        break;
                    default:
                        break;
                }
            }
            if (n > 0) {
                char last = cbuf[off + n - 1];
                prevChar = (last == '\r' || last == '\n') ? EOL : CHAR;
            }
            return n;
        }
    }

    @Override
    public String readLine() throws IOException {
        synchronized (lock) {
            // read char by char through BufferedReader.read so that its own state stays untouched
            StringBuilder sb = null;
            while (true) {
                int c = super.read();
                if (skipLF) {
                    skipLF = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (c == -1) {
                    if (sb == null) {
                        if (prevChar == CHAR) {
                            lineNumber++;
                        }
                        prevChar = EOF;
                        return null;
                    }
                    lineNumber++;
                    prevChar = EOF;
                    return sb.toString();
                }
                if (c == '\n' || c == '\r') {
                    skipLF = c == '\r';
                    lineNumber++;
                    prevChar = EOL;
                    return sb == null ? "" : sb.toString();
                }
                if (sb == null) {
                    sb = new StringBuilder(80);
                }
                sb.append((char) c);
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("skip() value is negative");
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
            if (n - r > 0) {
                prevChar = NONE;
            }
            return n - r;
        }
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        synchronized (lock) {
            // If the most recently read char is '\r', then increment the read ahead limit as in
            // this case if the next char is '\n', two chars would actually be read by the next
            // read().
            if (skipLF) {
                readAheadLimit++;
            }
            super.mark(readAheadLimit);
            markedLineNumber = lineNumber;
            markedSkipLF = skipLF;
            markedPrevChar = prevChar;
        }
    }

    @Override
    public void reset() throws IOException {
        synchronized (lock) {
            super.reset();
            lineNumber = markedLineNumber;
            skipLF = markedSkipLF;
            prevChar = markedPrevChar;
        }
    }
}
