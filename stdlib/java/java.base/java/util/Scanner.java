package java.util;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A text scanner that breaks its input into tokens separated by a delimiter (Unicode whitespace
 * by default) and parses them as numbers, booleans or strings, with the JDK's rules for the
 * en_US locale: integers may carry a sign and "," thousands groups, floating point values may
 * also use exponents, NaN, Infinity and hex notation.
 *
 * <p>A delimiter without regex metacharacters is matched literally, whitespace by a scan, any
 * other through its Pattern. findInLine, findWithinHorizon and skip read the input they need
 * first (the rest of the line, the horizon, or all of it) and then match once.
 * Input is read lazily, 1024 chars at a time, so interactive use works.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private static final String WHITESPACE = "\\p{javaWhitespace}+";
    private static final int MODE_WHITESPACE = 0;
    private static final int MODE_LITERAL = 1;
    private static final int MODE_REGEX = 2;

    private Reader source;
    private final StringBuilder buf = new StringBuilder();
    private int position;
    private boolean sourceClosed;
    private boolean closed;
    private IOException lastException;

    private String delimiter = WHITESPACE;
    private Pattern delimPattern;
    private MatchResult lastMatch;
    /** How many chars of input were dropped from the front of buf. */
    private long base;
    private int delimMode = MODE_WHITESPACE;
    private int radix = 10;
    private Locale locale;
    /** The locale's grouping and decimal separators (',' and '.' in English). */
    private char groupSeparator;
    private char decimalSeparator;

    public Scanner(Readable source) {
        this(toReader(Objects.requireNonNull(source, "source")), 0);
    }

    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")), 0);
    }

    public Scanner(InputStream source, String charsetName) {
        this(makeReader(Objects.requireNonNull(source, "source"), charsetName), 0);
    }

    public Scanner(InputStream source, Charset charset) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"), Objects.requireNonNull(charset, "charset")), 0);
    }

    public Scanner(String source) {
        this(new StringReader(source), 0);
    }

    public Scanner(File source) throws FileNotFoundException {
        this(new InputStreamReader(new FileInputStream(Objects.requireNonNull(source, "source"))), 0); // hotspot-line: 639
    }

    public Scanner(File source, String charsetName) throws FileNotFoundException {
        this(makeReader(new FileInputStream(Objects.requireNonNull(source, "source")), charsetName), 0);
    }

    public Scanner(File source, Charset charset) throws IOException {
        this(new InputStreamReader(new FileInputStream(Objects.requireNonNull(source, "source")), Objects.requireNonNull(charset, "charset")), 0);
    }

    public Scanner(Path source) throws IOException {
        this(new InputStreamReader(Files.newInputStream(Objects.requireNonNull(source, "source"))), 0);
    }

    public Scanner(Path source, String charsetName) throws IOException {
        this(makeReader(Files.newInputStream(Objects.requireNonNull(source, "source")), charsetName), 0);
    }

    public Scanner(Path source, Charset charset) throws IOException {
        this(new InputStreamReader(Files.newInputStream(Objects.requireNonNull(source, "source")), Objects.requireNonNull(charset, "charset")), 0);
    }

    public Scanner(java.nio.channels.ReadableByteChannel source) {
        this(new InputStreamReader(java.nio.channels.Channels.newInputStream(Objects.requireNonNull(source, "source"))), 0);
    }

    public Scanner(java.nio.channels.ReadableByteChannel source, String charsetName) {
        this(makeReader(java.nio.channels.Channels.newInputStream(Objects.requireNonNull(source, "source")), charsetName), 0);
    }

    public Scanner(java.nio.channels.ReadableByteChannel source, Charset charset) {
        this(new InputStreamReader(java.nio.channels.Channels.newInputStream(Objects.requireNonNull(source, "source")),
                Objects.requireNonNull(charset, "charset")), 0);
    }

    private Scanner(Reader source, int dummy) {
        this.source = source;
        setLocale(Locale.getDefault(Locale.Category.FORMAT));
    }

    private static Reader toReader(Readable r) {
        if (r instanceof Reader) {
            return (Reader) r;
        }
        Objects.requireNonNull(r, "source");
        return new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return r.read(java.nio.CharBuffer.wrap(cbuf, off, len));
            }

            @Override
            public void close() throws IOException {
                if (r instanceof java.io.Closeable) {
                    ((java.io.Closeable) r).close();
                }
            }
        };
    }

    private static Reader makeReader(InputStream in, String charsetName) {
        Objects.requireNonNull(charsetName, "charsetName");
        try {
            return new InputStreamReader(in, charsetName);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalArgumentException(charsetName);
        }
    }

    // ---- state ----

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed"); // hotspot-line: 1150
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (source instanceof Closeable) {
            try {
                source.close();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
        sourceClosed = true;
        source = null;
        closed = true;
    }

    public IOException ioException() {
        return lastException;
    }

    public Scanner useDelimiter(String pattern) {
        ensureOpen();
        delimiter = pattern;
        if (pattern.equals(WHITESPACE)) {
            delimMode = MODE_WHITESPACE;
        } else if (isLiteral(pattern)) {
            delimMode = MODE_LITERAL;
        } else {
            delimMode = MODE_REGEX;
        }
        delimPattern = null;
        return this;
    }

    public Scanner useDelimiter(Pattern pattern) {
        useDelimiter(pattern.pattern());
        if (pattern.flags() != 0) {
            // the flags change what the pattern matches: neither a scan nor a literal will do
            delimMode = MODE_REGEX;
            delimPattern = pattern;
        }
        return this;
    }

    public Pattern delimiter() {
        return delimPattern != null ? delimPattern : Pattern.compile(delimiter);
    }

    private static boolean isLiteral(String p) {
        if (p.isEmpty()) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if ("\\^$.|?*+()[]{}".indexOf(p.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    public Locale locale() {
        return locale;
    }

    public Scanner useLocale(Locale locale) {
        ensureOpen();
        setLocale(Objects.requireNonNull(locale));
        return this;
    }

    private void setLocale(Locale locale) {
        this.locale = locale;
        java.text.DecimalFormatSymbols dfs = java.text.DecimalFormatSymbols.getInstance(locale);
        groupSeparator = dfs.getGroupingSeparator();
        decimalSeparator = dfs.getDecimalSeparator();
    }

    public int radix() {
        return radix;
    }

    public Scanner useRadix(int radix) {
        checkRadix(radix);
        this.radix = radix;
        return this;
    }

    /** The JDK checks an explicit radix before looking at the input (even on a closed scanner). */
    private static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
    }

    public Scanner reset() {
        delimiter = WHITESPACE;
        delimPattern = null;
        delimMode = MODE_WHITESPACE;
        radix = 10;
        setLocale(Locale.getDefault(Locale.Category.FORMAT));
        return this;
    }

    @Override
    public String toString() {
        return "java.util.Scanner[delimiters=" + delimiter + "][position=" + position + "][match valid=false]"
                + "[need input=false][source closed=" + sourceClosed + "][skipped=false][group separator=\\x{2c}]"
                + "[decimal separator=\\x{2e}][positive prefix=][negative prefix=\\Q-\\E][positive suffix=]"
                + "[negative suffix=][NaN string=\\QNaN\\E][infinity string=\\Q\u221e\\E]";
    }

    // ---- input ----

    /**
     * A position in buf that a look-ahead (hasNext*) returns to, which the buffer must keep:
     * -1 when there is none.
     */
    private int mark = -1;

    /** Reads more input into buf; sets sourceClosed at end of input. */
    private void readInput() {
        if (sourceClosed) {
            return;
        }
        // Drop what is consumed, but never what a look-ahead may return to: dropping past it
        // made hasNextInt's return point stale, and the nextInt after it read a broken token.
        int consumed = mark >= 0 ? Math.min(position, mark) : position;
        if (consumed > 8192 && consumed > buf.length() / 2) {
            buf.delete(0, consumed);
            base += consumed;
            position -= consumed;
            if (mark >= 0) {
                mark -= consumed;
            }
        }
        char[] chunk = new char[1024];
        int n;
        try {
            n = source.read(chunk, 0, chunk.length);
        } catch (IOException ioe) {
            lastException = ioe;
            n = -1;
        }
        if (n < 0) {
            sourceClosed = true;
        } else {
            buf.append(chunk, 0, n);
        }
    }

    // ---- delimiters ----

    /**
     * Finds the first delimiter match at or after from: returns {start, end}, or null if none.
     * A zero-length match at from itself is skipped, as the JDK does when looking for a token's end.
     */
    private int[] findDelimiter(int from) {
        int len = buf.length();
        switch (delimMode) {
            case MODE_WHITESPACE: {
                for (int i = from; i < len; i++) {
                    if (Character.isWhitespace(buf.charAt(i))) {
                        int j = i + 1;
                        while (j < len && Character.isWhitespace(buf.charAt(j))) {
                            j++;
                        }
                        return new int[] {i, j};
                    }
                }
                return null;
            }
            case MODE_LITERAL: {
                int i = buf.indexOf(delimiter, from);
                return i < 0 ? null : new int[] {i, i + delimiter.length()};
            }
            default: {
                if (delimPattern == null) {
                    delimPattern = Pattern.compile(delimiter);
                }
                Matcher m = delimPattern.matcher(buf);
                m.region(from, len);
                int at = from;
                while (at <= len && m.find(at)) {
                    // a zero-length delimiter at the very start of the search splits nothing
                    if (m.end() == m.start() && m.start() == from) {
                        at = from + 1;
                        continue;
                    }
                    return new int[] {m.start(), m.end()};
                }
                return null;
            }
        }
    }

    /** Skips delimiters at position, reading more input while a delimiter match reaches the end. */
    private void skipDelimiters() {
        while (true) {
            int[] m = findDelimiter(position);
            if (m != null && m[0] == position) {
                if (m[1] == buf.length() && !sourceClosed) {
                    readInput();
                    continue;
                }
                position = m[1];
                return;
            }
            if (m == null && position == buf.length() && !sourceClosed) {
                readInput();
                continue;
            }
            if (m == null && !sourceClosed && delimMode != MODE_WHITESPACE) {
                // A longer delimiter might start here once more input arrives.
                int before = buf.length();
                readInput();
                if (buf.length() != before) {
                    continue;
                }
            }
            return;
        }
    }

    /** The next complete token (without consuming it), or null if the input has no more tokens. */
    private String peekToken() {
        return peekToken(false);
    }

    /**
     * The next complete token, or null if there is none. With skip, the delimiters before it stay
     * consumed (as after a JDK next* that found or rejected a token); without, nothing is consumed.
     */
    private String peekToken(boolean skip) {
        ensureOpen();
        // every scanning operation starts by invalidating the match result; success sets it
        lastMatch = null;
        mark = position;
        try {
            return peekTokenFrom(skip);
        } finally {
            mark = -1;
        }
    }

    /** peekToken's search, with mark at the position it started from. */
    private String peekTokenFrom(boolean skip) {
        skipDelimiters();
        while (true) {
            if (position == buf.length()) {
                if (sourceClosed) {
                    if (!skip) {
                        position = mark;
                    }
                    return null;
                }
                readInput();
                continue;
            }
            int[] m = findDelimiter(position);
            if (m != null && m[1] == m[0] && m[0] == position) {
                m = findDelimiter(position + 1);
            }
            if (m != null) {
                tokenStart = position;
                tokenEnd = m[0];
                String tok = buf.substring(position, m[0]);
                if (!skip) {
                    position = mark;
                }
                return tok;
            }
            if (sourceClosed) {
                tokenStart = position;
                tokenEnd = buf.length();
                String tok = buf.substring(position);
                if (!skip) {
                    position = mark;
                }
                return tok;
            }
            readInput();
        }
    }

    private int tokenStart;
    private int tokenEnd;

    private void consumeToken() {
        position = tokenEnd;
    }

    /** JDK group counts of the patterns its typed next/hasNext methods match tokens with. */
    private static final int INTEGER_GROUPS = 35;
    private static final int FLOAT_GROUPS = 132;
    private static final int DECIMAL_GROUPS = 124;

    /**
     * Makes the token just found (tokenStart..tokenEnd) the match result, as the JDK's typed
     * next and hasNext methods do; groupCount is that of the JDK's pattern for the type (this
     * library does not match with those patterns, so the numbered groups read as unmatched).
     */
    private void tokenMatch(int groups) {
        lastMatch = new TokenMatch(buf.substring(tokenStart, tokenEnd), (int) base + tokenStart, groups);
    }

    private static final class TokenMatch implements MatchResult {
        private final String text;
        private final int start;
        private final int groups;

        TokenMatch(String text, int start, int groups) {
            this.text = text;
            this.start = start;
            this.groups = groups;
        }

        private void check(int group) {
            if (group < 0 || group > groups) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        public int start() { return start; }
        public int start(int group) { check(group); return group == 0 ? start : -1; }
        public int end() { return start + text.length(); }
        public int end(int group) { check(group); return group == 0 ? end() : -1; }
        public String group() { return text; }
        public String group(int group) { check(group); return group == 0 ? text : null; }
        public int groupCount() { return groups; }
    }

    /** The JDK's line pattern: a line with its terminator (group 1), or a last line without. */
    private static final Pattern LINE = Pattern.compile(".*(\r\n|[\n\r\u2028\u2029\u0085])|.+$");

    /** Makes the line from position to lineEnd (terminator included) the match result. */
    private void lineMatch(int lineEnd) {
        Matcher m = LINE.matcher(buf.substring(position, lineEnd));
        lastMatch = m.matches() ? new OffsetMatch(m.toMatchResult(), (int) base + position) : null;
    }

    /** Throws the JDK's exception for a failed next: none left, or a mismatch. */
    private void throwFor(String token) {
        if (token == null) {
            throw new NoSuchElementException(); // hotspot-line: 937
        }
        throw new InputMismatchException(); // hotspot-line: 939
    }

    /**
     * Fails as the JDK's {@code next(Pattern)} does when {@code token} (null when there is
     * none) is not of the type asked for: the typed {@code nextX} methods call it, as the
     * JDK's call {@code next(Pattern)}, so that their stack traces show the JDK's frames.
     */
    private void next(String token, Void mismatched) {
        throwFor(token); // hotspot-line: 1594
    }

    // ---- tokens ----

    @Override
    public boolean hasNext() {
        return peekToken() != null;
    }

    @Override
    public String next() {
        ensureOpen(); // hotspot-line: 1465
        String tok = peekToken(true);
        if (tok == null) {
            throwFor(null); // hotspot-line: 1478
        }
        tokenMatch(0);
        consumeToken();
        return tok;
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        Objects.requireNonNull(pattern);
        String tok = peekToken();
        if (tok == null) {
            return false;
        }
        Matcher m = pattern.matcher(tok);
        if (!m.matches()) {
            return false;
        }
        lastMatch = new OffsetMatch(m.toMatchResult(), (int) base + tokenStart);
        return true;
    }

    public String next(Pattern pattern) {
        Objects.requireNonNull(pattern);
        String tok = peekToken(true);
        Matcher m = tok == null ? null : pattern.matcher(tok);
        if (m == null || !m.matches()) {
            throwFor(tok); // hotspot-line: 1594
        }
        lastMatch = new OffsetMatch(m.toMatchResult(), (int) base + tokenStart);
        consumeToken();
        return tok;
    }

    /** The remaining tokens, as next() returns them. */
    public Stream<String> tokens() {
        ensureOpen();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    // ---- pattern searches (delimiters ignored) ----

    /**
     * The result of the last scanning operation, if it succeeded: the token of a next or typed
     * hasNext/next method, the line (with its terminator) of nextLine/hasNextLine, or what
     * findInLine, findWithinHorizon or skip matched. hasNext() and failures leave none.
     */
    public MatchResult match() {
        if (lastMatch == null) {
            throw new IllegalStateException("No match result available");
        }
        return lastMatch;
    }

    /** Reads until buf holds at least until chars (or the input ends). */
    private void fillTo(long until) {
        while (!sourceClosed && buf.length() < until) {
            readInput();
        }
    }

    /** Looks for pattern in buf[position, end): on a match, moves past it and returns it. */
    private String findIn(Pattern pattern, int end, boolean anchored) {
        lastMatch = null;
        Matcher m = pattern.matcher(buf);
        m.region(position, end);
        // as the JDK's Scanner: lookaround sees past the region, ^ and $ match only at real bounds
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (anchored ? m.lookingAt() : m.find()) {
            String found = m.group();
            lastMatch = new OffsetMatch(m.toMatchResult(), (int) base);
            position = m.end();
            return found;
        }
        return null;
    }

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    public String findInLine(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        int[] line = findLine();
        if (line == null) {
            return null;
        }
        return findIn(pattern, line[0], false);
    }

    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon < 0");
        }
        fillTo(horizon == 0 ? Long.MAX_VALUE : (long) position + horizon);
        int end = horizon == 0 ? buf.length() : (int) Math.min(buf.length(), (long) position + horizon);
        return findIn(pattern, end, false);
    }

    public Stream<MatchResult> findAll(String patString) {
        return findAll(Pattern.compile(patString));
    }

    public Stream<MatchResult> findAll(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        Spliterator<MatchResult> sp = new Spliterators.AbstractSpliterator<MatchResult>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super MatchResult> action) {
                int before = position;
                if (findWithinHorizon(pattern, 0) == null) {
                    return false;
                }
                if (position == before) {
                    // an empty match: step over one char so that the search advances
                    if (position < buf.length()) {
                        position++;
                    }
                }
                action.accept(lastMatch);
                return true;
            }
        };
        return StreamSupport.stream(sp, false);
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    public Scanner skip(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        fillTo(Long.MAX_VALUE);
        if (findIn(pattern, buf.length(), true) == null) {
            throw new NoSuchElementException();
        }
        return this;
    }

    /**
     * A match result whose offsets count from the start of the input rather than of the buffer,
     * which may have dropped what was already consumed.
     */
    private static final class OffsetMatch implements MatchResult {
        private final MatchResult m;
        private final int base;

        OffsetMatch(MatchResult m, int base) {
            this.m = m;
            this.base = base;
        }

        private int shift(int offset) {
            return offset < 0 ? offset : offset + base;
        }

        public int start() { return shift(m.start()); }
        public int start(int group) { return shift(m.start(group)); }
        public int end() { return shift(m.end()); }
        public int end(int group) { return shift(m.end(group)); }
        public String group() { return m.group(); }
        public String group(int group) { return m.group(group); }
        public int groupCount() { return m.groupCount(); }
    }

    // ---- lines ----

    /** Finds the next line: {end of line content, end including terminator}, or null. */
    private int[] findLine() {
        while (true) {
            int len = buf.length();
            for (int i = position; i < len; i++) {
                char c = buf.charAt(i);
                if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                    return new int[] {i, i + 1};
                }
                if (c == '\r') {
                    if (i + 1 == len && !sourceClosed) {
                        break; // might be \r\n: read more
                    }
                    if (i + 1 < len && buf.charAt(i + 1) == '\n') {
                        return new int[] {i, i + 2};
                    }
                    return new int[] {i, i + 1};
                }
            }
            if (sourceClosed) {
                return position < len ? new int[] {len, len} : null;
            }
            readInput();
        }
    }

    public boolean hasNextLine() {
        ensureOpen();
        int[] m = findLine();
        if (m == null) {
            lastMatch = null;
            return false;
        }
        lineMatch(m[1]);
        return true;
    }

    public String nextLine() {
        ensureOpen();
        int[] m = findLine();
        if (m == null) {
            lastMatch = null;
            throw new NoSuchElementException("No line found"); // hotspot-line: 1651
        }
        String line = buf.substring(position, m[0]);
        lineMatch(m[1]);
        position = m[1];
        return line;
    }

    // ---- booleans ----

    public boolean hasNextBoolean() {
        String tok = peekToken();
        if (tok != null && (tok.equalsIgnoreCase("true") || tok.equalsIgnoreCase("false"))) {
            tokenMatch(0);
            return true;
        }
        return false;
    }

    public boolean nextBoolean() {
        String tok = peekToken(true);
        if (tok == null || !(tok.equalsIgnoreCase("true") || tok.equalsIgnoreCase("false"))) {
            next(tok, null); // hotspot-line: 1893
        }
        tokenMatch(0);
        consumeToken();
        return Boolean.parseBoolean(tok);
    }

    // ---- integers ----

    /**
     * The index after the radix digit (a code point: any Unicode digit, or an ASCII letter the
     * radix allows) at j, or -1 if there is none.
     */
    private static int radixDigitEnd(String s, int j, int radix) {
        if (j >= s.length()) {
            return -1;
        }
        int cp = s.codePointAt(j);
        return Character.isDigit(cp) || (cp < 128 && Character.digit(cp, radix) >= 0) ? j + Character.charCount(cp) : -1;
    }

    /** The index after the (possibly empty) run of decimal digits at j. */
    private static int digitsEnd(String s, int j) {
        for (int e; (e = radixDigitEnd(s, j, 10)) >= 0;) {
            j = e;
        }
        return j;
    }

    /**
     * Matches a numeral: digits, or 1-3 digits (the first a digit other than '0') followed by
     * ",ddd" groups.
     */
    private int matchNumeral(String s, int i, int radix) {
        int n = s.length();
        int j = i;
        int count = 0;
        for (int e; (e = radixDigitEnd(s, j, radix)) >= 0; count++) {
            j = e;
        }
        if (j == i) {
            return -1;
        }
        if (j < n && s.charAt(j) == groupSeparator) {
            // grouped form
            int first = s.codePointAt(i);
            if (!Character.isDigit(first) || first == '0' || count > 3) {
                return j;
            }
            int k = j;
            while (k < n && s.charAt(k) == groupSeparator) {
                int d1 = radixDigitEnd(s, k + 1, radix);
                int d2 = d1 < 0 ? -1 : radixDigitEnd(s, d1, radix);
                int d3 = d2 < 0 ? -1 : radixDigitEnd(s, d2, radix);
                if (d3 < 0) {
                    break;
                }
                k = d3;
            }
            return k;
        }
        return j;
    }

    /** The integer token with group separators removed, or null if it is not an integer. */
    private String integerToken(String tok, int radix) {
        if (tok == null) {
            return null;
        }
        int i = 0;
        if (i < tok.length() && (tok.charAt(i) == '+' || tok.charAt(i) == '-')) {
            i++;
        }
        int end = matchNumeral(tok, i, radix);
        if (end != tok.length()) {
            return null;
        }
        return tok.indexOf(groupSeparator) >= 0 ? tok.replace(String.valueOf(groupSeparator), "") : tok;
    }

    /** Integer token {@code s} (see {@code integerToken}) as a value of type {@code kind}. */
    private static long parseIntegral(String s, int radix, int kind) throws NumberFormatException {
        switch (kind) {
            case 0:
                return Byte.parseByte(s, radix);
            case 1:
                return Short.parseShort(s, radix);
            case 2:
                return Integer.parseInt(s, radix);
            default:
                return Long.parseLong(s, radix);
        }
    }

    /** Parses integer token {@code s} (see {@code integerToken}) and consumes it. */
    private long consumeIntegral(String s, int radix, int kind) throws NumberFormatException {
        long v = parseIntegral(s, radix, kind);
        tokenMatch(INTEGER_GROUPS);
        consumeToken();
        return v;
    }

    private boolean hasIntegral(int radix, int kind) {
        String s = integerToken(peekToken(), radix);
        if (s == null) {
            return false;
        }
        try {
            parseIntegral(s, radix, kind);
            tokenMatch(INTEGER_GROUPS);
            return true;
        } catch (NumberFormatException nfe) {
            return false;
        }
    }

    public boolean hasNextByte() {
        return hasIntegral(radix, 0);
    }

    public boolean hasNextByte(int radix) {
        checkRadix(radix);
        return hasIntegral(radix, 0);
    }

    public byte nextByte() {
        return nextByte(radix); // hotspot-line: 1956
    }

    public byte nextByte(int radix) {
        checkRadix(radix);
        String tok = peekToken(true);
        String s = integerToken(tok, radix);
        if (s == null) {
            next(tok, null); // hotspot-line: 2002
        }
        try {
            return (byte) consumeIntegral(s, radix, 0);
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextShort() {
        return hasIntegral(radix, 1);
    }

    public boolean hasNextShort(int radix) {
        checkRadix(radix);
        return hasIntegral(radix, 1);
    }

    public short nextShort() {
        return nextShort(radix); // hotspot-line: 2072
    }

    public short nextShort(int radix) {
        checkRadix(radix);
        String tok = peekToken(true);
        String s = integerToken(tok, radix);
        if (s == null) {
            next(tok, null); // hotspot-line: 2118
        }
        try {
            return (short) consumeIntegral(s, radix, 1);
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextInt() {
        return hasIntegral(radix, 2);
    }

    public boolean hasNextInt(int radix) {
        checkRadix(radix);
        return hasIntegral(radix, 2);
    }

    public int nextInt() {
        return nextInt(radix); // hotspot-line: 2212
    }

    public int nextInt(int radix) {
        checkRadix(radix);
        String tok = peekToken(true);
        String s = integerToken(tok, radix);
        if (s == null) {
            next(tok, null); // hotspot-line: 2258
        }
        try {
            return (int) consumeIntegral(s, radix, 2);
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage()); // hotspot-line: 2264
        }
    }

    public boolean hasNextLong() {
        return hasIntegral(radix, 3);
    }

    public boolean hasNextLong(int radix) {
        checkRadix(radix);
        return hasIntegral(radix, 3);
    }

    public long nextLong() {
        return nextLong(radix); // hotspot-line: 2328
    }

    public long nextLong(int radix) {
        checkRadix(radix);
        String tok = peekToken(true);
        String s = integerToken(tok, radix);
        if (s == null) {
            next(tok, null); // hotspot-line: 2373
        }
        try {
            return consumeIntegral(s, radix, 3);
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage()); // hotspot-line: 2379
        }
    }

    // ---- floating point ----

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The float token ready for Double.parseDouble, or null if it is not a float. */
    private String floatToken(String tok) {
        if (tok == null || tok.isEmpty()) {
            return null;
        }
        int n = tok.length();
        int i = 0;
        if (tok.charAt(0) == '+' || tok.charAt(0) == '-') {
            i++;
        }
        String body = tok.substring(i);
        if (body.equals("NaN") || body.equals("Infinity") || body.equals("\u221e")) {
            return tok;
        }
        // hex float: 0x hex* . hex+ ([pP] [-+]? [0-9]+)?
        if (body.length() > 2 && body.charAt(0) == '0' && (body.charAt(1) == 'x' || body.charAt(1) == 'X')) {
            int j = i + 2;
            while (j < n && isHex(tok.charAt(j))) {
                j++;
            }
            if (j >= n || tok.charAt(j) != '.') {
                return null;
            }
            j++;
            int f = j;
            while (j < n && isHex(tok.charAt(j))) {
                j++;
            }
            if (j == f) {
                return null;
            }
            if (j < n && (tok.charAt(j) == 'p' || tok.charAt(j) == 'P')) {
                j++;
                if (j < n && (tok.charAt(j) == '+' || tok.charAt(j) == '-')) {
                    j++;
                }
                int e = j;
                while (j < n && tok.charAt(j) >= '0' && tok.charAt(j) <= '9') {
                    j++;
                }
                if (j == e) {
                    return null;
                }
            }
            return j == n ? tok : null;
        }
        // decimal: numeral | numeral . digit* | . digit+, then optional exponent
        int j;
        if (i < n && tok.charAt(i) == decimalSeparator) {
            j = i + 1;
            int f = j;
            j = digitsEnd(tok, j);
            if (j == f) {
                return null;
            }
        } else {
            j = matchNumeral(tok, i, 10);
            if (j < 0) {
                return null;
            }
            if (j < n && tok.charAt(j) == decimalSeparator) {
                j++;
                j = digitsEnd(tok, j);
            }
        }
        if (j < n && (tok.charAt(j) == 'e' || tok.charAt(j) == 'E')) {
            j++;
            if (j < n && (tok.charAt(j) == '+' || tok.charAt(j) == '-')) {
                j++;
            }
            int e = j;
            j = digitsEnd(tok, j);
            if (j == e) {
                return null;
            }
        }
        if (j != n) {
            return null;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            char c = tok.charAt(k);
            if (c == groupSeparator) {
                continue;
            }
            if (c == decimalSeparator) {
                c = '.';
            }
            if (c >= 128 && Character.isDigit(c)) {
                c = (char) ('0' + Character.digit(c, 10));
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public boolean hasNextDouble() {
        String s = floatToken(peekToken());
        if (s == null) {
            return false;
        }
        try {
            Double.parseDouble(s);
            tokenMatch(FLOAT_GROUPS);
            return true;
        } catch (NumberFormatException nfe) {
            return false;
        }
    }

    public double nextDouble() {
        String tok = peekToken(true);
        String s = floatToken(tok);
        if (s == null) {
            next(tok, null); // hotspot-line: 2564
        }
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
        tokenMatch(FLOAT_GROUPS);
        consumeToken();
        return d;
    }

    public boolean hasNextFloat() {
        String s = floatToken(peekToken());
        if (s == null) {
            return false;
        }
        try {
            Float.parseFloat(s);
            tokenMatch(FLOAT_GROUPS);
            return true;
        } catch (NumberFormatException nfe) {
            return false;
        }
    }

    public float nextFloat() {
        String tok = peekToken(true);
        String s = floatToken(tok);
        if (s == null) {
            next(tok, null);
        }
        float f;
        try {
            f = Float.parseFloat(s);
        } catch (NumberFormatException nfe) {
            throw new InputMismatchException(nfe.getMessage());
        }
        tokenMatch(FLOAT_GROUPS);
        consumeToken();
        return f;
    }
    // ---- big numbers ----

    private BigInteger bigInteger(String tok, int radix) {
        String s = integerToken(tok, radix);
        if (s == null) {
            return null;
        }
        try {
            return new BigInteger(s, radix);
        } catch (NumberFormatException nfe) {
            return null;
        }
    }

    public boolean hasNextBigInteger() {
        return hasNextBigInteger(radix);
    }

    public boolean hasNextBigInteger(int radix) {
        checkRadix(radix);
        if (bigInteger(peekToken(), radix) == null) {
            return false;
        }
        tokenMatch(INTEGER_GROUPS);
        return true;
    }

    public BigInteger nextBigInteger() {
        return nextBigInteger(radix);
    }

    public BigInteger nextBigInteger(int radix) {
        checkRadix(radix);
        String tok = peekToken(true);
        String s = integerToken(tok, radix);
        if (s == null) {
            next(tok, null);
        }
        BigInteger v;
        try {
            v = new BigInteger(s, radix);
        } catch (NumberFormatException nfe) {
            // a numeral BigInteger rejects (supplementary digits): the JDK keeps its message
            throw new InputMismatchException(nfe.getMessage());
        }
        tokenMatch(INTEGER_GROUPS);
        consumeToken();
        return v;
    }

    /** A decimal token (no NaN, infinity or hex form, which BigDecimal does not take), or null. */
    private BigDecimal bigDecimal(String tok) {
        String s = decimalToken(tok);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException nfe) {
            return null;
        }
    }

    public boolean hasNextBigDecimal() {
        if (bigDecimal(peekToken()) == null) {
            return false;
        }
        tokenMatch(DECIMAL_GROUPS);
        return true;
    }

    /** The float token of a decimal numeral (not NaN, infinity or hex), or null. */
    private String decimalToken(String tok) {
        String s = floatToken(tok);
        if (s == null || s.indexOf('N') >= 0 || s.indexOf('I') >= 0 || s.indexOf('\u221e') >= 0 || s.indexOf('x') >= 0
                || s.indexOf('X') >= 0) {
            return null;
        }
        return s;
    }

    public BigDecimal nextBigDecimal() {
        String tok = peekToken(true);
        String s = decimalToken(tok);
        if (s == null) {
            next(tok, null);
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException nfe) {
            // a numeral BigDecimal rejects (supplementary digits): the JDK keeps its message
            throw new InputMismatchException(nfe.getMessage());
        }
        tokenMatch(DECIMAL_GROUPS);
        consumeToken();
        return v;
    }
}
