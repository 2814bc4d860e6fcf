package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A compiled regular expression. Cortado's own backtracking engine: the pattern is parsed into a
 * graph of {@link Node}s linked by {@code next}; each node matches at a position and calls its
 * successor, so alternatives and quantifiers backtrack by returning false. Loop state lives in
 * the matcher's {@code locals}, capture positions in its {@code groups}.
 */
public final class Pattern implements java.io.Serializable {
    private static final long serialVersionUID = 5073258162644648461L;

    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;
    private static final int ALL_FLAGS = 0x1ff;

    static final int MAX_REPS = 0x7FFFFFFF;

    private final String pattern;
    private final int flags0;

    // ---- compiled form (read by Matcher) ----
    transient Node root;
    transient Node matchRoot;
    transient int capturingGroupCount;
    transient int localCount;
    transient Map<String, Integer> namedGroups;
    transient int memoCount;

    private transient boolean hasGroupRef;
    private transient boolean hasSupplementary;
    private transient ArrayList<Loop> topLoops;

    // ---- parser state ----
    private transient int flags;
    private transient int[] temp;
    private transient int cursor;
    private transient int patternLength;
    private transient Node parsedTail;
    private transient CharPred predicate;

    private Pattern(String p, int f) {
        if ((f & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(f));
        }
        if ((f & UNICODE_CHARACTER_CLASS) != 0) {
            f |= UNICODE_CASE;
        }
        pattern = p;
        flags0 = f;
        flags = f;
        capturingGroupCount = 1;
        localCount = 0;
        if (!pattern.isEmpty()) { // the JDK's test: its NullPointerException names "this.pattern"
            compile();
        } else {
            root = new Start(LastNode.INSTANCE, 0, false);
            matchRoot = LastNode.INSTANCE;
        }
        temp = null;
        predicate = null;
        parsedTail = null;
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags0;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        Pattern p = jdk.internal.util.RegexCache.get(regex);
        if (p == null) {
            p = compile(regex);
            jdk.internal.util.RegexCache.put(regex, p);
        }
        return p.matcher(input).matches();
    }

    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    public String[] split(CharSequence input, int limit) {
        return split(input, limit, false);
    }

    /** split that also returns each matched delimiter between the pieces (Java 21). */
    public String[] splitWithDelimiters(CharSequence input, int limit) {
        return split(input, limit, true);
    }

    private String[] split(CharSequence input, int limit, boolean withDelimiters) {
        ArrayList<String> parts = new ArrayList<>();
        boolean limited = limit > 0;
        int matchCount = 0; // the pieces found before a match, without the delimiters
        int index = 0;
        Matcher m = matcher(input);
        while (m.find()) {
            if (!limited || matchCount < limit - 1) {
                if (index == 0 && m.start() == 0 && m.end() == 0) {
                    continue; // no leading empty string for a zero-width match at the start
                }
                parts.add(input.subSequence(index, m.start()).toString());
                index = m.end();
                if (withDelimiters) {
                    parts.add(input.subSequence(m.start(), index).toString());
                }
                ++matchCount;
            } else if (matchCount == limit - 1) {
                parts.add(input.subSequence(index, input.length()).toString());
                index = m.end();
                ++matchCount;
            }
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        if (!limited || matchCount < limit) {
            parts.add(input.subSequence(index, input.length()).toString());
        }
        int n = parts.size();
        if (limit == 0) {
            while (n > 0 && parts.get(n - 1).isEmpty()) {
                n--;
            }
        }
        String[] out = new String[n];
        for (int k = 0; k < n; k++) {
            out[k] = parts.get(k);
        }
        return out;
    }

    public Stream<String> splitAsStream(final CharSequence input) {
        Iterator<String> it = new Iterator<String>() {
            private Matcher m;
            private int current;
            private String nextElement;
            private int emptyCount;

            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (emptyCount > 0) {
                    emptyCount--;
                    return "";
                }
                String n = nextElement;
                nextElement = null;
                return n;
            }

            public boolean hasNext() {
                if (m == null) {
                    m = matcher(input);
                    if (input.length() == 0) {
                        nextElement = "";
                        current = 0;
                        return true;
                    }
                }
                if (nextElement != null || emptyCount > 0) {
                    return true;
                }
                if (current == input.length()) {
                    return false;
                }
                while (m.find()) {
                    nextElement = input.subSequence(current, m.start()).toString();
                    current = m.end();
                    if (!nextElement.isEmpty()) {
                        return true;
                    } else if (current > 0) {
                        emptyCount++;
                    }
                }
                nextElement = input.subSequence(current, input.length()).toString();
                current = input.length();
                if (!nextElement.isEmpty()) {
                    return true;
                } else {
                    emptyCount = 0;
                    nextElement = null;
                    return false;
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    public static String quote(String s) {
        int e = s.indexOf("\\E");
        if (e < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int cur = 0;
        while (e >= 0) {
            sb.append(s, cur, e);
            cur = e + 2;
            sb.append("\\E\\\\E\\Q");
            e = s.indexOf("\\E", cur);
        }
        sb.append(s, cur, s.length());
        sb.append("\\E");
        return sb.toString();
    }

    Map<String, Integer> namedGroupsMap() {
        if (namedGroups == null) {
            namedGroups = new HashMap<>(2);
        }
        return namedGroups;
    }

    // =====================================================================================
    // Parser
    // =====================================================================================

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private void compile() {
        if (has(LITERAL)) {
            matchRoot = literalSequence(pattern);
        } else {
            int[] cps = pattern.codePoints().toArray();
            for (int cp : cps) {
                if (isSupplementary(cp)) {
                    hasSupplementary = true;
                }
            }
            patternLength = cps.length;
            temp = new int[patternLength + 2];
            System.arraycopy(cps, 0, temp, 0, patternLength);
            removeQEQuoting();
            matchRoot = expr(LastNode.INSTANCE);
            if (patternLength != cursor) {
                if (peek() == ')') {
                    throw error("Unmatched closing ')'");
                } else {
                    throw error("Unexpected internal error");
                }
            }
        }
        if (!hasGroupRef && topLoops != null) {
            for (Loop l : topLoops) {
                l.posIndex = memoCount++;
            }
        }
        topLoops = null;
        TreeInfo info = new TreeInfo();
        matchRoot.study(info);
        if (matchRoot instanceof Begin) {
            root = matchRoot;
        } else {
            root = new Start(matchRoot, info.minLength, hasSupplementary);
        }
    }

    /** Like the JDK: a supplementary or surrogate code point in the pattern's text (not escaped). */
    private static boolean isSupplementary(int cp) {
        return cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT || Character.isSurrogate((char) cp);
    }

    private Node literalSequence(String s) {
        Node head = LastNode.INSTANCE;
        int[] cps = s.codePoints().toArray();
        for (int k = cps.length - 1; k >= 0; k--) {
            Node n = new CharNode(single(cps[k]));
            n.next = head;
            head = n;
        }
        return head;
    }

    private void removeQEQuoting() {
        int pLen = patternLength;
        int i = 0;
        while (i < pLen - 1) {
            if (temp[i] != '\\') {
                i += 1;
            } else if (temp[i + 1] != 'Q') {
                i += 2;
            } else {
                break;
            }
        }
        if (i >= pLen - 1) {
            return;
        }
        int j = i;
        i += 2;
        int[] nt = new int[j + 3 * (pLen - i) + 2];
        System.arraycopy(temp, 0, nt, 0, j);
        boolean inQuote = true;
        boolean beginQuote = true;
        while (i < pLen) {
            int c = temp[i++];
            if (c >= 0x80 || isAsciiAlpha(c)) {
                nt[j++] = c;
            } else if (isAsciiDigit(c)) {
                if (beginQuote) {
                    nt[j++] = '\\';
                    nt[j++] = 'x';
                    nt[j++] = '3';
                }
                nt[j++] = c;
            } else if (c != '\\') {
                if (inQuote) {
                    nt[j++] = '\\';
                }
                nt[j++] = c;
            } else if (inQuote) {
                inQuote = false;
                if (i < pLen && temp[i] == 'E') {
                    i++;
                } else {
                    nt[j++] = '\\';
                    nt[j++] = '\\';
                    inQuote = true;
                }
            } else {
                if (i < pLen && temp[i] == 'Q') {
                    i++;
                    inQuote = true;
                    beginQuote = true;
                    continue;
                } else {
                    nt[j++] = c;
                    if (i != pLen) {
                        nt[j++] = temp[i++];
                    }
                }
            }
            beginQuote = false;
        }
        patternLength = j;
        temp = new int[j + 2];
        System.arraycopy(nt, 0, temp, 0, j);
    }

    private PatternSyntaxException error(String s) {
        return new PatternSyntaxException(s, pattern, cursor - 1);
    }

    private int peek() {
        int ch = temp[cursor];
        if (has(COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int read() {
        int ch = temp[cursor++];
        if (has(COMMENTS)) {
            ch = parsePastWhitespace(ch);
        }
        return ch;
    }

    private int next() {
        int ch = temp[++cursor];
        if (has(COMMENTS)) {
            ch = peekPastWhitespace(ch);
        }
        return ch;
    }

    private int nextEscaped() {
        return temp[++cursor];
    }

    private int skip() {
        int i = cursor;
        int ch = temp[i + 1];
        cursor = i + 2;
        return ch;
    }

    private void unread() {
        cursor--;
    }

    private int peekPastWhitespace(int ch) {
        while (isAsciiSpace(ch) || ch == '#') {
            while (isAsciiSpace(ch)) {
                ch = temp[++cursor];
            }
            if (ch == '#') {
                ch = peekPastLine();
            }
        }
        return ch;
    }

    private int parsePastWhitespace(int ch) {
        while (isAsciiSpace(ch) || ch == '#') {
            while (isAsciiSpace(ch)) {
                ch = temp[cursor++];
            }
            if (ch == '#') {
                ch = parsePastLine();
            }
        }
        return ch;
    }

    private int parsePastLine() {
        int ch = temp[cursor++];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[cursor++];
        }
        return ch;
    }

    private int peekPastLine() {
        int ch = temp[++cursor];
        while (ch != 0 && !isLineSeparator(ch)) {
            ch = temp[++cursor];
        }
        return ch;
    }

    private boolean isLineSeparator(int ch) {
        if (has(UNIX_LINES)) {
            return ch == '\n';
        }
        return ch == '\n' || ch == '\r' || (ch | 1) == '\u2029' || ch == '\u0085';
    }

    private void accept(int ch, String s) {
        int testChar = temp[cursor++];
        if (has(COMMENTS)) {
            testChar = parsePastWhitespace(testChar);
        }
        if (ch != testChar) {
            throw error(s);
        }
    }

    private void mark(int c) {
        temp[patternLength] = c;
    }

    /** Parses alternatives up to ')' or the end; the tail of every alternative links to end. */
    private Node expr(Node end) {
        ArrayList<Node> alts = null;
        ArrayList<Node> tails = null;
        for (;;) {
            Node node = sequence(end);
            Node nodeTail = parsedTail;
            if (alts == null && peek() != '|') {
                return node;
            }
            if (alts == null) {
                alts = new ArrayList<>();
                tails = new ArrayList<>();
            }
            alts.add(node == end ? null : node);
            tails.add(node == end ? null : nodeTail);
            if (peek() != '|') {
                break;
            }
            next();
        }
        BranchConn conn = new BranchConn();
        conn.next = end;
        for (Node t : tails) {
            if (t != null) {
                t.next = conn;
            }
        }
        Branch b = new Branch(alts.toArray(new Node[0]), conn);
        parsedTail = conn;
        return b;
    }

    private Node sequence(Node end) {
        Node head = null;
        Node tail = null;
        Node node;
        loop:
        for (;;) {
            int ch = peek();
            switch (ch) {
                case '(':
                    node = group0();
                    if (node == null) {
                        continue;
                    }
                    if (head == null) {
                        head = node;
                    } else {
                        tail.next = node;
                    }
                    tail = parsedTail;
                    continue;
                case '[':
                    node = charNode(clazz(true));
                    break;
                case '\\':
                    ch = nextEscaped();
                    if (ch == 'p' || ch == 'P') {
                        boolean oneLetter = true;
                        boolean comp = (ch == 'P');
                        ch = next();
                        if (ch != '{') {
                            unread();
                        } else {
                            oneLetter = false;
                        }
                        node = charNode(family(oneLetter, comp));
                    } else {
                        unread();
                        node = atom();
                    }
                    break;
                case '^':
                    next();
                    if (has(MULTILINE)) {
                        node = new Caret(has(UNIX_LINES));
                    } else {
                        node = new Begin();
                    }
                    break;
                case '$':
                    next();
                    node = new Dollar(has(MULTILINE), has(UNIX_LINES));
                    break;
                case '.':
                    next();
                    if (has(DOTALL)) {
                        node = charNode(c -> true);
                    } else if (has(UNIX_LINES)) {
                        node = charNode(c -> c != '\n');
                    } else {
                        node = charNode(c -> c != '\n' && c != '\r' && (c | 1) != '\u2029' && c != '\u0085');
                    }
                    break;
                case '|':
                case ')':
                    break loop;
                case ']':
                case '}':
                    node = atom();
                    break;
                case '?':
                case '*':
                case '+':
                    next();
                    throw error("Dangling meta character '" + ((char) ch) + "'");
                case 0:
                    if (cursor >= patternLength) {
                        break loop;
                    }
                    node = atom();
                    break;
                default:
                    node = atom();
                    break;
            }
            node = closure(node);
            if (head == null) {
                head = tail = node;
            } else {
                tail.next = node;
                tail = node;
            }
        }
        if (head == null) {
            parsedTail = end;
            return end;
        }
        tail.next = end;
        parsedTail = tail;
        return head;
    }

    private Node atom() {
        int first = 0;
        int prev = -1;
        int[] buffer = new int[16];
        int ch = peek();
        for (;;) {
            switch (ch) {
                case '*':
                case '+':
                case '?':
                case '{':
                    if (first > 1) {
                        cursor = prev;
                        first--;
                    }
                    break;
                case '$':
                case '.':
                case '^':
                case '(':
                case '[':
                case '|':
                case ')':
                    break;
                case '\\':
                    ch = nextEscaped();
                    if (ch == 'p' || ch == 'P') {
                        if (first > 0) {
                            unread();
                            break;
                        } else {
                            boolean comp = (ch == 'P');
                            boolean oneLetter = true;
                            ch = next();
                            if (ch != '{') {
                                unread();
                            } else {
                                oneLetter = false;
                            }
                            return charNode(family(oneLetter, comp));
                        }
                    }
                    unread();
                    prev = cursor;
                    ch = escape(false, first == 0, false);
                    if (ch >= 0) {
                        buffer = append(buffer, ch, first);
                        first++;
                        ch = peek();
                        continue;
                    } else if (first == 0) {
                        return parsedTail;
                    }
                    cursor = prev;
                    break;
                case 0:
                    if (cursor >= patternLength) {
                        break;
                    }
                    prev = cursor;
                    buffer = append(buffer, ch, first);
                    first++;
                    ch = next();
                    continue;
                default:
                    prev = cursor;
                    buffer = append(buffer, ch, first);
                    first++;
                    ch = next();
                    continue;
            }
            break;
        }
        if (first == 1) {
            return charNode(single(buffer[0]));
        }
        return newSlice(buffer, first);
    }

    private static int[] append(int[] buf, int ch, int len) {
        if (len >= buf.length) {
            int[] nb = new int[len + len];
            System.arraycopy(buf, 0, nb, 0, len);
            buf = nb;
        }
        buf[len] = ch;
        return buf;
    }

    private Node newSlice(int[] buf, int count) {
        if (has(CASE_INSENSITIVE)) {
            CharPred[] preds = new CharPred[count];
            for (int k = 0; k < count; k++) {
                preds[k] = single(buf[k]);
            }
            return new PredSlice(preds);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            sb.appendCodePoint(buf[k]);
        }
        return new Slice(sb.toString().toCharArray());
    }

    private Node charNode(CharPred p) {
        Node n = new CharNode(p);
        parsedTail = n;
        return n;
    }

    private Node ref(int refNum) {
        boolean done = false;
        while (!done) {
            int ch = peek();
            switch (ch) {
                case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    int newRefNum = (refNum * 10) + (ch - '0');
                    if (capturingGroupCount - 1 < newRefNum) {
                        done = true;
                        break;
                    }
                    refNum = newRefNum;
                    read();
                    break;
                default:
                    done = true;
                    break;
            }
        }
        hasGroupRef = true;
        return new BackRef(refNum, has(CASE_INSENSITIVE), has(UNICODE_CASE));
    }

    /** Parses an escape after the backslash at cursor; returns a code point or -1 (node/predicate set). */
    private int escape(boolean inclass, boolean create, boolean isrange) {
        int ch = skip();
        switch (ch) {
            case '0':
                return o();
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                if (inclass) {
                    break;
                }
                if (create) {
                    setRoot(ref(ch - '0'));
                }
                return -1;
            case 'A':
                if (inclass) {
                    break;
                }
                if (create) {
                    setRoot(new Begin());
                }
                return -1;
            case 'B':
                if (inclass) {
                    break;
                }
                if (create) {
                    setRoot(new Bound(false, has(UNICODE_CHARACTER_CLASS)));
                }
                return -1;
            case 'D':
                if (create) {
                    setPred(digitPred().negate(), inclass);
                }
                return -1;
            case 'G':
                if (inclass) {
                    break;
                }
                if (create) {
                    setRoot(new LastMatch());
                }
                return -1;
            case 'H':
                if (create) {
                    setPred(hws().negate(), inclass);
                }
                return -1;
            case 'N':
                return namedChar();
            case 'R':
                if (inclass) {
                    break;
                }
                if (create) {
                    setRoot(new LineEnding());
                }
                return -1;
            case 'S':
                if (create) {
                    setPred(spacePred().negate(), inclass);
                }
                return -1;
            case 'V':
                if (create) {
                    setPred(vws().negate(), inclass);
                }
                return -1;
            case 'W':
                if (create) {
                    setPred(wordPred().negate(), inclass);
                }
                return -1;
            case 'X':
                if (inclass) {
                    break;
                }
                if (create) {
                    setRoot(new Grapheme());
                }
                return -1;
            case 'Z':
                if (inclass) {
                    break;
                }
                if (create) {
                    setRoot(new Dollar(false, has(UNIX_LINES)));
                }
                return -1;
            case 'a':
                return '\007';
            case 'b':
                if (inclass) {
                    break;
                }
                if (create) {
                    setRoot(new Bound(true, has(UNICODE_CHARACTER_CLASS)));
                }
                return -1;
            case 'c':
                return c();
            case 'd':
                if (create) {
                    setPred(digitPred(), inclass);
                }
                return -1;
            case 'e':
                return '\033';
            case 'f':
                return '\f';
            case 'h':
                if (create) {
                    setPred(hws(), inclass);
                }
                return -1;
            case 'k':
                if (inclass) {
                    break;
                }
                if (read() != '<') {
                    throw error("\\k is not followed by '<' for named capturing group");
                }
                String name = groupname(read());
                if (!namedGroupsMap().containsKey(name)) {
                    throw error("named capturing group <" + name + "> does not exist");
                }
                if (create) {
                    hasGroupRef = true;
                    setRoot(new BackRef(namedGroupsMap().get(name), has(CASE_INSENSITIVE), has(UNICODE_CASE)));
                }
                return -1;
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 's':
                if (create) {
                    setPred(spacePred(), inclass);
                }
                return -1;
            case 't':
                return '\t';
            case 'u':
                return u();
            case 'v':
                if (isrange) {
                    return '\013';
                }
                if (create) {
                    setPred(vws(), inclass);
                }
                return -1;
            case 'w':
                if (create) {
                    setPred(wordPred(), inclass);
                }
                return -1;
            case 'x':
                return x();
            case 'z':
                if (inclass) {
                    break;
                }
                if (create) {
                    setRoot(new End());
                }
                return -1;
            case 'C': case 'E': case 'F': case 'I': case 'J': case 'K': case 'L': case 'M':
            case 'O': case 'P': case 'Q': case 'T': case 'U': case 'Y':
            case 'g': case 'i': case 'j': case 'l': case 'm': case 'o': case 'p': case 'q': case 'y':
                break;
            default:
                return ch;
        }
        throw error("Illegal/unsupported escape sequence");
    }

    private void setRoot(Node n) {
        parsedTail = n;
    }

    private void setPred(CharPred p, boolean inclass) {
        predicate = p;
        if (!inclass) {
            parsedTail = new CharNode(p);
        }
    }

    private int o() {
        int n = read();
        if (((n - '0') | ('7' - n)) >= 0) {
            int m = read();
            if (((m - '0') | ('7' - m)) >= 0) {
                int o = read();
                if ((((o - '0') | ('7' - o)) >= 0) && (((n - '0') | ('3' - n)) >= 0)) {
                    return (n - '0') * 64 + (m - '0') * 8 + (o - '0');
                }
                unread();
                return (n - '0') * 8 + (m - '0');
            }
            unread();
            return (n - '0');
        }
        throw error("Illegal octal escape sequence");
    }

    private int x() {
        int n = read();
        if (isHex(n)) {
            int m = read();
            if (isHex(m)) {
                return hexVal(n) * 16 + hexVal(m);
            }
        } else if (n == '{' && isHex(peek())) {
            int ch = 0;
            while (isHex(n = read())) {
                ch = (ch << 4) + hexVal(n);
                if (ch > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big");
                }
            }
            if (n != '}') {
                throw error("Unclosed hexadecimal escape sequence");
            }
            return ch;
        }
        throw error("Illegal hexadecimal escape sequence");
    }

    private int c() {
        if (cursor < patternLength) {
            return read() ^ 64;
        }
        throw error("Illegal control escape sequence");
    }

    private int uxxxx() {
        int n = 0;
        for (int k = 0; k < 4; k++) {
            int ch = read();
            if (!isHex(ch)) {
                throw error("Illegal Unicode escape sequence");
            }
            n = n * 16 + hexVal(ch);
        }
        return n;
    }

    private int u() {
        int n = uxxxx();
        if (Character.isHighSurrogate((char) n)) {
            int cur = cursor;
            if (read() == '\\' && read() == 'u') {
                int n2 = uxxxx();
                if (Character.isLowSurrogate((char) n2)) {
                    return Character.toCodePoint((char) n, (char) n2);
                }
            }
            cursor = cur;
        }
        return n;
    }

    private int namedChar() {
        if (read() == '{') {
            int i0 = cursor;
            while (cursor < patternLength && read() != '}') {
            }
            throw error("Unknown character name [" + new String(temp, i0, Math.max(0, cursor - i0 - 1)) + "]");
        }
        throw error("Illegal character name escape sequence");
    }

    private String groupname(int ch) {
        StringBuilder sb = new StringBuilder();
        if (!isAsciiAlpha(ch)) {
            throw error("capturing group name does not start with a Latin letter");
        }
        do {
            sb.append((char) ch);
        } while (isAsciiAlpha(ch = read()) || isAsciiDigit(ch));
        if (ch != '>') {
            throw error("named capturing group is missing trailing '>'");
        }
        return sb.toString();
    }

    private Node group0() {
        boolean capturingGroup = false;
        Node head;
        Node tail;
        int save = flags;
        parsedTail = null;
        int ch = next();
        if (ch == '?') {
            ch = skip();
            switch (ch) {
                case ':':
                    head = createGroup(true);
                    tail = parsedTail;
                    head.next = expr(tail);
                    break;
                case '=':
                case '!': {
                    head = createGroup(true);
                    tail = parsedTail;
                    head.next = expr(tail);
                    tail.next = Accept.INSTANCE;
                    head = tail = (ch == '=') ? new Pos(head) : new Neg(head);
                    break;
                }
                case '>':
                    head = createGroup(true);
                    tail = parsedTail;
                    head.next = expr(tail);
                    tail.next = Accept.INSTANCE;
                    head = tail = new Ques(head, Ques.INDEPENDENT);
                    break;
                case '<': {
                    ch = read();
                    if (ch != '=' && ch != '!') {
                        String name = groupname(ch);
                        if (namedGroupsMap().containsKey(name)) {
                            throw error("Named capturing group <" + name + "> is already defined");
                        }
                        capturingGroup = true;
                        head = createGroup(false);
                        tail = parsedTail;
                        namedGroupsMap().put(name, capturingGroupCount - 1);
                        head.next = expr(tail);
                        break;
                    }
                    int saveTopLoops = topLoops == null ? 0 : topLoops.size();
                    head = createGroup(true);
                    tail = parsedTail;
                    head.next = expr(tail);
                    tail.next = LookBehindEnd.INSTANCE;
                    if (topLoops != null) {
                        while (topLoops.size() > saveTopLoops) {
                            topLoops.remove(topLoops.size() - 1);
                        }
                    }
                    TreeInfo info = new TreeInfo();
                    head.study(info);
                    if (!info.maxValid) {
                        throw error("Look-behind group does not have an obvious maximum length");
                    }
                    head = tail = new Behind(head, info.maxLength, info.minLength, ch == '!');
                    break;
                }
                case '$':
                case '@':
                    throw error("Unknown group type");
                default:
                    unread();
                    addFlag();
                    ch = read();
                    if (ch == ')') {
                        return null;
                    }
                    if (ch != ':') {
                        throw error("Unknown inline modifier");
                    }
                    head = createGroup(true);
                    tail = parsedTail;
                    head.next = expr(tail);
                    break;
            }
        } else {
            capturingGroup = true;
            head = createGroup(false);
            tail = parsedTail;
            head.next = expr(tail);
        }
        accept(')', "Unclosed group");
        flags = save;

        Node node = closure(head);
        if (node == head) {
            parsedTail = tail;
            return node;
        }
        if (head == tail) {
            // a quantified zero-length assertion or atomic group: closure wrapped it
            parsedTail = node;
            return node;
        }
        if (node instanceof Ques) {
            Ques q = (Ques) node;
            if (q.type == Ques.POSSESSIVE) {
                tail.next = Accept.INSTANCE;
                parsedTail = node;
                return node;
            }
            BranchConn conn = new BranchConn();
            tail.next = conn;
            Branch b = (q.type == Ques.GREEDY) ? new Branch(new Node[] {head, null}, conn)
                    : new Branch(new Node[] {null, head}, conn);
            parsedTail = conn;
            return b;
        } else if (node instanceof Curly) {
            Curly curly = (Curly) node;
            if (curly.type == Curly.POSSESSIVE) {
                tail.next = Accept.INSTANCE;
                parsedTail = node;
                return node;
            }
            GroupHead gh = (GroupHead) head;
            TreeInfo bodyInfo = new TreeInfo();
            boolean det = head.study(bodyInfo);
            if (det) {
                GroupTail gt = (GroupTail) tail;
                Node gc = new GroupCurly(head.next, curly.cmin, curly.cmax, curly.type == Curly.LAZY,
                        gt.localIndex, gt.groupIndex, capturingGroup);
                parsedTail = gc;
                return gc;
            }
            Loop loop = new Loop(curly.cmin, curly.cmax, gh.localIndex, localCount++, curly.type == Curly.LAZY);
            Prolog prolog = new Prolog(loop, null);
            if (curly.type == Curly.GREEDY && curly.cmax == MAX_REPS) {
                if (topLoops == null) {
                    topLoops = new ArrayList<>();
                }
                topLoops.add(loop);
            }
            loop.body = head;
            tail.next = loop;
            parsedTail = loop;
            return prolog;
        }
        throw error("Internal logic error");
    }

    private Node createGroup(boolean anonymous) {
        int localIndex = localCount++;
        int groupIndex = 0;
        if (!anonymous) {
            groupIndex = capturingGroupCount++;
        }
        GroupHead head = new GroupHead(localIndex);
        parsedTail = new GroupTail(localIndex, groupIndex);
        return head;
    }

    private void addFlag() {
        int ch = peek();
        for (;;) {
            switch (ch) {
                case 'i': flags |= CASE_INSENSITIVE; break;
                case 'm': flags |= MULTILINE; break;
                case 's': flags |= DOTALL; break;
                case 'd': flags |= UNIX_LINES; break;
                case 'u': flags |= UNICODE_CASE; break;
                case 'c': flags |= CANON_EQ; break;
                case 'x': flags |= COMMENTS; break;
                case 'U': flags |= (UNICODE_CHARACTER_CLASS | UNICODE_CASE); break;
                case '-':
                    subFlag();
                    return;
                default:
                    return;
            }
            ch = next();
        }
    }

    private void subFlag() {
        int ch = next();
        for (;;) {
            switch (ch) {
                case 'i': flags &= ~CASE_INSENSITIVE; break;
                case 'm': flags &= ~MULTILINE; break;
                case 's': flags &= ~DOTALL; break;
                case 'd': flags &= ~UNIX_LINES; break;
                case 'u': flags &= ~UNICODE_CASE; break;
                case 'c': flags &= ~CANON_EQ; break;
                case 'x': flags &= ~COMMENTS; break;
                case 'U': flags &= ~(UNICODE_CHARACTER_CLASS | UNICODE_CASE); break;
                default:
                    return;
            }
            ch = next();
        }
    }

    private Node closure(Node prev) {
        int ch = peek();
        switch (ch) {
            case '?':
                ch = next();
                if (ch == '?') {
                    next();
                    return new Ques(prev, Ques.LAZY);
                } else if (ch == '+') {
                    next();
                    return new Ques(prev, Ques.POSSESSIVE);
                }
                return new Ques(prev, Ques.GREEDY);
            case '*':
                return curly(prev, 0);
            case '+':
                return curly(prev, 1);
            case '{':
                ch = skip();
                if (isAsciiDigit(ch)) {
                    int cmin = 0;
                    int cmax;
                    try {
                        do {
                            cmin = Math.addExact(Math.multiplyExact(cmin, 10), ch - '0');
                        } while (isAsciiDigit(ch = read()));
                        cmax = cmin;
                        if (ch == ',') {
                            ch = read();
                            cmax = MAX_REPS;
                            if (ch != '}') {
                                cmax = 0;
                                while (isAsciiDigit(ch)) {
                                    cmax = Math.addExact(Math.multiplyExact(cmax, 10), ch - '0');
                                    ch = read();
                                }
                            }
                        }
                    } catch (ArithmeticException ae) {
                        throw error("Illegal repetition range");
                    }
                    if (ch != '}') {
                        throw error("Unclosed counted closure");
                    }
                    if (cmax < cmin) {
                        throw error("Illegal repetition range");
                    }
                    ch = peek();
                    int type = Curly.GREEDY;
                    if (ch == '?') {
                        next();
                        type = Curly.LAZY;
                    } else if (ch == '+') {
                        next();
                        type = Curly.POSSESSIVE;
                    }
                    if (type == Curly.GREEDY && cmax == MAX_REPS && prev instanceof CharNode) {
                        return new CharGreedy(((CharNode) prev).pred, cmin);
                    }
                    return new Curly(prev, cmin, cmax, type);
                } else {
                    throw error("Illegal repetition");
                }
            default:
                return prev;
        }
    }

    private Node curly(Node prev, int cmin) {
        int ch = next();
        if (ch == '?') {
            next();
            return new Curly(prev, cmin, MAX_REPS, Curly.LAZY);
        } else if (ch == '+') {
            next();
            return new Curly(prev, cmin, MAX_REPS, Curly.POSSESSIVE);
        }
        if (prev instanceof CharNode) {
            return new CharGreedy(((CharNode) prev).pred, cmin);
        }
        return new Curly(prev, cmin, MAX_REPS, Curly.GREEDY);
    }

    // ---- character classes ----

    private CharPred clazz(boolean consume) {
        CharPred prev = null;
        CharPred curr = null;
        BitClass bits = new BitClass();
        boolean isNeg = false;
        boolean hasBits = false;
        int ch = next();
        if (ch == '^' && temp[cursor - 1] == '[') {
            ch = next();
            isNeg = true;
        }
        for (;;) {
            switch (ch) {
                case '[':
                    curr = clazz(true);
                    if (prev == null) {
                        prev = curr;
                    } else {
                        prev = prev.union(curr);
                    }
                    ch = peek();
                    continue;
                case '&':
                    ch = next();
                    if (ch == '&') {
                        ch = next();
                        CharPred right = null;
                        while (ch != ']' && ch != '&') {
                            if (ch == '[') {
                                if (right == null) {
                                    right = clazz(true);
                                } else {
                                    right = right.union(clazz(true));
                                }
                            } else {
                                unread();
                                right = clazz(false);
                            }
                            ch = peek();
                        }
                        if (hasBits) {
                            if (prev == null) {
                                prev = curr = bits;
                            } else {
                                prev = prev.union(bits);
                            }
                            hasBits = false;
                        }
                        if (right != null) {
                            curr = right;
                        }
                        if (prev == null) {
                            if (right == null) {
                                throw error("Bad class syntax");
                            } else {
                                prev = right;
                            }
                        } else {
                            prev = prev.and(curr);
                        }
                    } else {
                        unread();
                        break;
                    }
                    continue;
                case 0:
                    if (cursor >= patternLength) {
                        throw error("Unclosed character class");
                    }
                    break;
                case ']':
                    if (prev != null || hasBits) {
                        if (consume) {
                            next();
                        }
                        if (prev == null) {
                            prev = bits;
                        } else if (hasBits) {
                            prev = prev.union(bits);
                        }
                        if (isNeg) {
                            return prev.negate();
                        }
                        return prev;
                    }
                    break;
                default:
                    break;
            }
            curr = range(bits);
            if (curr == null) {
                hasBits = true;
            } else {
                if (prev == null) {
                    prev = curr;
                } else if (prev != curr) {
                    prev = prev.union(curr);
                }
            }
            ch = peek();
        }
    }

    private CharPred bitsOrSingle(BitClass bits, int ch) {
        if (ch < 256 && !(has(CASE_INSENSITIVE) && has(UNICODE_CASE)
                && (ch == 0xff || ch == 0xb5 || ch == 0x49 || ch == 0x69 || ch == 0x53 || ch == 0x73
                    || ch == 0x4b || ch == 0x6b || ch == 0xc5 || ch == 0xe5))) {
            bits.add(ch, flags);
            return null;
        }
        return single(ch);
    }

    private CharPred range(BitClass bits) {
        int ch = peek();
        if (ch == '\\') {
            ch = nextEscaped();
            if (ch == 'p' || ch == 'P') {
                boolean comp = (ch == 'P');
                boolean oneLetter = true;
                ch = next();
                if (ch != '{') {
                    unread();
                } else {
                    oneLetter = false;
                }
                return family(oneLetter, comp);
            } else {
                boolean isrange = temp[cursor + 1] == '-';
                unread();
                ch = escape(true, true, isrange);
                if (ch == -1) {
                    return predicate;
                }
            }
        } else {
            next();
        }
        if (ch >= 0) {
            if (peek() == '-') {
                int endRange = temp[cursor + 1];
                if (endRange == '[') {
                    return bitsOrSingle(bits, ch);
                }
                if (endRange != ']') {
                    next();
                    int m = peek();
                    if (m == '\\') {
                        m = escape(true, false, true);
                    } else {
                        next();
                    }
                    if (m < ch) {
                        throw error("Illegal character range");
                    }
                    final int lo = ch;
                    final int hi = m;
                    if (has(CASE_INSENSITIVE)) {
                        if (has(UNICODE_CASE)) {
                            return c -> (lo <= c && c <= hi)
                                    || inRange(lo, Character.toUpperCase(c), hi)
                                    || inRange(lo, Character.toLowerCase(c), hi);
                        }
                        return c -> (lo <= c && c <= hi)
                                || (c < 0x80 && (inRange(lo, asciiToUpper(c), hi) || inRange(lo, asciiToLower(c), hi)));
                    }
                    return c -> lo <= c && c <= hi;
                }
            }
            return bitsOrSingle(bits, ch);
        }
        throw error("Unexpected character '" + ((char) ch) + "'");
    }

    private static boolean inRange(int lo, int c, int hi) {
        return lo <= c && c <= hi;
    }

    private CharPred family(boolean singleLetter, boolean isComplement) {
        next();
        String name;
        CharPred p = null;
        if (singleLetter) {
            int c = temp[cursor];
            name = new String(Character.toChars(c));
            read();
        } else {
            int i = cursor;
            mark('}');
            while (read() != '}') {
            }
            mark('\000');
            int j = cursor;
            if (j > patternLength) {
                throw error("Unclosed character family");
            }
            if (i + 1 >= j) {
                throw error("Empty character family");
            }
            name = new String(temp, i, j - i - 1);
        }
        int eq = name.indexOf('=');
        if (eq != -1) {
            String value = name.substring(eq + 1);
            String key = name.substring(0, eq).toLowerCase(Locale.ENGLISH);
            switch (key) {
                case "gc":
                case "general_category":
                    p = CharPreds.forProperty(value, has(CASE_INSENSITIVE));
                    break;
                case "sc":
                case "script":
                    p = CharPreds.forUnicodeScript(value);
                    break;
                case "blk":
                case "block":
                    p = CharPreds.forUnicodeBlock(value);
                    break;
                default:
                    break;
            }
            if (p == null) {
                throw error("Unknown Unicode property {name=<" + key + ">, value=<" + value + ">}");
            }
        } else {
            if (name.startsWith("In")) {
                p = CharPreds.forUnicodeBlock(name.substring(2));
            } else if (name.startsWith("Is")) {
                String shortName = name.substring(2);
                p = CharPreds.forUnicodeProperty(shortName, has(CASE_INSENSITIVE));
                if (p == null) {
                    p = CharPreds.forProperty(shortName, has(CASE_INSENSITIVE));
                }
                if (p == null) {
                    p = CharPreds.forUnicodeScript(shortName);
                }
            } else {
                if (has(UNICODE_CHARACTER_CLASS)) {
                    p = CharPreds.forPOSIXName(name, has(CASE_INSENSITIVE));
                }
                if (p == null) {
                    p = CharPreds.forProperty(name, has(CASE_INSENSITIVE));
                }
            }
            if (p == null) {
                throw error("Unknown character property name {" + name + "}");
            }
        }
        if (isComplement) {
            p = p.negate();
        }
        return p;
    }

    private CharPred single(int ch) {
        if (has(CASE_INSENSITIVE)) {
            if (has(UNICODE_CASE)) {
                int upper = Character.toUpperCase(ch);
                final int lower = Character.toLowerCase(upper);
                if (upper != lower) {
                    return c -> c == lower || lower == Character.toLowerCase(Character.toUpperCase(c));
                }
            } else if (ch < 0x80 && isAsciiAlpha(ch)) {
                final int lower = asciiToLower(ch);
                final int upper = asciiToUpper(ch);
                return c -> c == lower || c == upper;
            }
        }
        final int only = ch;
        return c -> c == only;
    }

    private CharPred digitPred() {
        return has(UNICODE_CHARACTER_CLASS) ? c -> Character.isDigit(c) : c -> c >= '0' && c <= '9';
    }

    private CharPred spacePred() {
        return has(UNICODE_CHARACTER_CLASS) ? CharPreds.WHITE_SPACE : c -> c == ' ' || (c >= '\t' && c <= '\r');
    }

    private CharPred wordPred() {
        return has(UNICODE_CHARACTER_CLASS) ? CharPreds.WORD : Pattern::isAsciiWord;
    }

    private static CharPred hws() {
        return c -> c == ' ' || c == '\t' || c == 0xa0 || c == 0x1680 || c == 0x180e
                || (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    private static CharPred vws() {
        return c -> (c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    // ---- ASCII helpers ----

    static boolean isAsciiAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiWord(int c) {
        return isAsciiAlpha(c) || isAsciiDigit(c) || c == '_';
    }

    static boolean isAsciiSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static boolean isHex(int c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static int hexVal(int c) {
        if (c <= '9') {
            return c - '0';
        }
        return (c | 0x20) - 'a' + 10;
    }

    static int asciiToLower(int c) {
        return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
    }

    static int asciiToUpper(int c) {
        return (c >= 'a' && c <= 'z') ? c - 0x20 : c;
    }

    // =====================================================================================
    // Character predicates
    // =====================================================================================

    @FunctionalInterface
    interface CharPred {
        boolean is(int ch);

        default CharPred and(CharPred p) {
            return ch -> is(ch) && p.is(ch);
        }

        default CharPred union(CharPred p) {
            return ch -> is(ch) || p.is(ch);
        }

        default CharPred negate() {
            return ch -> !is(ch);
        }
    }

    /** Mutable set of Latin-1 characters used while parsing a class. */
    static final class BitClass implements CharPred {
        final boolean[] bits = new boolean[256];

        void add(int c, int flags) {
            if ((flags & CASE_INSENSITIVE) != 0) {
                if (c < 0x80) {
                    bits[asciiToUpper(c)] = true;
                    bits[asciiToLower(c)] = true;
                } else if ((flags & UNICODE_CASE) != 0) {
                    bits[Character.toLowerCase(c)] = true;
                    bits[Character.toUpperCase(c)] = true;
                }
            }
            bits[c] = true;
        }

        public boolean is(int ch) {
            return ch < 256 && bits[ch];
        }
    }

    // =====================================================================================
    // Match nodes
    // =====================================================================================

    static final class TreeInfo {
        int minLength;
        int maxLength;
        boolean maxValid = true;
        boolean deterministic = true;

        void reset() {
            minLength = 0;
            maxLength = 0;
            maxValid = true;
            deterministic = true;
        }
    }

    /** Base node: as a chain terminator it records the end position (used by sub-matches). */
    static class Node {
        Node next;

        Node() {
            next = Accept.INSTANCE;
        }

        boolean match(Matcher m, int i, CharSequence seq) {
            m.last = i;
            return true;
        }

        boolean study(TreeInfo info) {
            if (next != null) {
                return next.study(info);
            }
            return info.deterministic;
        }
    }

    /** Ends an independent sub-match (atoms of quantifiers, lookarounds, atomic groups). */
    static final class Accept extends Node {
        static final Accept INSTANCE = new Accept();

        @Override
        boolean study(TreeInfo info) {
            return info.deterministic;
        }
    }

    /** Ends the whole pattern. */
    static final class LastNode extends Node {
        static final LastNode INSTANCE = new LastNode();

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (m.acceptMode == Matcher.ENDANCHOR && i != m.to) {
                return false;
            }
            m.last = i;
            m.groups[0] = m.first;
            m.groups[1] = i;
            return true;
        }

        @Override
        boolean study(TreeInfo info) {
            return info.deterministic;
        }
    }

    /**
     * Tries the pattern at each start position. When the pattern has supplementary characters
     * it steps over whole surrogate pairs, as the JDK's StartS does.
     */
    static final class Start extends Node {
        final int minLength;
        final boolean supplementary;

        Start(Node next, int minLength, boolean supplementary) {
            this.next = next;
            this.minLength = minLength;
            this.supplementary = supplementary;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (i > m.to - minLength) {
                m.hitEnd = true;
                return false;
            }
            int guard = m.to - minLength;
            for (; i <= guard; i++) {
                m.first = i;
                if (i > m.memoStart) {
                    m.newMemoGeneration();
                }
                if (next.match(m, i, seq)) {
                    m.first = i;
                    m.groups[0] = m.first;
                    m.groups[1] = m.last;
                    return true;
                }
                if (supplementary && i < guard && Character.isHighSurrogate(seq.charAt(i))
                        && i + 1 < seq.length() && Character.isLowSurrogate(seq.charAt(i + 1))) {
                    i++;
                }
            }
            m.hitEnd = true;
            return false;
        }
    }

    static final class CharNode extends Node {
        final CharPred pred;

        CharNode(CharPred pred) {
            this.pred = pred;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int to = m.to;
            if (i < to) {
                char c = seq.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < seq.length() && Character.isLowSurrogate(seq.charAt(i + 1))) {
                    if (i + 2 > to) {
                        m.hitEnd = true;
                        return false;
                    }
                    return pred.is(Character.toCodePoint(c, seq.charAt(i + 1))) && next.match(m, i + 2, seq);
                }
                return pred.is(c) && next.match(m, i + 1, seq);
            }
            m.hitEnd = true;
            return false;
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength++;
            info.maxLength++;
            return next.study(info);
        }
    }

    /** Greedy {@code X*} / {@code X+} over a single character predicate. */
    static final class CharGreedy extends Node {
        final CharPred pred;
        final int cmin;

        CharGreedy(CharPred pred, int cmin) {
            this.pred = pred;
            this.cmin = cmin;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int n = 0;
            int to = m.to;
            while (i < to) {
                int ch = Character.codePointAt(seq, i);
                int len = Character.charCount(ch);
                if (i + len > to) {
                    ch = seq.charAt(i);
                    len = 1;
                }
                if (!pred.is(ch)) {
                    break;
                }
                i += len;
                n++;
            }
            if (i >= to) {
                m.hitEnd = true;
            }
            while (n >= cmin) {
                if (next.match(m, i, seq)) {
                    return true;
                }
                if (n == cmin) {
                    return false;
                }
                int ch = Character.codePointBefore(seq, i);
                i -= Character.charCount(ch);
                n--;
            }
            return false;
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength += cmin;
            if (info.maxValid) {
                info.maxLength += MAX_REPS;
            }
            info.deterministic = false;
            return next.study(info);
        }
    }

    static final class Slice extends Node {
        final char[] buf;

        Slice(char[] buf) {
            this.buf = buf;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            char[] b = buf;
            int len = b.length;
            int to = m.to;
            for (int j = 0; j < len; j++) {
                if (i + j >= to) {
                    m.hitEnd = true;
                    return false;
                }
                if (b[j] != seq.charAt(i + j)) {
                    return false;
                }
            }
            return next.match(m, i + len, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength += buf.length;
            info.maxLength += buf.length;
            return next.study(info);
        }
    }

    /** A run of literal characters compared with case folding. */
    static final class PredSlice extends Node {
        final CharPred[] preds;

        PredSlice(CharPred[] preds) {
            this.preds = preds;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int to = m.to;
            for (CharPred p : preds) {
                if (i >= to) {
                    m.hitEnd = true;
                    return false;
                }
                int ch = Character.codePointAt(seq, i);
                if (!p.is(ch)) {
                    return false;
                }
                i += Character.charCount(ch);
            }
            return next.match(m, i, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength += preds.length;
            info.maxLength += preds.length;
            return next.study(info);
        }
    }

    static final class Begin extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int fromIndex = m.anchoringBounds ? m.from : 0;
            if (i == fromIndex && next.match(m, i, seq)) {
                m.first = i;
                m.groups[0] = i;
                m.groups[1] = m.last;
                return true;
            }
            return false;
        }
    }

    static final class End extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int endIndex = m.anchoringBounds ? m.to : m.getTextLength();
            if (i == endIndex) {
                m.hitEnd = true;
                return next.match(m, i, seq);
            }
            return false;
        }
    }

    static final class Caret extends Node {
        final boolean unix;

        Caret(boolean unix) {
            this.unix = unix;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int startIndex = m.from;
            int endIndex = m.to;
            if (!m.anchoringBounds) {
                startIndex = 0;
                endIndex = m.getTextLength();
            }
            if (i == endIndex) {
                m.hitEnd = true;
                return false;
            }
            if (i > startIndex) {
                char ch = seq.charAt(i - 1);
                if (unix) {
                    if (ch != '\n') {
                        return false;
                    }
                } else {
                    if (ch != '\n' && ch != '\r' && (ch | 1) != '\u2029' && ch != '\u0085') {
                        return false;
                    }
                    if (ch == '\r' && seq.charAt(i) == '\n') {
                        return false;
                    }
                }
            }
            return next.match(m, i, seq);
        }
    }

    static final class Dollar extends Node {
        final boolean multiline;
        final boolean unix;

        Dollar(boolean multiline, boolean unix) {
            this.multiline = multiline;
            this.unix = unix;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int endIndex = m.anchoringBounds ? m.to : m.getTextLength();
            if (unix) {
                if (i < endIndex) {
                    char ch = seq.charAt(i);
                    if (ch == '\n') {
                        if (!multiline && i != endIndex - 1) {
                            return false;
                        }
                        if (multiline) {
                            return next.match(m, i, seq);
                        }
                    } else {
                        return false;
                    }
                }
                m.hitEnd = true;
                m.requireEnd = true;
                return next.match(m, i, seq);
            }
            if (!multiline) {
                if (i < endIndex - 2) {
                    return false;
                }
                if (i == endIndex - 2) {
                    char ch = seq.charAt(i);
                    if (ch != '\r') {
                        return false;
                    }
                    ch = seq.charAt(i + 1);
                    if (ch != '\n') {
                        return false;
                    }
                }
            }
            if (i < endIndex) {
                char ch = seq.charAt(i);
                if (ch == '\n') {
                    if (i > 0 && seq.charAt(i - 1) == '\r') {
                        return false;
                    }
                    if (multiline) {
                        return next.match(m, i, seq);
                    }
                } else if (ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029') {
                    if (multiline) {
                        return next.match(m, i, seq);
                    }
                } else {
                    return false;
                }
            }
            m.hitEnd = true;
            m.requireEnd = true;
            return next.match(m, i, seq);
        }
    }

    static final class LastMatch extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (i != m.oldLast) {
                return false;
            }
            return next.match(m, i, seq);
        }
    }

    static final class Bound extends Node {
        final boolean both;
        final boolean unicode;

        Bound(boolean both, boolean unicode) {
            this.both = both;
            this.unicode = unicode;
        }

        boolean isWord(int ch) {
            return unicode ? CharPreds.WORD.is(ch) : (ch == '_' || Character.isLetterOrDigit(ch));
        }

        int check(Matcher m, int i, CharSequence seq) {
            int ch;
            boolean left = false;
            int startIndex = m.from;
            int endIndex = m.to;
            if (m.transparentBounds) {
                startIndex = 0;
                endIndex = m.getTextLength();
            }
            if (i > startIndex) {
                ch = Character.codePointBefore(seq, i);
                left = (isWord(ch) || ((Character.getType(ch) == Character.NON_SPACING_MARK)
                        && hasBaseCharacter(m, i - 1, seq)));
            }
            boolean right = false;
            if (i < endIndex) {
                ch = Character.codePointAt(seq, i);
                right = (isWord(ch) || ((Character.getType(ch) == Character.NON_SPACING_MARK)
                        && hasBaseCharacter(m, i, seq)));
            } else {
                m.hitEnd = true;
                m.requireEnd = true;
            }
            return ((left ^ right) ? (right ? 1 : 2) : 4);
        }

        boolean hasBaseCharacter(Matcher m, int i, CharSequence seq) {
            int start = (!m.transparentBounds) ? m.from : 0;
            for (int x = i; x >= start; x--) {
                int ch = Character.codePointAt(seq, x);
                if (Character.isLetterOrDigit(ch)) {
                    return true;
                }
                if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                    continue;
                }
                return false;
            }
            return false;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int r = check(m, i, seq);
            boolean ok = both ? (r & 3) != 0 : (r & 4) != 0;
            return ok && next.match(m, i, seq);
        }
    }

    static final class LineEnding extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (i < m.to) {
                int ch = seq.charAt(i);
                if (ch == 0x0A || ch == 0x0B || ch == 0x0C || ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
                    return next.match(m, i + 1, seq);
                }
                if (ch == 0x0D) {
                    i++;
                    if (i < m.to) {
                        if (seq.charAt(i) == 0x0A && next.match(m, i + 1, seq)) {
                            return true;
                        }
                    } else {
                        m.hitEnd = true;
                    }
                    return next.match(m, i, seq);
                }
            } else {
                m.hitEnd = true;
            }
            return false;
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength++;
            info.maxLength += 2;
            return next.study(info);
        }
    }

    /**
     * Extended grapheme cluster (UAX #29 as JDK 17 applies it): CR LF; controls alone; Hangul
     * syllable sequences; anything followed by Extend or ZWJ; Prepend followed by anything;
     * pairs of regional indicators; a cluster that starts with ExtPict (Extend|ZWJ)* ZWJ
     * followed by ExtPict, and so on.
     */
    static final class Grapheme extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (i < m.to) {
                // Like the JDK, finding the cluster's end does not count as hitting the end.
                return next.match(m, clusterEnd(seq, i, m.to), seq);
            }
            m.hitEnd = true;
            return false;
        }

        static int clusterEnd(CharSequence seq, int i, int to) {
            int ch = Character.codePointAt(seq, i);
            i += Character.charCount(ch);
            int prev = GraphemeData.type(ch);
            if (prev == GraphemeData.CR) {
                if (i < to && seq.charAt(i) == '\n') {
                    i++;
                }
                return i;
            }
            if (prev == GraphemeData.LF || prev == GraphemeData.CONTROL) {
                return i;
            }
            int riCount = prev == GraphemeData.REGIONAL_INDICATOR ? 1 : 0;
            // the cluster so far is an ExtPict, then Extend or ZWJ, then maybe ZWJ ExtPict and so on
            boolean pictographic = prev == GraphemeData.EXTENDED_PICTOGRAPHIC;
            while (i < to) {
                int c = Character.codePointAt(seq, i);
                int t = GraphemeData.type(c);
                boolean join;
                if (t == GraphemeData.CR || t == GraphemeData.LF || t == GraphemeData.CONTROL) {
                    join = false;
                } else if (prev == GraphemeData.PREPEND || t == GraphemeData.EXTEND || t == GraphemeData.ZWJ) {
                    join = true;
                } else if (prev == GraphemeData.L) {
                    join = t == GraphemeData.L || t == GraphemeData.V || t == GraphemeData.LV || t == GraphemeData.LVT;
                } else if (prev == GraphemeData.LV || prev == GraphemeData.V) {
                    join = t == GraphemeData.V || t == GraphemeData.T;
                } else if (prev == GraphemeData.LVT || prev == GraphemeData.T) {
                    join = t == GraphemeData.T;
                } else if (prev == GraphemeData.ZWJ) {
                    join = t == GraphemeData.EXTENDED_PICTOGRAPHIC && pictographic;
                } else if (prev == GraphemeData.REGIONAL_INDICATOR) {
                    join = t == GraphemeData.REGIONAL_INDICATOR && (riCount & 1) == 1;
                } else {
                    join = false;
                }
                if (!join) {
                    break;
                }
                riCount = t == GraphemeData.REGIONAL_INDICATOR ? riCount + 1 : 0;
                if (t != GraphemeData.ZWJ && t != GraphemeData.EXTEND
                        && !(t == GraphemeData.EXTENDED_PICTOGRAPHIC && prev == GraphemeData.ZWJ)) {
                    pictographic = false;
                }
                prev = t;
                i += Character.charCount(c);
            }
            return i;
        }

        @Override
        boolean study(TreeInfo info) {
            info.minLength++;
            info.deterministic = false;
            return next.study(info);
        }
    }

    static final class GroupHead extends Node {
        final int localIndex;

        GroupHead(int localIndex) {
            this.localIndex = localIndex;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int save = m.locals[localIndex];
            m.locals[localIndex] = i;
            boolean ret = next.match(m, i, seq);
            m.locals[localIndex] = save;
            return ret;
        }
    }

    static final class GroupTail extends Node {
        final int localIndex;
        final int groupIndex;

        GroupTail(int localIndex, int groupCount) {
            this.localIndex = localIndex;
            this.groupIndex = groupCount + groupCount;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int tmp = m.locals[localIndex];
            if (tmp >= 0) {
                int[] g = m.groups;
                int groupStart = g[groupIndex];
                int groupEnd = g[groupIndex + 1];
                g[groupIndex] = tmp;
                g[groupIndex + 1] = i;
                if (next.match(m, i, seq)) {
                    return true;
                }
                g[groupIndex] = groupStart;
                g[groupIndex + 1] = groupEnd;
                return false;
            } else {
                m.last = i;
                return true;
            }
        }
    }

    static final class Branch extends Node {
        final Node[] alts;
        final Node conn;

        Branch(Node[] alts, Node conn) {
            this.alts = alts;
            this.conn = conn;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            for (Node a : alts) {
                if (a == null) {
                    if (conn.match(m, i, seq)) {
                        return true;
                    }
                } else if (a.match(m, i, seq)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        boolean study(TreeInfo info) {
            int minL = info.minLength;
            int maxL = info.maxLength;
            boolean maxV = info.maxValid;
            int minL2 = Integer.MAX_VALUE;
            int maxL2 = -1;
            for (Node a : alts) {
                info.reset();
                if (a != null) {
                    a.study(info);
                }
                minL2 = Math.min(minL2, info.minLength);
                maxL2 = Math.max(maxL2, info.maxLength);
                maxV = (maxV & info.maxValid);
            }
            minL += minL2;
            maxL += maxL2;
            info.reset();
            conn.next.study(info);
            info.minLength += minL;
            info.maxLength += maxL;
            info.maxValid &= maxV;
            info.deterministic = false;
            return false;
        }
    }

    /** Join point of a branch's alternatives; {@code next} is the continuation. */
    static final class BranchConn extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            return next.match(m, i, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            return info.deterministic;
        }
    }

    /** {@code X?} over an atom, and atomic groups. */
    static final class Ques extends Node {
        static final int GREEDY = 0;
        static final int LAZY = 1;
        static final int POSSESSIVE = 2;
        static final int INDEPENDENT = 3;
        final Node atom;
        final int type;

        Ques(Node atom, int type) {
            this.atom = atom;
            this.type = type;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            switch (type) {
                case GREEDY:
                    return (atom.match(m, i, seq) && next.match(m, m.last, seq)) || next.match(m, i, seq);
                case LAZY:
                    return next.match(m, i, seq) || (atom.match(m, i, seq) && next.match(m, m.last, seq));
                case POSSESSIVE:
                    if (atom.match(m, i, seq)) {
                        i = m.last;
                    }
                    return next.match(m, i, seq);
                default:
                    return atom.match(m, i, seq) && next.match(m, m.last, seq);
            }
        }

        @Override
        boolean study(TreeInfo info) {
            if (type != INDEPENDENT) {
                int minL = info.minLength;
                atom.study(info);
                info.minLength = minL;
                info.deterministic = false;
                return next.study(info);
            } else {
                atom.study(info);
                return next.study(info);
            }
        }
    }

    /** Counted repetition of an atom matched independently per iteration. */
    static final class Curly extends Node {
        static final int GREEDY = 0;
        static final int LAZY = 1;
        static final int POSSESSIVE = 2;
        final Node atom;
        final int type;
        final int cmin;
        final int cmax;

        Curly(Node atom, int cmin, int cmax, int type) {
            this.atom = atom;
            this.type = type;
            this.cmin = cmin;
            this.cmax = cmax;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int j;
            for (j = 0; j < cmin; j++) {
                if (atom.match(m, i, seq)) {
                    i = m.last;
                    continue;
                }
                return false;
            }
            if (type == GREEDY) {
                return match0(m, i, j, seq);
            } else if (type == LAZY) {
                return match1(m, i, j, seq);
            } else {
                return match2(m, i, j, seq);
            }
        }

        boolean match0(Matcher m, int i, int j, CharSequence seq) {
            if (j >= cmax) {
                return next.match(m, i, seq);
            }
            int backLimit = j;
            while (atom.match(m, i, seq)) {
                int k = m.last - i;
                if (k == 0) {
                    break;
                }
                i = m.last;
                j++;
                while (j < cmax) {
                    if (!atom.match(m, i, seq)) {
                        break;
                    }
                    if (i + k != m.last) {
                        if (match0(m, m.last, j + 1, seq)) {
                            return true;
                        }
                        break;
                    }
                    i += k;
                    j++;
                }
                while (j >= backLimit) {
                    if (next.match(m, i, seq)) {
                        return true;
                    }
                    i -= k;
                    j--;
                }
                return false;
            }
            return next.match(m, i, seq);
        }

        boolean match1(Matcher m, int i, int j, CharSequence seq) {
            for (;;) {
                if (next.match(m, i, seq)) {
                    return true;
                }
                if (j >= cmax) {
                    return false;
                }
                if (!atom.match(m, i, seq)) {
                    return false;
                }
                if (i == m.last) {
                    return false;
                }
                i = m.last;
                j++;
            }
        }

        boolean match2(Matcher m, int i, int j, CharSequence seq) {
            for (; j < cmax; j++) {
                if (!atom.match(m, i, seq)) {
                    break;
                }
                if (i == m.last) {
                    break;
                }
                i = m.last;
            }
            return next.match(m, i, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            int minL = info.minLength;
            int maxL = info.maxLength;
            boolean maxV = info.maxValid;
            boolean detm = info.deterministic;
            info.reset();
            atom.study(info);
            repeatStudy(info, info.minLength, info.maxLength, info.maxValid, info.deterministic,
                    cmin, cmax, minL, maxL, maxV, detm);
            return next.study(info);
        }
    }

    static void repeatStudy(TreeInfo info, int aMin, int aMax, boolean aValid, boolean aDet,
            int cmin, int cmax, int minL, int maxL, boolean maxV, boolean detm) {
        int temp = aMin * cmin + minL;
        if (temp < minL) {
            temp = 0xFFFFFFF;
        }
        info.minLength = temp;
        if (maxV & aValid) {
            temp = aMax * cmax;
            info.maxLength = maxL + temp;
            info.maxValid = info.maxLength >= maxL;
        } else {
            info.maxValid = false;
        }
        if (aDet && cmin == cmax) {
            info.deterministic = detm;
        } else {
            info.deterministic = false;
        }
    }

    /** Repetition of a group whose body has a fixed length. */
    static final class GroupCurly extends Node {
        final Node atom;
        final int cmin;
        final int cmax;
        final boolean lazy;
        final int localIndex;
        final int groupIndex;
        final boolean capture;

        GroupCurly(Node atom, int cmin, int cmax, boolean lazy, int localIndex, int groupIndex, boolean capture) {
            this.atom = atom;
            this.cmin = cmin;
            this.cmax = cmax;
            this.lazy = lazy;
            this.localIndex = localIndex;
            this.groupIndex = groupIndex;
            this.capture = capture;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int[] groups = m.groups;
            int[] locals = m.locals;
            int save0 = locals[localIndex];
            int save1 = 0;
            int save2 = 0;
            if (capture) {
                save1 = groups[groupIndex];
                save2 = groups[groupIndex + 1];
            }
            locals[localIndex] = -1;
            boolean ret = true;
            for (int j = 0; j < cmin; j++) {
                if (atom.match(m, i, seq)) {
                    if (capture) {
                        groups[groupIndex] = i;
                        groups[groupIndex + 1] = m.last;
                    }
                    i = m.last;
                } else {
                    ret = false;
                    break;
                }
            }
            if (ret) {
                ret = lazy ? match1(m, i, cmin, seq) : match0(m, i, cmin, seq);
            }
            if (!ret) {
                locals[localIndex] = save0;
                if (capture) {
                    groups[groupIndex] = save1;
                    groups[groupIndex + 1] = save2;
                }
            }
            return ret;
        }

        boolean match0(Matcher m, int i, int j, CharSequence seq) {
            int min = j;
            int[] groups = m.groups;
            int save0 = 0;
            int save1 = 0;
            if (capture) {
                save0 = groups[groupIndex];
                save1 = groups[groupIndex + 1];
            }
            for (;;) {
                if (j >= cmax) {
                    break;
                }
                if (!atom.match(m, i, seq)) {
                    break;
                }
                int k = m.last - i;
                if (k <= 0) {
                    if (capture) {
                        groups[groupIndex] = i;
                        groups[groupIndex + 1] = i + k;
                    }
                    i = i + k;
                    break;
                }
                for (;;) {
                    if (capture) {
                        groups[groupIndex] = i;
                        groups[groupIndex + 1] = i + k;
                    }
                    i = i + k;
                    if (++j >= cmax) {
                        break;
                    }
                    if (!atom.match(m, i, seq)) {
                        break;
                    }
                    if (i + k != m.last) {
                        if (match0(m, i, j, seq)) {
                            return true;
                        }
                        break;
                    }
                }
                while (j > min) {
                    if (next.match(m, i, seq)) {
                        return true;
                    }
                    i = i - k;
                    if (capture) {
                        groups[groupIndex + 1] = i;
                        groups[groupIndex] = i - k;
                    }
                    j--;
                }
                break;
            }
            if (capture) {
                groups[groupIndex] = save0;
                groups[groupIndex + 1] = save1;
            }
            return next.match(m, i, seq);
        }

        boolean match1(Matcher m, int i, int j, CharSequence seq) {
            for (;;) {
                if (next.match(m, i, seq)) {
                    return true;
                }
                if (j >= cmax) {
                    return false;
                }
                if (!atom.match(m, i, seq)) {
                    return false;
                }
                if (i == m.last) {
                    return false;
                }
                if (capture) {
                    m.groups[groupIndex] = i;
                    m.groups[groupIndex + 1] = m.last;
                }
                i = m.last;
                j++;
            }
        }

        @Override
        boolean study(TreeInfo info) {
            int minL = info.minLength;
            int maxL = info.maxLength;
            boolean maxV = info.maxValid;
            boolean detm = info.deterministic;
            info.reset();
            atom.study(info);
            repeatStudy(info, info.minLength, info.maxLength, info.maxValid, info.deterministic,
                    cmin, cmax, minL, maxL, maxV, detm);
            return next.study(info);
        }
    }

    /** Entry of a group loop: initialises the iteration count. */
    static final class Prolog extends Node {
        final Loop loop;
        final TreeInfo body;

        Prolog(Loop loop, TreeInfo body) {
            this.loop = loop;
            this.body = body;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            return loop.matchInit(m, i, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            if (body == null) {
                return loop.study(info);
            }
            // deterministic body: studied like a counted repetition
            int minL = info.minLength;
            int maxL = info.maxLength;
            boolean maxV = info.maxValid;
            boolean detm = info.deterministic;
            repeatStudy(info, body.minLength, body.maxLength, body.maxValid, body.deterministic,
                    loop.cmin, loop.cmax, minL, maxL, maxV, detm);
            return loop.next.study(info);
        }
    }

    /** Reached after each iteration of a quantified group (the group tail links here). */
    static final class Loop extends Node {
        Node body;
        final int cmin;
        final int cmax;
        final int beginIndex;
        final int countIndex;
        final boolean lazy;
        int posIndex = -1;

        Loop(int cmin, int cmax, int beginIndex, int countIndex, boolean lazy) {
            this.cmin = cmin;
            this.cmax = cmax;
            this.beginIndex = beginIndex;
            this.countIndex = countIndex;
            this.lazy = lazy;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int[] locals = m.locals;
            if (i > locals[beginIndex]) {
                int count = locals[countIndex];
                if (count < cmin) {
                    locals[countIndex] = count + 1;
                    boolean b = body.match(m, i, seq);
                    if (!b) {
                        m.locals[countIndex] = count;
                    }
                    return b;
                }
                if (lazy) {
                    if (next.match(m, i, seq)) {
                        return true;
                    }
                    if (count < cmax) {
                        m.locals[countIndex] = count + 1;
                        boolean b = body.match(m, i, seq);
                        if (!b) {
                            m.locals[countIndex] = count;
                        }
                        return b;
                    }
                    return false;
                }
                if (count < cmax) {
                    if (posIndex >= 0 && m.memoHas(posIndex, i)) {
                        return next.match(m, i, seq);
                    }
                    locals[countIndex] = count + 1;
                    if (body.match(m, i, seq)) {
                        return true;
                    }
                    m.locals[countIndex] = count;
                    if (posIndex >= 0) {
                        m.memoAdd(posIndex, i);
                    }
                }
            }
            return next.match(m, i, seq);
        }

        boolean matchInit(Matcher m, int i, CharSequence seq) {
            int save = m.locals[countIndex];
            boolean ret;
            if (lazy) {
                if (0 < cmin) {
                    m.locals[countIndex] = 1;
                    ret = body.match(m, i, seq);
                } else if (next.match(m, i, seq)) {
                    ret = true;
                } else if (0 < cmax) {
                    m.locals[countIndex] = 1;
                    ret = body.match(m, i, seq);
                } else {
                    ret = false;
                }
            } else if (0 < cmin) {
                m.locals[countIndex] = 1;
                ret = body.match(m, i, seq);
            } else if (0 < cmax) {
                m.locals[countIndex] = 1;
                ret = body.match(m, i, seq);
                if (!ret) {
                    ret = next.match(m, i, seq);
                }
            } else {
                ret = next.match(m, i, seq);
            }
            m.locals[countIndex] = save;
            return ret;
        }

        @Override
        boolean study(TreeInfo info) {
            info.maxValid = false;
            info.deterministic = false;
            return false;
        }
    }

    static final class BackRef extends Node {
        final int groupIndex;
        final boolean ci;
        final boolean unicode;

        BackRef(int groupCount, boolean ci, boolean unicode) {
            this.groupIndex = groupCount + groupCount;
            this.ci = ci;
            this.unicode = unicode;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            if (groupIndex + 1 >= m.groups.length) {
                return false;
            }
            int j = m.groups[groupIndex];
            int k = m.groups[groupIndex + 1];
            int groupSize = k - j;
            if (j < 0) {
                return false;
            }
            if (i + groupSize > m.to) {
                m.hitEnd = true;
                return false;
            }
            if (!ci) {
                for (int index = 0; index < groupSize; index++) {
                    if (seq.charAt(i + index) != seq.charAt(j + index)) {
                        return false;
                    }
                }
                return next.match(m, i + groupSize, seq);
            }
            int x = i;
            for (int index = 0; index < groupSize; index++) {
                int c1 = Character.codePointAt(seq, x);
                int c2 = Character.codePointAt(seq, j);
                if (c1 != c2) {
                    if (unicode) {
                        int cc1 = Character.toUpperCase(c1);
                        int cc2 = Character.toUpperCase(c2);
                        if (cc1 != cc2 && Character.toLowerCase(cc1) != Character.toLowerCase(cc2)) {
                            return false;
                        }
                    } else if (asciiToLower(c1) != asciiToLower(c2)) {
                        return false;
                    }
                }
                x += Character.charCount(c1);
                j += Character.charCount(c2);
            }
            return next.match(m, i + groupSize, seq);
        }

        @Override
        boolean study(TreeInfo info) {
            info.maxValid = false;
            return next.study(info);
        }
    }

    static final class Pos extends Node {
        final Node cond;

        Pos(Node cond) {
            this.cond = cond;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int savedTo = m.to;
            boolean conditionMatched;
            if (m.transparentBounds) {
                m.to = m.getTextLength();
            }
            try {
                conditionMatched = cond.match(m, i, seq);
            } finally {
                m.to = savedTo;
            }
            return conditionMatched && next.match(m, i, seq);
        }
    }

    static final class Neg extends Node {
        final Node cond;

        Neg(Node cond) {
            this.cond = cond;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int savedTo = m.to;
            boolean conditionMatched;
            if (m.transparentBounds) {
                m.to = m.getTextLength();
            }
            try {
                if (i < m.to) {
                    conditionMatched = !cond.match(m, i, seq);
                } else {
                    m.requireEnd = true;
                    conditionMatched = !cond.match(m, i, seq);
                }
            } finally {
                m.to = savedTo;
            }
            return conditionMatched && next.match(m, i, seq);
        }
    }

    static final class LookBehindEnd extends Node {
        static final LookBehindEnd INSTANCE = new LookBehindEnd();

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            return i == m.lookbehindTo;
        }

        @Override
        boolean study(TreeInfo info) {
            return info.deterministic;
        }
    }

    static final class Behind extends Node {
        final Node cond;
        final int rmax;
        final int rmin;
        final boolean negative;

        Behind(Node cond, int rmax, int rmin, boolean negative) {
            this.cond = cond;
            this.rmax = rmax;
            this.rmin = rmin;
            this.negative = negative;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence seq) {
            int savedFrom = m.from;
            boolean conditionMatched = false;
            int startIndex = (!m.transparentBounds) ? m.from : 0;
            int from = Math.max(i - rmax, startIndex);
            int savedLBT = m.lookbehindTo;
            m.lookbehindTo = i;
            if (m.transparentBounds) {
                m.from = 0;
            }
            try {
                for (int j = i - rmin; !conditionMatched && j >= from; j--) {
                    conditionMatched = cond.match(m, j, seq);
                }
            } finally {
                m.from = savedFrom;
                m.lookbehindTo = savedLBT;
            }
            if (negative) {
                return !conditionMatched && next.match(m, i, seq);
            }
            return conditionMatched && next.match(m, i, seq);
        }
    }
}
