package java.lang;

import java.util.ArrayList;

/**
 * A small backtracking regular-expression engine for String.matches/split/replaceAll/
 * replaceFirst until java.util.regex exists. Supports literals, escapes (tab, newline, return, form feed, alert, escape, octal,
 * hex and unicode, escaped punctuation, \Q...\E), . ^ $ \b \B, \d \D \s \S \w \W, character classes
 * with ranges and negation, groups (capturing and (?:...)), alternation and the greedy and lazy
 * quantifiers ? * + {n} {n,} {n,m}. Anything else (lookaround, back references, flags,
 * possessive quantifiers, \p{...}, class intersection) throws UnsupportedOperationException.
 */
final class StringRegex {
    // Instruction opcodes.
    private static final int CHAR = 0;
    private static final int ANY = 1;
    private static final int CLASS = 2;
    private static final int SPLIT = 3;
    private static final int JMP = 4;
    private static final int SAVE = 5;
    private static final int MATCH = 6;
    private static final int BOL = 7;
    private static final int EOL = 8;
    private static final int WORDB = 9;
    private static final int NWORDB = 10;

    private int[] op = new int[16];
    private int[] a1 = new int[16];
    private int[] a2 = new int[16];
    private final ArrayList<CharClass> classes = new ArrayList<>();
    private int size;
    private int groupCount;

    // Parser state.
    private final String pattern;
    private int pos;

    /** The last compiled pattern: split/replace loops often reuse one. */
    private static StringRegex cached;

    private StringRegex(String pattern) {
        this.pattern = pattern;
    }

    static StringRegex compile(String regex) {
        StringRegex c = cached;
        if (c != null && c.pattern.equals(regex)) {
            return c;
        }
        StringRegex r = new StringRegex(regex);
        Node root = r.parseAlternation();
        if (r.pos < regex.length()) {
            throw r.syntax("Unmatched closing ')'");
        }
        r.emit(root);
        r.add(MATCH, 0, 0);
        cached = r;
        return r;
    }

    // ---- AST ----

    private static final class Node {
        static final int LITERAL = 0;
        static final int DOT = 1;
        static final int SET = 2;
        static final int CONCAT = 3;
        static final int ALT = 4;
        static final int GROUP = 5;
        static final int REPEAT = 6;
        static final int ASSERT = 7;

        final int kind;
        int value;
        CharClass set;
        ArrayList<Node> children = new ArrayList<>();
        int min;
        int max;
        boolean greedy;

        Node(int kind) {
            this.kind = kind;
        }
    }

    /** A set of chars: ranges plus the \d \s \w shorthands, possibly negated. */
    private static final class CharClass {
        final ArrayList<int[]> ranges = new ArrayList<>();
        boolean negated;

        boolean matches(char c) {
            boolean in = false;
            for (int[] r : ranges) {
                if (r[0] >= 0 ? (c >= r[0] && c <= r[1]) : shorthand(-r[0], c)) {
                    in = true;
                    break;
                }
            }
            return in != negated;
        }

        static boolean shorthand(int kind, char c) {
            switch (kind) {
                case 'd':
                    return c >= '0' && c <= '9';
                case 'D':
                    return !(c >= '0' && c <= '9');
                case 's':
                    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
                case 'S':
                    return !shorthand('s', c);
                case 'w':
                    return isWord(c);
                default:
                    return !isWord(c);
            }
        }
    }

    static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    // ---- parser ----

    private IllegalArgumentException syntax(String what) {
        return new IllegalArgumentException(what + " near index " + pos + "\n" + pattern);
    }

    private UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException(
                "regular expression feature not supported yet: \"" + pattern + "\" at index " + pos);
    }

    private boolean more() {
        return pos < pattern.length();
    }

    private char peek() {
        return pattern.charAt(pos);
    }

    private Node parseAlternation() {
        Node first = parseConcat();
        if (!more() || peek() != '|') {
            return first;
        }
        Node alt = new Node(Node.ALT);
        alt.children.add(first);
        while (more() && peek() == '|') {
            pos++;
            alt.children.add(parseConcat());
        }
        return alt;
    }

    private Node parseConcat() {
        Node seq = new Node(Node.CONCAT);
        while (more() && peek() != '|' && peek() != ')') {
            if (pattern.startsWith("\\Q", pos)) {
                int end = pattern.indexOf("\\E", pos + 2);
                String quoted = pattern.substring(pos + 2, end < 0 ? pattern.length() : end);
                for (int i = 0; i < quoted.length(); i++) {
                    seq.children.add(literal(quoted.charAt(i)));
                }
                pos = end < 0 ? pattern.length() : end + 2;
                continue;
            }
            Node atom = parseAtom();
            seq.children.add(parseQuantifier(atom));
        }
        return seq;
    }

    private static Node literal(int c) {
        Node n = new Node(Node.LITERAL);
        n.value = c;
        return n;
    }

    private Node parseQuantifier(Node atom) {
        while (more()) {
            char c = peek();
            int min;
            int max;
            if (c == '*') {
                min = 0;
                max = -1;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = -1;
                pos++;
            } else if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '{') {
                pos++;
                min = parseNumber();
                max = min;
                if (more() && peek() == ',') {
                    pos++;
                    max = (more() && peek() == '}') ? -1 : parseNumber();
                }
                if (!more() || peek() != '}') {
                    throw syntax("Unclosed counted closure");
                }
                pos++;
                if (max != -1 && max < min) {
                    throw syntax("Illegal repetition range");
                }
            } else {
                return atom;
            }
            if (atom.kind == Node.ASSERT) {
                throw syntax("Dangling meta character '" + c + "'");
            }
            Node rep = new Node(Node.REPEAT);
            rep.children.add(atom);
            rep.min = min;
            rep.max = max;
            rep.greedy = true;
            if (more() && peek() == '?') {
                rep.greedy = false;
                pos++;
            } else if (more() && peek() == '+') {
                throw unsupported();
            }
            atom = rep;
        }
        return atom;
    }

    private int parseNumber() {
        int start = pos;
        int n = 0;
        while (more() && peek() >= '0' && peek() <= '9') {
            n = n * 10 + (peek() - '0');
            pos++;
        }
        if (pos == start) {
            throw syntax("Illegal repetition");
        }
        return n;
    }

    private Node parseAtom() {
        char c = pattern.charAt(pos++);
        switch (c) {
            case '(': {
                Node g = new Node(Node.GROUP);
                if (more() && peek() == '?') {
                    if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == ':') {
                        pos += 2;
                        g.value = -1;
                    } else {
                        throw unsupported();
                    }
                } else {
                    g.value = ++groupCount;
                }
                g.children.add(parseAlternation());
                if (!more() || peek() != ')') {
                    throw syntax("Unclosed group");
                }
                pos++;
                return g;
            }
            case '[':
                return parseClass();
            case '.':
                return new Node(Node.DOT);
            case '^': {
                Node n = new Node(Node.ASSERT);
                n.value = BOL;
                return n;
            }
            case '$': {
                Node n = new Node(Node.ASSERT);
                n.value = EOL;
                return n;
            }
            case '*':
            case '+':
            case '?':
            case '{':
                pos--;
                throw syntax("Dangling meta character '" + c + "'");
            case '\\':
                return parseEscape(false);
            default:
                return literal(c);
        }
    }

    /** Parses the escape after a backslash; inside a class only char and shorthand escapes. */
    private Node parseEscape(boolean inClass) {
        if (!more()) {
            throw syntax("Unexpected internal error");
        }
        char c = pattern.charAt(pos++);
        switch (c) {
            case 't':
                return literal('\t');
            case 'n':
                return literal('\n');
            case 'r':
                return literal('\r');
            case 'f':
                return literal('\f');
            case 'a':
                return literal('\u0007');
            case 'e':
                return literal('\u001B');
            case '0': {
                int v = 0;
                int digits = 0;
                while (more() && digits < 3 && peek() >= '0' && peek() <= '7' && v * 8 + (peek() - '0') <= 0377) {
                    v = v * 8 + (pattern.charAt(pos++) - '0');
                    digits++;
                }
                if (digits == 0) {
                    throw syntax("Illegal octal escape sequence");
                }
                return literal(v);
            }
            case 'x':
                return literal(parseHex(2));
            case 'u':
                return literal(parseHex(4));
            case 'd':
            case 'D':
            case 's':
            case 'S':
            case 'w':
            case 'W': {
                Node n = new Node(Node.SET);
                n.set = new CharClass();
                n.set.ranges.add(new int[] {-c, 0});
                return n;
            }
            case 'b':
            case 'B': {
                if (inClass) {
                    throw unsupported();
                }
                Node n = new Node(Node.ASSERT);
                n.value = c == 'b' ? WORDB : NWORDB;
                return n;
            }
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '1' && c <= '9')) {
                    throw unsupported();
                }
                return literal(c);
        }
    }

    private int parseHex(int digits) {
        int v = 0;
        for (int i = 0; i < digits; i++) {
            int d = more() ? Character.digit(peek(), 16) : -1;
            if (d < 0) {
                throw syntax("Illegal hexadecimal escape sequence");
            }
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    private Node parseClass() {
        CharClass cc = new CharClass();
        if (more() && peek() == '^') {
            cc.negated = true;
            pos++;
        }
        boolean first = true;
        while (true) {
            if (!more()) {
                throw syntax("Unclosed character class");
            }
            char c = peek();
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[' || pattern.startsWith("&&", pos)) {
                throw unsupported();
            }
            int lo;
            pos++;
            if (c == '\\') {
                Node e = parseEscape(true);
                if (e.kind == Node.SET) {
                    cc.ranges.addAll(e.set.ranges);
                    continue;
                }
                lo = e.value;
            } else {
                lo = c;
            }
            int hi = lo;
            if (pos + 1 < pattern.length() && peek() == '-' && pattern.charAt(pos + 1) != ']') {
                pos++;
                char h = pattern.charAt(pos++);
                if (h == '\\') {
                    Node e = parseEscape(true);
                    if (e.kind != Node.LITERAL) {
                        throw syntax("Illegal character range");
                    }
                    hi = e.value;
                } else if (h == '[') {
                    throw unsupported();
                } else {
                    hi = h;
                }
                if (hi < lo) {
                    throw syntax("Illegal character range");
                }
            }
            cc.ranges.add(new int[] {lo, hi});
        }
        Node n = new Node(Node.SET);
        n.set = cc;
        return n;
    }

    // ---- code generation ----

    private int add(int o, int x, int y) {
        if (size == op.length) {
            int n = size * 2;
            int[] no = new int[n];
            int[] n1 = new int[n];
            int[] n2 = new int[n];
            System.arraycopy(op, 0, no, 0, size);
            System.arraycopy(a1, 0, n1, 0, size);
            System.arraycopy(a2, 0, n2, 0, size);
            op = no;
            a1 = n1;
            a2 = n2;
        }
        op[size] = o;
        a1[size] = x;
        a2[size] = y;
        return size++;
    }

    private void emit(Node n) {
        switch (n.kind) {
            case Node.LITERAL:
                add(CHAR, n.value, 0);
                break;
            case Node.DOT:
                add(ANY, 0, 0);
                break;
            case Node.SET:
                classes.add(n.set);
                add(CLASS, classes.size() - 1, 0);
                break;
            case Node.ASSERT:
                add(n.value, 0, 0);
                break;
            case Node.CONCAT:
                for (Node c : n.children) {
                    emit(c);
                }
                break;
            case Node.GROUP:
                if (n.value > 0) {
                    add(SAVE, 2 * n.value, 0);
                }
                emit(n.children.get(0));
                if (n.value > 0) {
                    add(SAVE, 2 * n.value + 1, 0);
                }
                break;
            case Node.ALT: {
                int count = n.children.size();
                int[] jumps = new int[count - 1];
                for (int i = 0; i < count - 1; i++) {
                    int split = add(SPLIT, size + 1, 0);
                    emit(n.children.get(i));
                    jumps[i] = add(JMP, 0, 0);
                    a2[split] = size;
                }
                emit(n.children.get(count - 1));
                for (int j : jumps) {
                    a1[j] = size;
                }
                break;
            }
            default: { // REPEAT: unrolled; each copy is emitted afresh
                Node body = n.children.get(0);
                for (int i = 0; i < n.min; i++) {
                    emit(body);
                }
                if (n.max == -1) {
                    int split = add(SPLIT, 0, 0);
                    emit(body);
                    add(JMP, split, 0);
                    setSplit(split, split + 1, size, n.greedy);
                } else {
                    int optional = n.max - n.min;
                    int[] splits = new int[optional];
                    for (int i = 0; i < optional; i++) {
                        splits[i] = add(SPLIT, 0, 0);
                        emit(body);
                    }
                    for (int s : splits) {
                        setSplit(s, s + 1, size, n.greedy);
                    }
                }
            }
        }
    }

    private void setSplit(int at, int body, int exit, boolean greedy) {
        a1[at] = greedy ? body : exit;
        a2[at] = greedy ? exit : body;
    }

    // ---- matching ----

    /** Per-search state. */
    private static final class Run {
        final String s;
        final int end;
        final boolean anchoredEnd;
        final int[] caps;
        int matchEnd;

        Run(String s, boolean anchoredEnd, int groups) {
            this.s = s;
            this.end = s.length();
            this.anchoredEnd = anchoredEnd;
            this.caps = new int[2 * (groups + 1)];
        }
    }

    private boolean run(Run r, int pc, int sp) {
        String s = r.s;
        while (true) {
            switch (op[pc]) {
                case CHAR:
                    if (sp < r.end && s.charAt(sp) == a1[pc]) {
                        pc++;
                        sp++;
                        continue;
                    }
                    return false;
                case ANY:
                    if (sp < r.end && !isLineTerminator(s.charAt(sp))) {
                        pc++;
                        sp++;
                        continue;
                    }
                    return false;
                case CLASS:
                    if (sp < r.end && classes.get(a1[pc]).matches(s.charAt(sp))) {
                        pc++;
                        sp++;
                        continue;
                    }
                    return false;
                case SPLIT:
                    if (run(r, a1[pc], sp)) {
                        return true;
                    }
                    pc = a2[pc];
                    continue;
                case JMP:
                    pc = a1[pc];
                    continue;
                case SAVE: {
                    int slot = a1[pc];
                    int old = r.caps[slot];
                    r.caps[slot] = sp;
                    if (run(r, pc + 1, sp)) {
                        return true;
                    }
                    r.caps[slot] = old;
                    return false;
                }
                case BOL:
                    if (sp != 0) {
                        return false;
                    }
                    pc++;
                    continue;
                case EOL:
                    if (!(sp == r.end || (sp == r.end - 1 && isLineTerminator(s.charAt(sp)))
                            || (sp == r.end - 2 && s.charAt(sp) == '\r' && s.charAt(sp + 1) == '\n'))) {
                        return false;
                    }
                    pc++;
                    continue;
                case WORDB:
                case NWORDB: {
                    boolean before = sp > 0 && isWord(s.charAt(sp - 1));
                    boolean after = sp < r.end && isWord(s.charAt(sp));
                    if ((before != after) != (op[pc] == WORDB)) {
                        return false;
                    }
                    pc++;
                    continue;
                }
                default: // MATCH
                    if (r.anchoredEnd && sp != r.end) {
                        return false;
                    }
                    r.matchEnd = sp;
                    return true;
            }
        }
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Finds the first match starting at or after from; fills r.caps[0..1]. */
    private boolean find(Run r, int from) {
        for (int start = from; start <= r.end; start++) {
            for (int i = 2; i < r.caps.length; i++) {
                r.caps[i] = -1;
            }
            if (run(r, 0, start)) {
                r.caps[0] = start;
                r.caps[1] = r.matchEnd;
                return true;
            }
        }
        return false;
    }

    boolean matches(String s) {
        Run r = new Run(s, true, groupCount);
        for (int i = 2; i < r.caps.length; i++) {
            r.caps[i] = -1;
        }
        return run(r, 0, 0);
    }

    String[] split(String s, int limit) {
        Run r = new Run(s, false, groupCount);
        ArrayList<String> list = new ArrayList<>();
        int index = 0;
        int from = 0;
        boolean matched = false;
        while (from <= s.length() && find(r, from)) {
            int mStart = r.caps[0];
            int mEnd = r.caps[1];
            from = mEnd == mStart ? mEnd + 1 : mEnd;
            if (limit > 0 && list.size() >= limit - 1) {
                break;
            }
            if (index == 0 && mStart == 0 && mEnd == 0) {
                continue; // no leading empty string for a zero-width match at the start
            }
            matched = true;
            list.add(s.substring(index, mStart));
            index = mEnd;
        }
        if (!matched) {
            return new String[] {s};
        }
        list.add(s.substring(index));
        int resultSize = list.size();
        if (limit == 0) {
            while (resultSize > 0 && list.get(resultSize - 1).isEmpty()) {
                resultSize--;
            }
        }
        String[] result = new String[resultSize];
        for (int i = 0; i < resultSize; i++) {
            result[i] = list.get(i);
        }
        return result;
    }

    String replace(String s, String replacement, boolean all) {
        Run r = new Run(s, false, groupCount);
        int from = 0;
        int last = 0;
        StringBuilder sb = null;
        while (from <= s.length() && find(r, from)) {
            if (sb == null) {
                sb = new StringBuilder(s.length() + 16);
            }
            sb.append(s, last, r.caps[0]);
            appendReplacement(sb, r, replacement);
            last = r.caps[1];
            from = r.caps[1] == r.caps[0] ? r.caps[1] + 1 : r.caps[1];
            if (!all) {
                break;
            }
        }
        if (sb == null) {
            return s;
        }
        return sb.append(s, last, s.length()).toString();
    }

    /** Appends replacement with $n group references and backslash escapes, as Matcher does. */
    private void appendReplacement(StringBuilder sb, Run r, String rep) {
        int i = 0;
        while (i < rep.length()) {
            char c = rep.charAt(i);
            if (c == '\\') {
                i++;
                if (i == rep.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                sb.append(rep.charAt(i++));
            } else if (c == '$') {
                i++;
                if (i == rep.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                if (rep.charAt(i) == '{') {
                    throw new UnsupportedOperationException("named groups not supported yet");
                }
                int g = rep.charAt(i) - '0';
                if (g < 0 || g > 9) {
                    throw new IllegalArgumentException("Illegal group reference");
                }
                i++;
                // Take more digits while they still name an existing group.
                while (i < rep.length()) {
                    int d = rep.charAt(i) - '0';
                    if (d < 0 || d > 9 || g * 10 + d > groupCount) {
                        break;
                    }
                    g = g * 10 + d;
                    i++;
                }
                if (g > groupCount) {
                    throw new IndexOutOfBoundsException("No group " + g);
                }
                int gs = r.caps[2 * g];
                int ge = r.caps[2 * g + 1];
                if (gs >= 0 && ge >= 0) {
                    sb.append(r.s, gs, ge);
                }
            } else {
                sb.append(c);
                i++;
            }
        }
    }
}
