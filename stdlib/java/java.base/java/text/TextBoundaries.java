package java.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The BreakIterator behind BreakIterator's factories. setText computes every boundary of the
 * text at once (offsets relative to the iterator's begin index); navigation walks that array.
 *
 * The rules are those of the JDK's default iterators, which predate UAX #29/#14:
 * - CHARACTER: a base character with its combining marks (Mn, Me, Mc), CR LF, a surrogate pair,
 *   a Hangul jamo syllable.
 * - WORD: words of letters and digits (one hyphen, underscore, period or quote may join two
 *   letters; a period, comma or quote two digits; a currency sign, '#' or '.' may lead a number
 *   and a percent sign end it), runs of blanks ending in at most one line end, runs of kanji,
 *   katakana or hiragana; anything else is one character. Format characters and non-spacing
 *   marks belong to the character before them.
 * - LINE: a break after blanks, hard line ends, dashes (except a leading minus sign before a
 *   digit), and closing punctuation followed by a word; before opening punctuation that follows
 *   a word; around ideographs and kana; between a decimal number and a word. No break at
 *   no-break spaces.
 * - SENTENCE: after '!' or '?' (with closing punctuation and blanks); after a period with its
 *   closing punctuation and blanks unless a lower-case letter, a digit, a dash or an operator
 *   follows; without blanks, before opening punctuation, ';', a currency sign, a dash, or a
 *   letter after closing punctuation; after a paragraph separator.
 */
final class TextBoundaries extends BreakIterator {
    static final int CHARACTER = 0;
    static final int WORD = 1;
    static final int LINE = 2;
    static final int SENTENCE = 3;

    private final int kind;
    private CharacterIterator text;
    private int[] bounds;
    private int count;
    private int pos; // index into bounds of the current boundary

    TextBoundaries(int kind, Locale locale) {
        this.kind = kind;
        setText(new StringCharacterIterator(""));
    }

    @Override
    public Object clone() {
        TextBoundaries copy = (TextBoundaries) super.clone();
        copy.text = (CharacterIterator) text.clone();
        copy.bounds = bounds.clone();
        return copy;
    }

    @Override
    public int first() {
        pos = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        pos = count - 1;
        return bounds[pos];
    }

    @Override
    public int next(int n) {
        int result = current();
        while (n > 0) {
            result = next();
            n--;
        }
        while (n < 0) {
            result = previous();
            n++;
        }
        return result;
    }

    @Override
    public int next() {
        if (pos >= count - 1) {
            pos = count - 1;
            return DONE;
        }
        pos++;
        return bounds[pos];
    }

    @Override
    public int previous() {
        if (pos <= 0) {
            pos = 0;
            return DONE;
        }
        pos--;
        return bounds[pos];
    }

    private void checkOffset(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset out of bounds");
        }
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        for (int i = 0; i < count; i++) {
            if (bounds[i] > offset) {
                pos = i;
                return bounds[i];
            }
        }
        pos = count - 1;
        return DONE;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        for (int i = count - 1; i >= 0; i--) {
            if (bounds[i] < offset) {
                pos = i;
                return bounds[i];
            }
        }
        pos = 0;
        return DONE;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        for (int i = 0; i < count; i++) {
            if (bounds[i] >= offset) {
                pos = i;
                return bounds[i] == offset;
            }
        }
        return false;
    }

    @Override
    public int current() {
        return bounds[pos];
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public void setText(CharacterIterator newText) {
        if (newText == null) {
            throw new NullPointerException();
        }
        text = newText;
        int begin = newText.getBeginIndex();
        int end = newText.getEndIndex();
        CharacterIterator reader = (CharacterIterator) newText.clone();
        char[] chars = new char[end - begin];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = reader.setIndex(begin + i);
        }
        newText.first();
        Scan scan = new Scan(chars);
        switch (kind) {
            case CHARACTER -> scan.characters();
            case WORD -> scan.words();
            case LINE -> scan.lines();
            default -> scan.sentences();
        }
        bounds = new int[scan.count];
        for (int k = 0; k < scan.count; k++) {
            bounds[k] = scan.out[k] + begin;
        }
        count = scan.count;
        pos = 0;
    }

    /** The boundary rules over one text. */
    private static final class Scan {
        private final char[] t;
        private final int n;
        int[] out = new int[8];
        int count;

        Scan(char[] t) {
            this.t = t;
            this.n = t.length;
            add(0);
        }

        private void add(int b) {
            if (count > 0 && out[count - 1] == b) {
                return;
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = b;
        }

        private int cp(int i) {
            char c = t[i];
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t[i + 1])) {
                return Character.toCodePoint(c, t[i + 1]);
            }
            return c;
        }

        private int after(int i) {
            return i + Character.charCount(cp(i));
        }

        // ---- character boundaries ----

        private static boolean isMark(int c) {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }

        private static boolean isJamoL(int c) {
            return (c >= 0x1100 && c <= 0x115F) || (c >= 0xA960 && c <= 0xA97C);
        }

        private static boolean isJamoV(int c) {
            return (c >= 0x1160 && c <= 0x11A7) || (c >= 0xD7B0 && c <= 0xD7C6);
        }

        private static boolean isJamoT(int c) {
            return (c >= 0x11A8 && c <= 0x11FF) || (c >= 0xD7CB && c <= 0xD7FB);
        }

        private static boolean isSyllable(int c) {
            return c >= 0xAC00 && c <= 0xD7A3;
        }

        private int clusterEnd(int i) {
            int c = cp(i);
            int j = i + Character.charCount(c);
            if (c == '\r') {
                return j < n && t[j] == '\n' ? j + 1 : j;
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029') {
                return j;
            }
            if (isJamoL(c) || isJamoV(c) || isJamoT(c)) {
                int state = isJamoL(c) ? 0 : isJamoV(c) ? 1 : 2;
                while (j < n) {
                    int d = t[j];
                    boolean lv = isSyllable(d) && (d - 0xAC00) % 28 == 0;
                    boolean lvt = isSyllable(d) && !lv;
                    if (state == 0 && isJamoL(d)) {
                        state = 0;
                    } else if (state == 0 && (isJamoV(d) || lv)) {
                        state = 1;
                    } else if (state == 0 && lvt) {
                        state = 2;
                    } else if (state == 1 && isJamoV(d)) {
                        state = 1;
                    } else if (state <= 2 && state >= 1 && isJamoT(d)) {
                        state = 2;
                    } else {
                        break;
                    }
                    j++;
                }
            } else if (isSyllable(c)) {
                int state = (c - 0xAC00) % 28 == 0 ? 1 : 2;
                while (j < n && ((state == 1 && isJamoV(t[j])) || isJamoT(t[j]))) {
                    if (isJamoT(t[j])) {
                        state = 2;
                    }
                    j++;
                }
            }
            while (j < n && isMark(cp(j))) {
                j = after(j);
            }
            return j;
        }

        void characters() {
            int i = 0;
            while (i < n) {
                i = clusterEnd(i);
                add(i);
            }
        }

        // ---- units: a code point with the ignorable characters after it ----

        private int[] ustart;
        private int[] ucp;
        private int units;

        private static boolean isIgnorable(int c, boolean softHyphenCounts) {
            if (c == 0x00AD && softHyphenCounts) {
                return false;
            }
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT;
        }

        private void makeUnits(boolean softHyphenCounts) {
            ustart = new int[n + 1];
            ucp = new int[n + 1];
            units = 0;
            int i = 0;
            while (i < n) {
                int c = cp(i);
                ustart[units] = i;
                ucp[units] = c;
                units++;
                i += Character.charCount(c);
                if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\f') {
                    continue;
                }
                while (i < n && isIgnorable(cp(i), softHyphenCounts)) {
                    i = after(i);
                }
            }
            ustart[units] = n;
        }

        // ---- word boundaries ----

        private static final int W_OTHER = 0;
        private static final int W_LETTER = 1;
        private static final int W_DIGIT = 2;
        private static final int W_KANJI = 3;
        private static final int W_KATA = 4;
        private static final int W_HIRA = 5;
        private static final int W_SPACE = 6;
        private static final int W_LINE = 7;
        private static final int W_CR = 8;

        private static boolean isKatakana(int c) {
            return (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)
                    || (c >= 0xFF66 && c <= 0xFF9F);
        }

        private static boolean isHiragana(int c) {
            return c >= 0x3041 && c <= 0x309F;
        }

        private static boolean isCjkDiacritic(int c) {
            return c >= 0x3099 && c <= 0x309C;
        }

        private static boolean isDigitClass(int c) {
            int type = Character.getType(c);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }

        private static int wordClass(int c) {
            if (c == '\r') {
                return W_CR;
            }
            if (c == '\n' || c == '\f' || c == '\u2028' || c == '\u2029') {
                return W_LINE;
            }
            if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                return W_SPACE;
            }
            if (isCjkDiacritic(c)) {
                return W_KATA;
            }
            if (isKatakana(c)) {
                return W_KATA;
            }
            if (isHiragana(c)) {
                return W_HIRA;
            }
            if (Character.isIdeographic(c)) {
                return W_KANJI;
            }
            if (Character.isLetter(c) || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                return W_LETTER;
            }
            if (isDigitClass(c)) {
                return W_DIGIT;
            }
            return W_OTHER;
        }

        private static boolean isMidWord(int c) {
            int type = Character.getType(c);
            return type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION || c == '.'
                    || c == '\'' || c == '"';
        }

        private static boolean isMidNumber(int c) {
            return c == '.' || c == ',' || c == '\'' || c == '"' || c == 0x066B || c == 0x066C;
        }

        private static boolean isPreNumber(int c) {
            return Character.getType(c) == Character.CURRENCY_SYMBOL || c == '#' || c == '.';
        }

        private static boolean isPostNumber(int c) {
            return c == '%' || c == 0x2030 || c == 0x2031 || c == 0x066A;
        }

        private int[] wcls;

        private boolean wIs(int k, int cls) {
            return k < units && wcls[k] == cls;
        }

        private int matchLetters(int k) {
            while (wIs(k, W_LETTER)) {
                k++;
            }
            while (k + 1 < units && isMidWord(ucp[k]) && wcls[k + 1] == W_LETTER) {
                k++;
                while (wIs(k, W_LETTER)) {
                    k++;
                }
            }
            return k;
        }

        private int matchDigits(int k) {
            while (wIs(k, W_DIGIT)) {
                k++;
            }
            while (k + 1 < units && isMidNumber(ucp[k]) && wcls[k + 1] == W_DIGIT) {
                k++;
                while (wIs(k, W_DIGIT)) {
                    k++;
                }
            }
            return k;
        }

        /** Alternating numbers and words from k, ending with an optional number and percent sign. */
        private int matchNumbersAndWords(int k) {
            while (wIs(k, W_DIGIT)) {
                int d = matchDigits(k);
                if (wIs(d, W_LETTER)) {
                    k = matchLetters(d);
                } else {
                    k = d;
                    if (k < units && isPostNumber(ucp[k])) {
                        k++;
                    }
                    break;
                }
            }
            return k;
        }

        void words() {
            makeUnits(false);
            wcls = new int[units];
            for (int k = 0; k < units; k++) {
                wcls[k] = wordClass(ucp[k]);
            }
            int k = 0;
            while (k < units) {
                int cls = wcls[k];
                int e;
                switch (cls) {
                    case W_LETTER -> e = matchNumbersAndWords(matchLetters(k));
                    case W_DIGIT -> e = matchNumbersAndWords(k);
                    case W_SPACE, W_CR, W_LINE -> {
                        e = k;
                        while (wIs(e, W_SPACE)) {
                            e++;
                        }
                        if (wIs(e, W_CR)) {
                            e++;
                        }
                        if (wIs(e, W_LINE)) {
                            e++;
                        }
                    }
                    case W_KANJI, W_KATA, W_HIRA -> {
                        e = k + 1;
                        while (e < units && (wcls[e] == cls || isCjkDiacritic(ucp[e]) && cls != W_KANJI)) {
                            e++;
                        }
                    }
                    default -> {
                        e = k + 1;
                        if (isPreNumber(ucp[k]) && wIs(k + 1, W_DIGIT)) {
                            e = matchNumbersAndWords(k + 1);
                        }
                    }
                }
                k = Math.max(e, k + 1);
                add(ustart[k]);
            }
        }

        // ---- line boundaries ----

        private static final int L_ALPHA = 0;
        private static final int L_BREAK = 1; // hard line end
        private static final int L_CR = 2;
        private static final int L_SPACE = 3;
        private static final int L_GLUE = 4; // no-break space and friends
        private static final int L_DASH = 5;
        private static final int L_OPEN = 6;
        private static final int L_CLOSE = 7;
        private static final int L_IDEO = 8;
        private static final int L_QUOTE = 9; // '"': opening at the start of a word, closing after one
        private static final int L_STICKY = 10; // apostrophe and currency signs

        private static int lineClass(int c) {
            switch (c) {
                case '\n', '\f', 0x000B, 0x0085, 0x2028, 0x2029:
                    return L_BREAK;
                case '\r':
                    return L_CR;
                case '\t':
                    return L_SPACE;
                case 0x00A0, 0x2007, 0x202F, 0x2011, 0xFEFF, 0x2060:
                    return L_GLUE;
                case 0x00AD:
                    return L_DASH;
                case '"':
                    return L_QUOTE;
                case '\'':
                    return L_STICKY;
                case '!', '%', '.', ',', ':', ';', '?', 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF01, 0xFF1F, 0xFF1A,
                        0xFF1B, 0x2030, 0x2031:
                    return L_CLOSE;
                case 0x00BF, 0x00A1:
                    return L_OPEN;
                default:
                    break;
            }
            switch (Character.getType(c)) {
                case Character.SPACE_SEPARATOR:
                    return L_SPACE;
                case Character.DASH_PUNCTUATION:
                    return L_DASH;
                case Character.START_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION:
                    return L_OPEN;
                case Character.END_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION:
                    return L_CLOSE;
                case Character.CURRENCY_SYMBOL:
                    return L_STICKY;
                default:
                    break;
            }
            if (Character.isIdeographic(c) || isHiragana(c) || isKatakana(c) || isSyllable(c)) {
                return L_IDEO;
            }
            return L_ALPHA;
        }

        private static boolean startsWord(int cls) {
            return cls == L_SPACE || cls == L_BREAK || cls == L_CR || cls == L_OPEN;
        }

        void lines() {
            makeUnits(true);
            int[] cls = new int[units];
            for (int k = 0; k < units; k++) {
                int c = lineClass(ucp[k]);
                if (c == L_QUOTE) {
                    c = k == 0 || startsWord(cls[k - 1]) ? L_OPEN : L_CLOSE;
                }
                cls[k] = c;
            }
            for (int k = 1; k < units; k++) {
                if (lineBreakBefore(cls, k)) {
                    add(ustart[k]);
                }
            }
            add(n);
        }

        private boolean lineBreakBefore(int[] cls, int k) {
            int x = cls[k - 1];
            int y = cls[k];
            if (x == L_BREAK) {
                return true;
            }
            if (x == L_CR) {
                return ucp[k] != '\n';
            }
            if (y == L_BREAK || y == L_CR || y == L_SPACE) {
                return false;
            }
            if (x == L_SPACE) {
                return true;
            }
            if (x == L_GLUE || y == L_GLUE || y == L_CLOSE) {
                return false;
            }
            if (x == L_CLOSE) {
                if (y == L_STICKY) {
                    return false;
                }
                if ((ucp[k - 1] == '.' || ucp[k - 1] == ',') && isDigitClass(ucp[k]) && k >= 2
                        && isDigitClass(ucp[k - 2])) {
                    return false;
                }
                return true;
            }
            if (x == L_OPEN) {
                return false;
            }
            if (y == L_OPEN) {
                return x != L_DASH;
            }
            if (x == L_DASH) {
                if (y == L_DASH) {
                    return false;
                }
                if (isDigitClass(ucp[k])) {
                    int s = k - 1;
                    while (s > 0 && cls[s - 1] == L_DASH) {
                        s--;
                    }
                    if (s == 0 || startsWord(cls[s - 1])) {
                        return false;
                    }
                }
                return true;
            }
            if (x == L_ALPHA && y == L_ALPHA && isDigitClass(ucp[k - 1]) && !isDigitClass(ucp[k])) {
                // a number with a decimal point or grouping comma ends before a word
                int s = k - 1;
                while (s > 0 && isDigitClass(ucp[s - 1])) {
                    s--;
                }
                return s >= 2 && (ucp[s - 1] == '.' || ucp[s - 1] == ',') && isDigitClass(ucp[s - 2]);
            }
            return x == L_IDEO || y == L_IDEO;
        }

        // ---- sentence boundaries ----

        private static boolean isTerminator(int c) {
            return c == '!' || c == '?' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x0964 || c == 0x0965
                    || c == 0x203C || c == 0x203D;
        }

        private static boolean isPeriod(int c) {
            return c == '.' || c == 0xFF0E;
        }

        private static boolean isCloser(int c) {
            int type = Character.getType(c);
            return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION || c == '"'
                    || c == '\'';
        }

        /** Opening punctuation that may begin a sentence. */
        private static boolean isOpener(int c) {
            int type = Character.getType(c);
            return (type == Character.START_PUNCTUATION && c != '{') || type == Character.INITIAL_QUOTE_PUNCTUATION
                    || c == '"' || c == '\'' || c == 0x00BF || c == 0x00A1;
        }

        private static boolean isSentenceSpace(int c) {
            return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x2028
                    || Character.getType(c) == Character.SPACE_SEPARATOR;
        }

        /** Skips blanks from j; a paragraph separator among them ends the sentence after it. */
        private int skipSpaces(int j, boolean[] paragraph) {
            while (j < n) {
                int c = cp(j);
                if (c == 0x2029) {
                    paragraph[0] = true;
                    return j + 1;
                }
                if (!isSentenceSpace(c)) {
                    break;
                }
                j += Character.charCount(c);
            }
            return j;
        }

        void sentences() {
            boolean[] paragraph = new boolean[1];
            int i = 0;
            while (i < n) {
                int c = cp(i);
                int j = i + Character.charCount(c);
                if (c == 0x2029) {
                    add(j);
                    i = j;
                    continue;
                }
                if (isTerminator(c)) {
                    while (j < n && (isTerminator(cp(j)) || isPeriod(cp(j)) || isCloser(cp(j)))) {
                        j = after(j);
                    }
                    paragraph[0] = false;
                    j = skipSpaces(j, paragraph);
                    add(j);
                    i = j;
                    continue;
                }
                if (isPeriod(c)) {
                    boolean closed = false;
                    while (j < n && (isPeriod(cp(j)) || isCloser(cp(j)))) {
                        closed |= isCloser(cp(j));
                        j = after(j);
                    }
                    int s = j;
                    paragraph[0] = false;
                    j = skipSpaces(j, paragraph);
                    if (j >= n || paragraph[0]) {
                        add(j);
                    } else {
                        int d = cp(j);
                        boolean brk;
                        if (Character.isLetter(d)) {
                            brk = j > s ? !Character.isLowerCase(d) : closed;
                        } else if (isOpener(d)) {
                            brk = true;
                        } else if (j > s) {
                            brk = !isDigitClass(d) && Character.getType(d) != Character.DASH_PUNCTUATION
                                    && "{&|<>=+".indexOf(d) < 0;
                        } else {
                            int type = Character.getType(d);
                            brk = d == ';' || type == Character.CURRENCY_SYMBOL || type == Character.DASH_PUNCTUATION;
                        }
                        if (brk) {
                            add(j);
                        }
                    }
                    i = j;
                    continue;
                }
                i = j;
            }
            add(n);
        }
    }
}
