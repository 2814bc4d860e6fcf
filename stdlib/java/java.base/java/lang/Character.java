package java.lang;

/** The char wrapper and Unicode character properties (tables in CharacterData). */
public final class Character implements java.io.Serializable, Comparable<Character> {
    private static final long serialVersionUID = 3786198910865385080L;

    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = SIZE / Byte.SIZE;

    private final char value;

    @Deprecated(since = "9")
    public Character(char value) {
        this.value = value;
    }

    private static final class CharacterCache {
        static final Character[] cache = new Character[128];

        static {
            for (int i = 0; i < cache.length; i++) {
                cache[i] = new Character((char) i);
            }
        }
    }

    public static Character valueOf(char c) {
        if (c < 128) {
            return CharacterCache.cache[c];
        }
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).charValue();
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return String.valueOfCodePoint(codePoint);
    }

    @Override
    public int compareTo(Character another) {
        return compare(this.value, another.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---- code points and surrogates ----

    /**
     * The Unicode name of a code point (JDK 17's, Unicode 13); for an assigned code point without
     * a name of its own, its block's name and its code in hex ("CJK UNIFIED IDEOGRAPHS 4E00");
     * null if it is unassigned.
     */
    public static String getName(int codePoint) {
        if (!isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(
                    String.format("Not a valid Unicode code point: 0x%X", codePoint));
        }
        String name = NameTable.name(codePoint);
        if (name != null) {
            return name;
        }
        if (getType(codePoint) == UNASSIGNED) {
            return null;
        }
        UnicodeBlock block = UnicodeBlock.of(codePoint);
        String hex = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
        return block != null ? block.toString().replace('_', ' ') + " " + hex : hex;
    }

    /** The code point of a Unicode name (case-insensitive, surrounding spaces ignored). */
    public static int codePointOf(String name) {
        name = name.trim().toUpperCase(java.util.Locale.ROOT);
        Integer cp = NameTable.codePoint(name);
        if (cp != null) {
            return cp;
        }
        try {
            int off = name.lastIndexOf(' ');
            if (off != -1) {
                int c = Integer.parseInt(name, off + 1, name.length(), 16);
                if (isValidCodePoint(c) && name.equals(getName(c))) {
                    return c;
                }
            }
        } catch (Exception x) {
        }
        throw new IllegalArgumentException("Unrecognized character name :" + name);
    }

    /** The names of CharacterName, decoded at first use (see its layout). */
    private static final class NameTable {
        private static final String DATA = CharacterName.names();
        /** Per run of named code points: its first code point, length and first name's index. */
        private static final int[] RUN_START;
        private static final int[] RUN_LENGTH;
        private static final int[] RUN_INDEX;
        /** The offset in DATA of every CHECKPOINT-th name. */
        private static final int[] CHECKPOINTS;
        private static java.util.HashMap<String, Integer> byName;

        static {
            String runs = CharacterName.RUNS;
            int n = runs.length() / 4;
            RUN_START = new int[n];
            RUN_LENGTH = new int[n];
            RUN_INDEX = new int[n];
            int index = 0;
            for (int i = 0; i < n; i++) {
                RUN_START[i] = runs.charAt(4 * i) << 16 | runs.charAt(4 * i + 1);
                RUN_LENGTH[i] = runs.charAt(4 * i + 2) << 16 | runs.charAt(4 * i + 3);
                RUN_INDEX[i] = index;
                index += RUN_LENGTH[i];
            }
            CHECKPOINTS = new int[(CharacterName.COUNT + CharacterName.CHECKPOINT - 1) / CharacterName.CHECKPOINT];
            int offset = 0;
            for (int k = 0; k < CharacterName.COUNT; k++) {
                if (k % CharacterName.CHECKPOINT == 0) {
                    CHECKPOINTS[k / CharacterName.CHECKPOINT] = offset;
                }
                offset = DATA.indexOf('\n', offset) + 1;
            }
        }

        /** The stored name of a code point, or null. */
        static String name(int codePoint) {
            int lo = 0;
            int hi = RUN_START.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (codePoint < RUN_START[mid]) {
                    hi = mid - 1;
                } else if (codePoint >= RUN_START[mid] + RUN_LENGTH[mid]) {
                    lo = mid + 1;
                } else {
                    return nameAt(RUN_INDEX[mid] + codePoint - RUN_START[mid]);
                }
            }
            return null;
        }

        private static String nameAt(int index) {
            int offset = CHECKPOINTS[index / CharacterName.CHECKPOINT];
            char[] buf = new char[128];
            int len = 0;
            for (int k = index - index % CharacterName.CHECKPOINT; ; k++) {
                int end = DATA.indexOf('\n', offset);
                int shared = DATA.charAt(offset) - 0x20;
                int rest = end - offset - 1;
                if (shared + rest > buf.length) {
                    buf = java.util.Arrays.copyOf(buf, 2 * (shared + rest));
                }
                DATA.getChars(offset + 1, end, buf, shared);
                len = shared + rest;
                if (k == index) {
                    return new String(buf, 0, len);
                }
                offset = end + 1;
            }
        }

        /** The code point of a stored name, or null. */
        static synchronized Integer codePoint(String name) {
            if (byName == null) {
                java.util.HashMap<String, Integer> map = new java.util.HashMap<>(2 * CharacterName.COUNT);
                for (int i = 0; i < RUN_START.length; i++) {
                    for (int j = 0; j < RUN_LENGTH[i]; j++) {
                        map.put(nameAt(RUN_INDEX[i] + j), RUN_START[i] + j);
                    }
                }
                byName = map;
            }
            return byName.get(name);
        }
    }

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= MIN_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAtImpl(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        return codePointAtImpl(a, index, limit);
    }

    static int codePointAtImpl(char[] a, int index, int limit) {
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        return codePointBeforeImpl(a, index, 0);
    }

    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || start >= a.length) {
            throw new IndexOutOfBoundsException();
        }
        return codePointBeforeImpl(a, index, start);
    }

    static int codePointBeforeImpl(char[] a, int index, int start) {
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > start) {
            char c1 = a[--index];
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        } else if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        } else {
            throw invalidCodePoint(codePoint);
        }
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        } else if (isValidCodePoint(codePoint)) {
            return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
        } else {
            String message = "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase();
            throw new IllegalArgumentException(message); // hotspot-line: 9218
        }
    }

    static IllegalArgumentException invalidCodePoint(int codePoint) {
        return new IllegalArgumentException(
                "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex;) {
            if (isHighSurrogate(seq.charAt(i++)) && i < endIndex && isLowSurrogate(seq.charAt(i))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0) {
            throw new IndexOutOfBoundsException();
        }
        int endIndex = offset + count;
        int n = count;
        for (int i = offset; i < endIndex;) {
            if (isHighSurrogate(a[i++]) && i < endIndex && isLowSurrogate(a[i])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++) {
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) {
                    x++;
                }
            }
            if (i < codePointOffset) {
                throw new IndexOutOfBoundsException();
            }
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) {
                    x--;
                }
            }
            if (i < 0) {
                throw new IndexOutOfBoundsException();
            }
        }
        return x;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0
                || index < start || index > start + count) {
            throw new IndexOutOfBoundsException();
        }
        return String.offsetByCodePoints(a, start, count, index, codePointOffset);
    }

    // ---- classification ----

    public static final byte DIRECTIONALITY_UNDEFINED = -1;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT = 0;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT = 1;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC = 2;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER = 3;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR = 4;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR = 5;
    public static final byte DIRECTIONALITY_ARABIC_NUMBER = 6;
    public static final byte DIRECTIONALITY_COMMON_NUMBER_SEPARATOR = 7;
    public static final byte DIRECTIONALITY_NONSPACING_MARK = 8;
    public static final byte DIRECTIONALITY_BOUNDARY_NEUTRAL = 9;
    public static final byte DIRECTIONALITY_PARAGRAPH_SEPARATOR = 10;
    public static final byte DIRECTIONALITY_SEGMENT_SEPARATOR = 11;
    public static final byte DIRECTIONALITY_WHITESPACE = 12;
    public static final byte DIRECTIONALITY_OTHER_NEUTRALS = 13;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING = 14;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE = 15;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING = 16;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE = 17;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_FORMAT = 18;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE = 19;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE = 20;
    public static final byte DIRECTIONALITY_FIRST_STRONG_ISOLATE = 21;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE = 22;

    public static byte getDirectionality(char ch) {
        return getDirectionality((int) ch);
    }

    /** The bidirectional character type; DIRECTIONALITY_UNDEFINED for unassigned and invalid code points. */
    public static byte getDirectionality(int codePoint) {
        if (!isValidCodePoint(codePoint)) {
            return DIRECTIONALITY_UNDEFINED;
        }
        int[] t = CharacterData.DIRECTIONALITY;
        return (byte) t[CharacterData.findRun(t, 2, codePoint) + 1];
    }

    public static int getType(char ch) {
        return getType((int) ch);
    }

    public static int getType(int codePoint) {
        if (!isValidCodePoint(codePoint)) {
            return UNASSIGNED;
        }
        int[] t = CharacterData.TYPE;
        return t[CharacterData.findRun(t, 2, codePoint) + 1];
    }

    private static int flags(int codePoint) {
        if (!isValidCodePoint(codePoint)) {
            return 0;
        }
        int[] t = CharacterData.FLAGS;
        return t[CharacterData.findRun(t, 2, codePoint) + 1];
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int codePoint) {
        return getType(codePoint) != UNASSIGNED;
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'a' && codePoint <= 'z';
        }
        return (flags(codePoint) & 1) != 0;
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'A' && codePoint <= 'Z';
        }
        return (flags(codePoint) & 2) != 0;
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int codePoint) {
        return getType(codePoint) == TITLECASE_LETTER;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= '0' && codePoint <= '9';
        }
        return getType(codePoint) == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int codePoint) {
        if (codePoint < 128) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z');
        }
        int t = getType(codePoint);
        return t >= UPPERCASE_LETTER && t <= OTHER_LETTER;
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        return isLetter(codePoint) || isDigit(codePoint);
    }

    public static boolean isAlphabetic(int codePoint) {
        return (flags(codePoint) & 4) != 0;
    }

    public static boolean isIdeographic(int codePoint) {
        return (flags(codePoint) & 16) != 0;
    }

    public static boolean isMirrored(char ch) {
        return isMirrored((int) ch);
    }

    public static boolean isMirrored(int codePoint) {
        return (flags(codePoint) & 32) != 0;
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER
                || t == CURRENCY_SYMBOL || t == CONNECTOR_PUNCTUATION;
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetter(char ch) {
        return isJavaIdentifierStart(ch);
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetterOrDigit(char ch) {
        return isJavaIdentifierPart(ch);
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER
                || t == CURRENCY_SYMBOL || t == CONNECTOR_PUNCTUATION || t == DECIMAL_DIGIT_NUMBER
                || t == COMBINING_SPACING_MARK || t == NON_SPACING_MARK || isIdentifierIgnorable(codePoint);
    }

    public static boolean isUnicodeIdentifierStart(char ch) {
        return isUnicodeIdentifierStart((int) ch);
    }

    public static boolean isUnicodeIdentifierStart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER || isOtherIdStart(codePoint);
    }

    /** Unicode's Other_ID_Start property. */
    private static boolean isOtherIdStart(int cp) {
        return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
    }

    public static boolean isUnicodeIdentifierPart(char ch) {
        return isUnicodeIdentifierPart((int) ch);
    }

    public static boolean isUnicodeIdentifierPart(int codePoint) {
        int t = getType(codePoint);
        return isUnicodeIdentifierStart(codePoint) || t == CONNECTOR_PUNCTUATION || t == DECIMAL_DIGIT_NUMBER
                || t == COMBINING_SPACING_MARK || t == NON_SPACING_MARK || isIdentifierIgnorable(codePoint)
                || codePoint == 0x00B7 || codePoint == 0x0387 || (codePoint >= 0x1369 && codePoint <= 0x1371)
                || codePoint == 0x19DA;
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    public static boolean isIdentifierIgnorable(int codePoint) {
        return (codePoint >= 0 && codePoint <= 8) || (codePoint >= 0xE && codePoint <= 0x1B)
                || (codePoint >= 0x7F && codePoint <= 0x9F) || getType(codePoint) == FORMAT;
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int codePoint) {
        int t = getType(codePoint);
        return t == SPACE_SEPARATOR || t == LINE_SEPARATOR || t == PARAGRAPH_SEPARATOR;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static boolean isWhitespace(int codePoint) {
        if (codePoint < 128) {
            return codePoint == ' ' || (codePoint >= 0x9 && codePoint <= 0xD)
                    || (codePoint >= 0x1C && codePoint <= 0x1F);
        }
        return (flags(codePoint) & 8) != 0;
    }

    @Deprecated(since = "1.1")
    public static boolean isSpace(char ch) {
        return (ch <= 0x0020) && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r');
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9F && (codePoint >= 0x7F || (codePoint >>> 5 == 0));
    }

    // ---- case mapping ----

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int codePoint) {
        if (codePoint < 128) {
            return (codePoint >= 'A' && codePoint <= 'Z') ? codePoint + 32 : codePoint;
        }
        if (!isValidCodePoint(codePoint)) {
            return codePoint;
        }
        return CharacterData.map(CharacterData.LOWER, codePoint);
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int codePoint) {
        if (codePoint < 128) {
            return (codePoint >= 'a' && codePoint <= 'z') ? codePoint - 32 : codePoint;
        }
        if (!isValidCodePoint(codePoint)) {
            return codePoint;
        }
        return CharacterData.map(CharacterData.UPPER, codePoint);
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int codePoint) {
        if (!isValidCodePoint(codePoint)) {
            return codePoint;
        }
        int[] t = CharacterData.TITLE;
        if (t.length > 0 && codePoint >= t[0]) {
            int i = CharacterData.findRun(t, 2, codePoint);
            if (t[i] == codePoint) {
                return t[i + 1];
            }
        }
        return toUpperCase(codePoint);
    }

    // ---- digits and numeric values ----

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int value;
        if (codePoint >= '0' && codePoint <= '9') {
            value = codePoint - '0';
        } else if (codePoint >= 'a' && codePoint <= 'z') {
            value = codePoint - 'a' + 10;
        } else if (codePoint >= 'A' && codePoint <= 'Z') {
            value = codePoint - 'A' + 10;
        } else if (codePoint < 128) {
            return -1;
        } else if (codePoint >= 0xFF21 && codePoint <= 0xFF3A) {
            value = codePoint - 0xFF21 + 10; // fullwidth A-Z
        } else if (codePoint >= 0xFF41 && codePoint <= 0xFF5A) {
            value = codePoint - 0xFF41 + 10; // fullwidth a-z
        } else {
            value = decimalDigitValue(codePoint);
        }
        return (value >= 0 && value < radix) ? value : -1;
    }

    private static int decimalDigitValue(int codePoint) {
        int[] zeros = CharacterData.DIGIT_ZEROS;
        if (codePoint < zeros[0]) {
            return -1;
        }
        int i = CharacterData.findRun(zeros, 1, codePoint);
        int v = codePoint - zeros[i];
        return v < 10 ? v : -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    public static int getNumericValue(int codePoint) {
        if (!isValidCodePoint(codePoint)) {
            return -1;
        }
        int[] t = CharacterData.NUMERIC;
        int i = CharacterData.findRun(t, 3, codePoint);
        int v = t[i + 1];
        return t[i + 2] != 0 ? v + (codePoint - t[i]) : v;
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0) {
            return '\0';
        }
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        if (digit < 10) {
            return (char) ('0' + digit);
        }
        return (char) ('a' - 10 + digit);
    }

    /** A named subset of the Unicode character set. */
    public static class Subset {
        private final String name;

        protected Subset(String name) {
            if (name == null) {
                throw new NullPointerException("name");
            }
            this.name = name;
        }

        @Override
        public final boolean equals(Object obj) {
            return this == obj;
        }

        @Override
        public final int hashCode() {
            return super.hashCode();
        }

        @Override
        public final String toString() {
            return name;
        }
    }

    /** The Unicode blocks of Unicode 13 (JDK 17's table). */
    public static final class UnicodeBlock extends Subset {
        private static final java.util.Map<String, UnicodeBlock> map = new java.util.HashMap<>(512);

        private UnicodeBlock(String idName, boolean isMap) {
            super(idName);
            if (isMap) {
                map.put(idName, this);
            }
        }

        private UnicodeBlock(String idName, String... aliases) {
            this(idName, true);
            for (String alias : aliases) {
                map.put(alias, this);
            }
        }

        public static final UnicodeBlock BASIC_LATIN = new UnicodeBlock("BASIC_LATIN", "BASIC LATIN", "BASICLATIN");
        public static final UnicodeBlock LATIN_1_SUPPLEMENT = new UnicodeBlock("LATIN_1_SUPPLEMENT", "LATIN-1 SUPPLEMENT", "LATIN-1SUPPLEMENT");
        public static final UnicodeBlock LATIN_EXTENDED_A = new UnicodeBlock("LATIN_EXTENDED_A", "LATIN EXTENDED-A", "LATINEXTENDED-A");
        public static final UnicodeBlock LATIN_EXTENDED_B = new UnicodeBlock("LATIN_EXTENDED_B", "LATIN EXTENDED-B", "LATINEXTENDED-B");
        public static final UnicodeBlock IPA_EXTENSIONS = new UnicodeBlock("IPA_EXTENSIONS", "IPA EXTENSIONS", "IPAEXTENSIONS");
        public static final UnicodeBlock SPACING_MODIFIER_LETTERS = new UnicodeBlock("SPACING_MODIFIER_LETTERS", "SPACING MODIFIER LETTERS", "SPACINGMODIFIERLETTERS");
        public static final UnicodeBlock COMBINING_DIACRITICAL_MARKS = new UnicodeBlock("COMBINING_DIACRITICAL_MARKS", "COMBINING DIACRITICAL MARKS", "COMBININGDIACRITICALMARKS");
        public static final UnicodeBlock GREEK = new UnicodeBlock("GREEK", "GREEK AND COPTIC", "GREEKANDCOPTIC");
        public static final UnicodeBlock CYRILLIC = new UnicodeBlock("CYRILLIC");
        public static final UnicodeBlock ARMENIAN = new UnicodeBlock("ARMENIAN");
        public static final UnicodeBlock HEBREW = new UnicodeBlock("HEBREW");
        public static final UnicodeBlock ARABIC = new UnicodeBlock("ARABIC");
        public static final UnicodeBlock DEVANAGARI = new UnicodeBlock("DEVANAGARI");
        public static final UnicodeBlock BENGALI = new UnicodeBlock("BENGALI");
        public static final UnicodeBlock GURMUKHI = new UnicodeBlock("GURMUKHI");
        public static final UnicodeBlock GUJARATI = new UnicodeBlock("GUJARATI");
        public static final UnicodeBlock ORIYA = new UnicodeBlock("ORIYA");
        public static final UnicodeBlock TAMIL = new UnicodeBlock("TAMIL");
        public static final UnicodeBlock TELUGU = new UnicodeBlock("TELUGU");
        public static final UnicodeBlock KANNADA = new UnicodeBlock("KANNADA");
        public static final UnicodeBlock MALAYALAM = new UnicodeBlock("MALAYALAM");
        public static final UnicodeBlock THAI = new UnicodeBlock("THAI");
        public static final UnicodeBlock LAO = new UnicodeBlock("LAO");
        public static final UnicodeBlock TIBETAN = new UnicodeBlock("TIBETAN");
        public static final UnicodeBlock GEORGIAN = new UnicodeBlock("GEORGIAN");
        public static final UnicodeBlock HANGUL_JAMO = new UnicodeBlock("HANGUL_JAMO", "HANGUL JAMO", "HANGULJAMO");
        public static final UnicodeBlock LATIN_EXTENDED_ADDITIONAL = new UnicodeBlock("LATIN_EXTENDED_ADDITIONAL", "LATIN EXTENDED ADDITIONAL", "LATINEXTENDEDADDITIONAL");
        public static final UnicodeBlock GREEK_EXTENDED = new UnicodeBlock("GREEK_EXTENDED", "GREEK EXTENDED", "GREEKEXTENDED");
        public static final UnicodeBlock GENERAL_PUNCTUATION = new UnicodeBlock("GENERAL_PUNCTUATION", "GENERAL PUNCTUATION", "GENERALPUNCTUATION");
        public static final UnicodeBlock SUPERSCRIPTS_AND_SUBSCRIPTS = new UnicodeBlock("SUPERSCRIPTS_AND_SUBSCRIPTS", "SUPERSCRIPTS AND SUBSCRIPTS", "SUPERSCRIPTSANDSUBSCRIPTS");
        public static final UnicodeBlock CURRENCY_SYMBOLS = new UnicodeBlock("CURRENCY_SYMBOLS", "CURRENCY SYMBOLS", "CURRENCYSYMBOLS");
        public static final UnicodeBlock COMBINING_MARKS_FOR_SYMBOLS = new UnicodeBlock("COMBINING_MARKS_FOR_SYMBOLS", "COMBINING DIACRITICAL MARKS FOR SYMBOLS", "COMBINING MARKS FOR SYMBOLS", "COMBININGDIACRITICALMARKSFORSYMBOLS", "COMBININGMARKSFORSYMBOLS");
        public static final UnicodeBlock LETTERLIKE_SYMBOLS = new UnicodeBlock("LETTERLIKE_SYMBOLS", "LETTERLIKE SYMBOLS", "LETTERLIKESYMBOLS");
        public static final UnicodeBlock NUMBER_FORMS = new UnicodeBlock("NUMBER_FORMS", "NUMBER FORMS", "NUMBERFORMS");
        public static final UnicodeBlock ARROWS = new UnicodeBlock("ARROWS");
        public static final UnicodeBlock MATHEMATICAL_OPERATORS = new UnicodeBlock("MATHEMATICAL_OPERATORS", "MATHEMATICAL OPERATORS", "MATHEMATICALOPERATORS");
        public static final UnicodeBlock MISCELLANEOUS_TECHNICAL = new UnicodeBlock("MISCELLANEOUS_TECHNICAL", "MISCELLANEOUS TECHNICAL", "MISCELLANEOUSTECHNICAL");
        public static final UnicodeBlock CONTROL_PICTURES = new UnicodeBlock("CONTROL_PICTURES", "CONTROL PICTURES", "CONTROLPICTURES");
        public static final UnicodeBlock OPTICAL_CHARACTER_RECOGNITION = new UnicodeBlock("OPTICAL_CHARACTER_RECOGNITION", "OPTICAL CHARACTER RECOGNITION", "OPTICALCHARACTERRECOGNITION");
        public static final UnicodeBlock ENCLOSED_ALPHANUMERICS = new UnicodeBlock("ENCLOSED_ALPHANUMERICS", "ENCLOSED ALPHANUMERICS", "ENCLOSEDALPHANUMERICS");
        public static final UnicodeBlock BOX_DRAWING = new UnicodeBlock("BOX_DRAWING", "BOX DRAWING", "BOXDRAWING");
        public static final UnicodeBlock BLOCK_ELEMENTS = new UnicodeBlock("BLOCK_ELEMENTS", "BLOCK ELEMENTS", "BLOCKELEMENTS");
        public static final UnicodeBlock GEOMETRIC_SHAPES = new UnicodeBlock("GEOMETRIC_SHAPES", "GEOMETRIC SHAPES", "GEOMETRICSHAPES");
        public static final UnicodeBlock MISCELLANEOUS_SYMBOLS = new UnicodeBlock("MISCELLANEOUS_SYMBOLS", "MISCELLANEOUS SYMBOLS", "MISCELLANEOUSSYMBOLS");
        public static final UnicodeBlock DINGBATS = new UnicodeBlock("DINGBATS");
        public static final UnicodeBlock CJK_SYMBOLS_AND_PUNCTUATION = new UnicodeBlock("CJK_SYMBOLS_AND_PUNCTUATION", "CJK SYMBOLS AND PUNCTUATION", "CJKSYMBOLSANDPUNCTUATION");
        public static final UnicodeBlock HIRAGANA = new UnicodeBlock("HIRAGANA");
        public static final UnicodeBlock KATAKANA = new UnicodeBlock("KATAKANA");
        public static final UnicodeBlock BOPOMOFO = new UnicodeBlock("BOPOMOFO");
        public static final UnicodeBlock HANGUL_COMPATIBILITY_JAMO = new UnicodeBlock("HANGUL_COMPATIBILITY_JAMO", "HANGUL COMPATIBILITY JAMO", "HANGULCOMPATIBILITYJAMO");
        public static final UnicodeBlock KANBUN = new UnicodeBlock("KANBUN");
        public static final UnicodeBlock ENCLOSED_CJK_LETTERS_AND_MONTHS = new UnicodeBlock("ENCLOSED_CJK_LETTERS_AND_MONTHS", "ENCLOSED CJK LETTERS AND MONTHS", "ENCLOSEDCJKLETTERSANDMONTHS");
        public static final UnicodeBlock CJK_COMPATIBILITY = new UnicodeBlock("CJK_COMPATIBILITY", "CJK COMPATIBILITY", "CJKCOMPATIBILITY");
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS", "CJK UNIFIED IDEOGRAPHS", "CJKUNIFIEDIDEOGRAPHS");
        public static final UnicodeBlock HANGUL_SYLLABLES = new UnicodeBlock("HANGUL_SYLLABLES", "HANGUL SYLLABLES", "HANGULSYLLABLES");
        public static final UnicodeBlock PRIVATE_USE_AREA = new UnicodeBlock("PRIVATE_USE_AREA", "PRIVATE USE AREA", "PRIVATEUSEAREA");
        public static final UnicodeBlock CJK_COMPATIBILITY_IDEOGRAPHS = new UnicodeBlock("CJK_COMPATIBILITY_IDEOGRAPHS", "CJK COMPATIBILITY IDEOGRAPHS", "CJKCOMPATIBILITYIDEOGRAPHS");
        public static final UnicodeBlock ALPHABETIC_PRESENTATION_FORMS = new UnicodeBlock("ALPHABETIC_PRESENTATION_FORMS", "ALPHABETIC PRESENTATION FORMS", "ALPHABETICPRESENTATIONFORMS");
        public static final UnicodeBlock ARABIC_PRESENTATION_FORMS_A = new UnicodeBlock("ARABIC_PRESENTATION_FORMS_A", "ARABIC PRESENTATION FORMS-A", "ARABICPRESENTATIONFORMS-A");
        public static final UnicodeBlock COMBINING_HALF_MARKS = new UnicodeBlock("COMBINING_HALF_MARKS", "COMBINING HALF MARKS", "COMBININGHALFMARKS");
        public static final UnicodeBlock CJK_COMPATIBILITY_FORMS = new UnicodeBlock("CJK_COMPATIBILITY_FORMS", "CJK COMPATIBILITY FORMS", "CJKCOMPATIBILITYFORMS");
        public static final UnicodeBlock SMALL_FORM_VARIANTS = new UnicodeBlock("SMALL_FORM_VARIANTS", "SMALL FORM VARIANTS", "SMALLFORMVARIANTS");
        public static final UnicodeBlock ARABIC_PRESENTATION_FORMS_B = new UnicodeBlock("ARABIC_PRESENTATION_FORMS_B", "ARABIC PRESENTATION FORMS-B", "ARABICPRESENTATIONFORMS-B");
        public static final UnicodeBlock HALFWIDTH_AND_FULLWIDTH_FORMS = new UnicodeBlock("HALFWIDTH_AND_FULLWIDTH_FORMS", "HALFWIDTH AND FULLWIDTH FORMS", "HALFWIDTHANDFULLWIDTHFORMS");
        public static final UnicodeBlock SPECIALS = new UnicodeBlock("SPECIALS");
        public static final UnicodeBlock SURROGATES_AREA = new UnicodeBlock("SURROGATES_AREA");
        public static final UnicodeBlock SYRIAC = new UnicodeBlock("SYRIAC");
        public static final UnicodeBlock THAANA = new UnicodeBlock("THAANA");
        public static final UnicodeBlock SINHALA = new UnicodeBlock("SINHALA");
        public static final UnicodeBlock MYANMAR = new UnicodeBlock("MYANMAR");
        public static final UnicodeBlock ETHIOPIC = new UnicodeBlock("ETHIOPIC");
        public static final UnicodeBlock CHEROKEE = new UnicodeBlock("CHEROKEE");
        public static final UnicodeBlock UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS = new UnicodeBlock("UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS", "UNIFIED CANADIAN ABORIGINAL SYLLABICS", "UNIFIEDCANADIANABORIGINALSYLLABICS");
        public static final UnicodeBlock OGHAM = new UnicodeBlock("OGHAM");
        public static final UnicodeBlock RUNIC = new UnicodeBlock("RUNIC");
        public static final UnicodeBlock KHMER = new UnicodeBlock("KHMER");
        public static final UnicodeBlock MONGOLIAN = new UnicodeBlock("MONGOLIAN");
        public static final UnicodeBlock BRAILLE_PATTERNS = new UnicodeBlock("BRAILLE_PATTERNS", "BRAILLE PATTERNS", "BRAILLEPATTERNS");
        public static final UnicodeBlock CJK_RADICALS_SUPPLEMENT = new UnicodeBlock("CJK_RADICALS_SUPPLEMENT", "CJK RADICALS SUPPLEMENT", "CJKRADICALSSUPPLEMENT");
        public static final UnicodeBlock KANGXI_RADICALS = new UnicodeBlock("KANGXI_RADICALS", "KANGXI RADICALS", "KANGXIRADICALS");
        public static final UnicodeBlock IDEOGRAPHIC_DESCRIPTION_CHARACTERS = new UnicodeBlock("IDEOGRAPHIC_DESCRIPTION_CHARACTERS", "IDEOGRAPHIC DESCRIPTION CHARACTERS", "IDEOGRAPHICDESCRIPTIONCHARACTERS");
        public static final UnicodeBlock BOPOMOFO_EXTENDED = new UnicodeBlock("BOPOMOFO_EXTENDED", "BOPOMOFO EXTENDED", "BOPOMOFOEXTENDED");
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A", "CJK UNIFIED IDEOGRAPHS EXTENSION A", "CJKUNIFIEDIDEOGRAPHSEXTENSIONA");
        public static final UnicodeBlock YI_SYLLABLES = new UnicodeBlock("YI_SYLLABLES", "YI SYLLABLES", "YISYLLABLES");
        public static final UnicodeBlock YI_RADICALS = new UnicodeBlock("YI_RADICALS", "YI RADICALS", "YIRADICALS");
        public static final UnicodeBlock CYRILLIC_SUPPLEMENTARY = new UnicodeBlock("CYRILLIC_SUPPLEMENTARY", "CYRILLIC SUPPLEMENT", "CYRILLIC SUPPLEMENTARY", "CYRILLICSUPPLEMENT", "CYRILLICSUPPLEMENTARY");
        public static final UnicodeBlock TAGALOG = new UnicodeBlock("TAGALOG");
        public static final UnicodeBlock HANUNOO = new UnicodeBlock("HANUNOO");
        public static final UnicodeBlock BUHID = new UnicodeBlock("BUHID");
        public static final UnicodeBlock TAGBANWA = new UnicodeBlock("TAGBANWA");
        public static final UnicodeBlock LIMBU = new UnicodeBlock("LIMBU");
        public static final UnicodeBlock TAI_LE = new UnicodeBlock("TAI_LE", "TAI LE", "TAILE");
        public static final UnicodeBlock KHMER_SYMBOLS = new UnicodeBlock("KHMER_SYMBOLS", "KHMER SYMBOLS", "KHMERSYMBOLS");
        public static final UnicodeBlock PHONETIC_EXTENSIONS = new UnicodeBlock("PHONETIC_EXTENSIONS", "PHONETIC EXTENSIONS", "PHONETICEXTENSIONS");
        public static final UnicodeBlock MISCELLANEOUS_MATHEMATICAL_SYMBOLS_A = new UnicodeBlock("MISCELLANEOUS_MATHEMATICAL_SYMBOLS_A", "MISCELLANEOUS MATHEMATICAL SYMBOLS-A", "MISCELLANEOUSMATHEMATICALSYMBOLS-A");
        public static final UnicodeBlock SUPPLEMENTAL_ARROWS_A = new UnicodeBlock("SUPPLEMENTAL_ARROWS_A", "SUPPLEMENTAL ARROWS-A", "SUPPLEMENTALARROWS-A");
        public static final UnicodeBlock SUPPLEMENTAL_ARROWS_B = new UnicodeBlock("SUPPLEMENTAL_ARROWS_B", "SUPPLEMENTAL ARROWS-B", "SUPPLEMENTALARROWS-B");
        public static final UnicodeBlock MISCELLANEOUS_MATHEMATICAL_SYMBOLS_B = new UnicodeBlock("MISCELLANEOUS_MATHEMATICAL_SYMBOLS_B", "MISCELLANEOUS MATHEMATICAL SYMBOLS-B", "MISCELLANEOUSMATHEMATICALSYMBOLS-B");
        public static final UnicodeBlock SUPPLEMENTAL_MATHEMATICAL_OPERATORS = new UnicodeBlock("SUPPLEMENTAL_MATHEMATICAL_OPERATORS", "SUPPLEMENTAL MATHEMATICAL OPERATORS", "SUPPLEMENTALMATHEMATICALOPERATORS");
        public static final UnicodeBlock MISCELLANEOUS_SYMBOLS_AND_ARROWS = new UnicodeBlock("MISCELLANEOUS_SYMBOLS_AND_ARROWS", "MISCELLANEOUS SYMBOLS AND ARROWS", "MISCELLANEOUSSYMBOLSANDARROWS");
        public static final UnicodeBlock KATAKANA_PHONETIC_EXTENSIONS = new UnicodeBlock("KATAKANA_PHONETIC_EXTENSIONS", "KATAKANA PHONETIC EXTENSIONS", "KATAKANAPHONETICEXTENSIONS");
        public static final UnicodeBlock YIJING_HEXAGRAM_SYMBOLS = new UnicodeBlock("YIJING_HEXAGRAM_SYMBOLS", "YIJING HEXAGRAM SYMBOLS", "YIJINGHEXAGRAMSYMBOLS");
        public static final UnicodeBlock VARIATION_SELECTORS = new UnicodeBlock("VARIATION_SELECTORS", "VARIATION SELECTORS", "VARIATIONSELECTORS");
        public static final UnicodeBlock LINEAR_B_SYLLABARY = new UnicodeBlock("LINEAR_B_SYLLABARY", "LINEAR B SYLLABARY", "LINEARBSYLLABARY");
        public static final UnicodeBlock LINEAR_B_IDEOGRAMS = new UnicodeBlock("LINEAR_B_IDEOGRAMS", "LINEAR B IDEOGRAMS", "LINEARBIDEOGRAMS");
        public static final UnicodeBlock AEGEAN_NUMBERS = new UnicodeBlock("AEGEAN_NUMBERS", "AEGEAN NUMBERS", "AEGEANNUMBERS");
        public static final UnicodeBlock OLD_ITALIC = new UnicodeBlock("OLD_ITALIC", "OLD ITALIC", "OLDITALIC");
        public static final UnicodeBlock GOTHIC = new UnicodeBlock("GOTHIC");
        public static final UnicodeBlock UGARITIC = new UnicodeBlock("UGARITIC");
        public static final UnicodeBlock DESERET = new UnicodeBlock("DESERET");
        public static final UnicodeBlock SHAVIAN = new UnicodeBlock("SHAVIAN");
        public static final UnicodeBlock OSMANYA = new UnicodeBlock("OSMANYA");
        public static final UnicodeBlock CYPRIOT_SYLLABARY = new UnicodeBlock("CYPRIOT_SYLLABARY", "CYPRIOT SYLLABARY", "CYPRIOTSYLLABARY");
        public static final UnicodeBlock BYZANTINE_MUSICAL_SYMBOLS = new UnicodeBlock("BYZANTINE_MUSICAL_SYMBOLS", "BYZANTINE MUSICAL SYMBOLS", "BYZANTINEMUSICALSYMBOLS");
        public static final UnicodeBlock MUSICAL_SYMBOLS = new UnicodeBlock("MUSICAL_SYMBOLS", "MUSICAL SYMBOLS", "MUSICALSYMBOLS");
        public static final UnicodeBlock TAI_XUAN_JING_SYMBOLS = new UnicodeBlock("TAI_XUAN_JING_SYMBOLS", "TAI XUAN JING SYMBOLS", "TAIXUANJINGSYMBOLS");
        public static final UnicodeBlock MATHEMATICAL_ALPHANUMERIC_SYMBOLS = new UnicodeBlock("MATHEMATICAL_ALPHANUMERIC_SYMBOLS", "MATHEMATICAL ALPHANUMERIC SYMBOLS", "MATHEMATICALALPHANUMERICSYMBOLS");
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B", "CJK UNIFIED IDEOGRAPHS EXTENSION B", "CJKUNIFIEDIDEOGRAPHSEXTENSIONB");
        public static final UnicodeBlock CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT = new UnicodeBlock("CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT", "CJK COMPATIBILITY IDEOGRAPHS SUPPLEMENT", "CJKCOMPATIBILITYIDEOGRAPHSSUPPLEMENT");
        public static final UnicodeBlock TAGS = new UnicodeBlock("TAGS");
        public static final UnicodeBlock VARIATION_SELECTORS_SUPPLEMENT = new UnicodeBlock("VARIATION_SELECTORS_SUPPLEMENT", "VARIATION SELECTORS SUPPLEMENT", "VARIATIONSELECTORSSUPPLEMENT");
        public static final UnicodeBlock SUPPLEMENTARY_PRIVATE_USE_AREA_A = new UnicodeBlock("SUPPLEMENTARY_PRIVATE_USE_AREA_A", "SUPPLEMENTARY PRIVATE USE AREA-A", "SUPPLEMENTARYPRIVATEUSEAREA-A");
        public static final UnicodeBlock SUPPLEMENTARY_PRIVATE_USE_AREA_B = new UnicodeBlock("SUPPLEMENTARY_PRIVATE_USE_AREA_B", "SUPPLEMENTARY PRIVATE USE AREA-B", "SUPPLEMENTARYPRIVATEUSEAREA-B");
        public static final UnicodeBlock HIGH_SURROGATES = new UnicodeBlock("HIGH_SURROGATES", "HIGH SURROGATES", "HIGHSURROGATES");
        public static final UnicodeBlock HIGH_PRIVATE_USE_SURROGATES = new UnicodeBlock("HIGH_PRIVATE_USE_SURROGATES", "HIGH PRIVATE USE SURROGATES", "HIGHPRIVATEUSESURROGATES");
        public static final UnicodeBlock LOW_SURROGATES = new UnicodeBlock("LOW_SURROGATES", "LOW SURROGATES", "LOWSURROGATES");
        public static final UnicodeBlock ARABIC_SUPPLEMENT = new UnicodeBlock("ARABIC_SUPPLEMENT", "ARABIC SUPPLEMENT", "ARABICSUPPLEMENT");
        public static final UnicodeBlock NKO = new UnicodeBlock("NKO");
        public static final UnicodeBlock SAMARITAN = new UnicodeBlock("SAMARITAN");
        public static final UnicodeBlock MANDAIC = new UnicodeBlock("MANDAIC");
        public static final UnicodeBlock ETHIOPIC_SUPPLEMENT = new UnicodeBlock("ETHIOPIC_SUPPLEMENT", "ETHIOPIC SUPPLEMENT", "ETHIOPICSUPPLEMENT");
        public static final UnicodeBlock UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS_EXTENDED = new UnicodeBlock("UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS_EXTENDED", "UNIFIED CANADIAN ABORIGINAL SYLLABICS EXTENDED", "UNIFIEDCANADIANABORIGINALSYLLABICSEXTENDED");
        public static final UnicodeBlock NEW_TAI_LUE = new UnicodeBlock("NEW_TAI_LUE", "NEW TAI LUE", "NEWTAILUE");
        public static final UnicodeBlock BUGINESE = new UnicodeBlock("BUGINESE");
        public static final UnicodeBlock TAI_THAM = new UnicodeBlock("TAI_THAM", "TAI THAM", "TAITHAM");
        public static final UnicodeBlock BALINESE = new UnicodeBlock("BALINESE");
        public static final UnicodeBlock SUNDANESE = new UnicodeBlock("SUNDANESE");
        public static final UnicodeBlock BATAK = new UnicodeBlock("BATAK");
        public static final UnicodeBlock LEPCHA = new UnicodeBlock("LEPCHA");
        public static final UnicodeBlock OL_CHIKI = new UnicodeBlock("OL_CHIKI", "OL CHIKI", "OLCHIKI");
        public static final UnicodeBlock VEDIC_EXTENSIONS = new UnicodeBlock("VEDIC_EXTENSIONS", "VEDIC EXTENSIONS", "VEDICEXTENSIONS");
        public static final UnicodeBlock PHONETIC_EXTENSIONS_SUPPLEMENT = new UnicodeBlock("PHONETIC_EXTENSIONS_SUPPLEMENT", "PHONETIC EXTENSIONS SUPPLEMENT", "PHONETICEXTENSIONSSUPPLEMENT");
        public static final UnicodeBlock COMBINING_DIACRITICAL_MARKS_SUPPLEMENT = new UnicodeBlock("COMBINING_DIACRITICAL_MARKS_SUPPLEMENT", "COMBINING DIACRITICAL MARKS SUPPLEMENT", "COMBININGDIACRITICALMARKSSUPPLEMENT");
        public static final UnicodeBlock GLAGOLITIC = new UnicodeBlock("GLAGOLITIC");
        public static final UnicodeBlock LATIN_EXTENDED_C = new UnicodeBlock("LATIN_EXTENDED_C", "LATIN EXTENDED-C", "LATINEXTENDED-C");
        public static final UnicodeBlock COPTIC = new UnicodeBlock("COPTIC");
        public static final UnicodeBlock GEORGIAN_SUPPLEMENT = new UnicodeBlock("GEORGIAN_SUPPLEMENT", "GEORGIAN SUPPLEMENT", "GEORGIANSUPPLEMENT");
        public static final UnicodeBlock TIFINAGH = new UnicodeBlock("TIFINAGH");
        public static final UnicodeBlock ETHIOPIC_EXTENDED = new UnicodeBlock("ETHIOPIC_EXTENDED", "ETHIOPIC EXTENDED", "ETHIOPICEXTENDED");
        public static final UnicodeBlock CYRILLIC_EXTENDED_A = new UnicodeBlock("CYRILLIC_EXTENDED_A", "CYRILLIC EXTENDED-A", "CYRILLICEXTENDED-A");
        public static final UnicodeBlock SUPPLEMENTAL_PUNCTUATION = new UnicodeBlock("SUPPLEMENTAL_PUNCTUATION", "SUPPLEMENTAL PUNCTUATION", "SUPPLEMENTALPUNCTUATION");
        public static final UnicodeBlock CJK_STROKES = new UnicodeBlock("CJK_STROKES", "CJK STROKES", "CJKSTROKES");
        public static final UnicodeBlock LISU = new UnicodeBlock("LISU");
        public static final UnicodeBlock VAI = new UnicodeBlock("VAI");
        public static final UnicodeBlock CYRILLIC_EXTENDED_B = new UnicodeBlock("CYRILLIC_EXTENDED_B", "CYRILLIC EXTENDED-B", "CYRILLICEXTENDED-B");
        public static final UnicodeBlock BAMUM = new UnicodeBlock("BAMUM");
        public static final UnicodeBlock MODIFIER_TONE_LETTERS = new UnicodeBlock("MODIFIER_TONE_LETTERS", "MODIFIER TONE LETTERS", "MODIFIERTONELETTERS");
        public static final UnicodeBlock LATIN_EXTENDED_D = new UnicodeBlock("LATIN_EXTENDED_D", "LATIN EXTENDED-D", "LATINEXTENDED-D");
        public static final UnicodeBlock SYLOTI_NAGRI = new UnicodeBlock("SYLOTI_NAGRI", "SYLOTI NAGRI", "SYLOTINAGRI");
        public static final UnicodeBlock COMMON_INDIC_NUMBER_FORMS = new UnicodeBlock("COMMON_INDIC_NUMBER_FORMS", "COMMON INDIC NUMBER FORMS", "COMMONINDICNUMBERFORMS");
        public static final UnicodeBlock PHAGS_PA = new UnicodeBlock("PHAGS_PA", "PHAGS-PA");
        public static final UnicodeBlock SAURASHTRA = new UnicodeBlock("SAURASHTRA");
        public static final UnicodeBlock DEVANAGARI_EXTENDED = new UnicodeBlock("DEVANAGARI_EXTENDED", "DEVANAGARI EXTENDED", "DEVANAGARIEXTENDED");
        public static final UnicodeBlock KAYAH_LI = new UnicodeBlock("KAYAH_LI", "KAYAH LI", "KAYAHLI");
        public static final UnicodeBlock REJANG = new UnicodeBlock("REJANG");
        public static final UnicodeBlock HANGUL_JAMO_EXTENDED_A = new UnicodeBlock("HANGUL_JAMO_EXTENDED_A", "HANGUL JAMO EXTENDED-A", "HANGULJAMOEXTENDED-A");
        public static final UnicodeBlock JAVANESE = new UnicodeBlock("JAVANESE");
        public static final UnicodeBlock CHAM = new UnicodeBlock("CHAM");
        public static final UnicodeBlock MYANMAR_EXTENDED_A = new UnicodeBlock("MYANMAR_EXTENDED_A", "MYANMAR EXTENDED-A", "MYANMAREXTENDED-A");
        public static final UnicodeBlock TAI_VIET = new UnicodeBlock("TAI_VIET", "TAI VIET", "TAIVIET");
        public static final UnicodeBlock ETHIOPIC_EXTENDED_A = new UnicodeBlock("ETHIOPIC_EXTENDED_A", "ETHIOPIC EXTENDED-A", "ETHIOPICEXTENDED-A");
        public static final UnicodeBlock MEETEI_MAYEK = new UnicodeBlock("MEETEI_MAYEK", "MEETEI MAYEK", "MEETEIMAYEK");
        public static final UnicodeBlock HANGUL_JAMO_EXTENDED_B = new UnicodeBlock("HANGUL_JAMO_EXTENDED_B", "HANGUL JAMO EXTENDED-B", "HANGULJAMOEXTENDED-B");
        public static final UnicodeBlock VERTICAL_FORMS = new UnicodeBlock("VERTICAL_FORMS", "VERTICAL FORMS", "VERTICALFORMS");
        public static final UnicodeBlock ANCIENT_GREEK_NUMBERS = new UnicodeBlock("ANCIENT_GREEK_NUMBERS", "ANCIENT GREEK NUMBERS", "ANCIENTGREEKNUMBERS");
        public static final UnicodeBlock ANCIENT_SYMBOLS = new UnicodeBlock("ANCIENT_SYMBOLS", "ANCIENT SYMBOLS", "ANCIENTSYMBOLS");
        public static final UnicodeBlock PHAISTOS_DISC = new UnicodeBlock("PHAISTOS_DISC", "PHAISTOS DISC", "PHAISTOSDISC");
        public static final UnicodeBlock LYCIAN = new UnicodeBlock("LYCIAN");
        public static final UnicodeBlock CARIAN = new UnicodeBlock("CARIAN");
        public static final UnicodeBlock OLD_PERSIAN = new UnicodeBlock("OLD_PERSIAN", "OLD PERSIAN", "OLDPERSIAN");
        public static final UnicodeBlock IMPERIAL_ARAMAIC = new UnicodeBlock("IMPERIAL_ARAMAIC", "IMPERIAL ARAMAIC", "IMPERIALARAMAIC");
        public static final UnicodeBlock PHOENICIAN = new UnicodeBlock("PHOENICIAN");
        public static final UnicodeBlock LYDIAN = new UnicodeBlock("LYDIAN");
        public static final UnicodeBlock KHAROSHTHI = new UnicodeBlock("KHAROSHTHI");
        public static final UnicodeBlock OLD_SOUTH_ARABIAN = new UnicodeBlock("OLD_SOUTH_ARABIAN", "OLD SOUTH ARABIAN", "OLDSOUTHARABIAN");
        public static final UnicodeBlock AVESTAN = new UnicodeBlock("AVESTAN");
        public static final UnicodeBlock INSCRIPTIONAL_PARTHIAN = new UnicodeBlock("INSCRIPTIONAL_PARTHIAN", "INSCRIPTIONAL PARTHIAN", "INSCRIPTIONALPARTHIAN");
        public static final UnicodeBlock INSCRIPTIONAL_PAHLAVI = new UnicodeBlock("INSCRIPTIONAL_PAHLAVI", "INSCRIPTIONAL PAHLAVI", "INSCRIPTIONALPAHLAVI");
        public static final UnicodeBlock OLD_TURKIC = new UnicodeBlock("OLD_TURKIC", "OLD TURKIC", "OLDTURKIC");
        public static final UnicodeBlock RUMI_NUMERAL_SYMBOLS = new UnicodeBlock("RUMI_NUMERAL_SYMBOLS", "RUMI NUMERAL SYMBOLS", "RUMINUMERALSYMBOLS");
        public static final UnicodeBlock BRAHMI = new UnicodeBlock("BRAHMI");
        public static final UnicodeBlock KAITHI = new UnicodeBlock("KAITHI");
        public static final UnicodeBlock CUNEIFORM = new UnicodeBlock("CUNEIFORM");
        public static final UnicodeBlock CUNEIFORM_NUMBERS_AND_PUNCTUATION = new UnicodeBlock("CUNEIFORM_NUMBERS_AND_PUNCTUATION", "CUNEIFORM NUMBERS AND PUNCTUATION", "CUNEIFORMNUMBERSANDPUNCTUATION");
        public static final UnicodeBlock EGYPTIAN_HIEROGLYPHS = new UnicodeBlock("EGYPTIAN_HIEROGLYPHS", "EGYPTIAN HIEROGLYPHS", "EGYPTIANHIEROGLYPHS");
        public static final UnicodeBlock BAMUM_SUPPLEMENT = new UnicodeBlock("BAMUM_SUPPLEMENT", "BAMUM SUPPLEMENT", "BAMUMSUPPLEMENT");
        public static final UnicodeBlock KANA_SUPPLEMENT = new UnicodeBlock("KANA_SUPPLEMENT", "KANA SUPPLEMENT", "KANASUPPLEMENT");
        public static final UnicodeBlock ANCIENT_GREEK_MUSICAL_NOTATION = new UnicodeBlock("ANCIENT_GREEK_MUSICAL_NOTATION", "ANCIENT GREEK MUSICAL NOTATION", "ANCIENTGREEKMUSICALNOTATION");
        public static final UnicodeBlock COUNTING_ROD_NUMERALS = new UnicodeBlock("COUNTING_ROD_NUMERALS", "COUNTING ROD NUMERALS", "COUNTINGRODNUMERALS");
        public static final UnicodeBlock MAHJONG_TILES = new UnicodeBlock("MAHJONG_TILES", "MAHJONG TILES", "MAHJONGTILES");
        public static final UnicodeBlock DOMINO_TILES = new UnicodeBlock("DOMINO_TILES", "DOMINO TILES", "DOMINOTILES");
        public static final UnicodeBlock PLAYING_CARDS = new UnicodeBlock("PLAYING_CARDS", "PLAYING CARDS", "PLAYINGCARDS");
        public static final UnicodeBlock ENCLOSED_ALPHANUMERIC_SUPPLEMENT = new UnicodeBlock("ENCLOSED_ALPHANUMERIC_SUPPLEMENT", "ENCLOSED ALPHANUMERIC SUPPLEMENT", "ENCLOSEDALPHANUMERICSUPPLEMENT");
        public static final UnicodeBlock ENCLOSED_IDEOGRAPHIC_SUPPLEMENT = new UnicodeBlock("ENCLOSED_IDEOGRAPHIC_SUPPLEMENT", "ENCLOSED IDEOGRAPHIC SUPPLEMENT", "ENCLOSEDIDEOGRAPHICSUPPLEMENT");
        public static final UnicodeBlock MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS = new UnicodeBlock("MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS", "MISCELLANEOUS SYMBOLS AND PICTOGRAPHS", "MISCELLANEOUSSYMBOLSANDPICTOGRAPHS");
        public static final UnicodeBlock EMOTICONS = new UnicodeBlock("EMOTICONS");
        public static final UnicodeBlock TRANSPORT_AND_MAP_SYMBOLS = new UnicodeBlock("TRANSPORT_AND_MAP_SYMBOLS", "TRANSPORT AND MAP SYMBOLS", "TRANSPORTANDMAPSYMBOLS");
        public static final UnicodeBlock ALCHEMICAL_SYMBOLS = new UnicodeBlock("ALCHEMICAL_SYMBOLS", "ALCHEMICAL SYMBOLS", "ALCHEMICALSYMBOLS");
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C", "CJK UNIFIED IDEOGRAPHS EXTENSION C", "CJKUNIFIEDIDEOGRAPHSEXTENSIONC");
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D", "CJK UNIFIED IDEOGRAPHS EXTENSION D", "CJKUNIFIEDIDEOGRAPHSEXTENSIOND");
        public static final UnicodeBlock ARABIC_EXTENDED_A = new UnicodeBlock("ARABIC_EXTENDED_A", "ARABIC EXTENDED-A", "ARABICEXTENDED-A");
        public static final UnicodeBlock SUNDANESE_SUPPLEMENT = new UnicodeBlock("SUNDANESE_SUPPLEMENT", "SUNDANESE SUPPLEMENT", "SUNDANESESUPPLEMENT");
        public static final UnicodeBlock MEETEI_MAYEK_EXTENSIONS = new UnicodeBlock("MEETEI_MAYEK_EXTENSIONS", "MEETEI MAYEK EXTENSIONS", "MEETEIMAYEKEXTENSIONS");
        public static final UnicodeBlock MEROITIC_HIEROGLYPHS = new UnicodeBlock("MEROITIC_HIEROGLYPHS", "MEROITIC HIEROGLYPHS", "MEROITICHIEROGLYPHS");
        public static final UnicodeBlock MEROITIC_CURSIVE = new UnicodeBlock("MEROITIC_CURSIVE", "MEROITIC CURSIVE", "MEROITICCURSIVE");
        public static final UnicodeBlock SORA_SOMPENG = new UnicodeBlock("SORA_SOMPENG", "SORA SOMPENG", "SORASOMPENG");
        public static final UnicodeBlock CHAKMA = new UnicodeBlock("CHAKMA");
        public static final UnicodeBlock SHARADA = new UnicodeBlock("SHARADA");
        public static final UnicodeBlock TAKRI = new UnicodeBlock("TAKRI");
        public static final UnicodeBlock MIAO = new UnicodeBlock("MIAO");
        public static final UnicodeBlock ARABIC_MATHEMATICAL_ALPHABETIC_SYMBOLS = new UnicodeBlock("ARABIC_MATHEMATICAL_ALPHABETIC_SYMBOLS", "ARABIC MATHEMATICAL ALPHABETIC SYMBOLS", "ARABICMATHEMATICALALPHABETICSYMBOLS");
        public static final UnicodeBlock COMBINING_DIACRITICAL_MARKS_EXTENDED = new UnicodeBlock("COMBINING_DIACRITICAL_MARKS_EXTENDED", "COMBINING DIACRITICAL MARKS EXTENDED", "COMBININGDIACRITICALMARKSEXTENDED");
        public static final UnicodeBlock MYANMAR_EXTENDED_B = new UnicodeBlock("MYANMAR_EXTENDED_B", "MYANMAR EXTENDED-B", "MYANMAREXTENDED-B");
        public static final UnicodeBlock LATIN_EXTENDED_E = new UnicodeBlock("LATIN_EXTENDED_E", "LATIN EXTENDED-E", "LATINEXTENDED-E");
        public static final UnicodeBlock COPTIC_EPACT_NUMBERS = new UnicodeBlock("COPTIC_EPACT_NUMBERS", "COPTIC EPACT NUMBERS", "COPTICEPACTNUMBERS");
        public static final UnicodeBlock OLD_PERMIC = new UnicodeBlock("OLD_PERMIC", "OLD PERMIC", "OLDPERMIC");
        public static final UnicodeBlock ELBASAN = new UnicodeBlock("ELBASAN");
        public static final UnicodeBlock CAUCASIAN_ALBANIAN = new UnicodeBlock("CAUCASIAN_ALBANIAN", "CAUCASIAN ALBANIAN", "CAUCASIANALBANIAN");
        public static final UnicodeBlock LINEAR_A = new UnicodeBlock("LINEAR_A", "LINEAR A", "LINEARA");
        public static final UnicodeBlock PALMYRENE = new UnicodeBlock("PALMYRENE");
        public static final UnicodeBlock NABATAEAN = new UnicodeBlock("NABATAEAN");
        public static final UnicodeBlock OLD_NORTH_ARABIAN = new UnicodeBlock("OLD_NORTH_ARABIAN", "OLD NORTH ARABIAN", "OLDNORTHARABIAN");
        public static final UnicodeBlock MANICHAEAN = new UnicodeBlock("MANICHAEAN");
        public static final UnicodeBlock PSALTER_PAHLAVI = new UnicodeBlock("PSALTER_PAHLAVI", "PSALTER PAHLAVI", "PSALTERPAHLAVI");
        public static final UnicodeBlock MAHAJANI = new UnicodeBlock("MAHAJANI");
        public static final UnicodeBlock SINHALA_ARCHAIC_NUMBERS = new UnicodeBlock("SINHALA_ARCHAIC_NUMBERS", "SINHALA ARCHAIC NUMBERS", "SINHALAARCHAICNUMBERS");
        public static final UnicodeBlock KHOJKI = new UnicodeBlock("KHOJKI");
        public static final UnicodeBlock KHUDAWADI = new UnicodeBlock("KHUDAWADI");
        public static final UnicodeBlock GRANTHA = new UnicodeBlock("GRANTHA");
        public static final UnicodeBlock TIRHUTA = new UnicodeBlock("TIRHUTA");
        public static final UnicodeBlock SIDDHAM = new UnicodeBlock("SIDDHAM");
        public static final UnicodeBlock MODI = new UnicodeBlock("MODI");
        public static final UnicodeBlock WARANG_CITI = new UnicodeBlock("WARANG_CITI", "WARANG CITI", "WARANGCITI");
        public static final UnicodeBlock PAU_CIN_HAU = new UnicodeBlock("PAU_CIN_HAU", "PAU CIN HAU", "PAUCINHAU");
        public static final UnicodeBlock MRO = new UnicodeBlock("MRO");
        public static final UnicodeBlock BASSA_VAH = new UnicodeBlock("BASSA_VAH", "BASSA VAH", "BASSAVAH");
        public static final UnicodeBlock PAHAWH_HMONG = new UnicodeBlock("PAHAWH_HMONG", "PAHAWH HMONG", "PAHAWHHMONG");
        public static final UnicodeBlock DUPLOYAN = new UnicodeBlock("DUPLOYAN");
        public static final UnicodeBlock SHORTHAND_FORMAT_CONTROLS = new UnicodeBlock("SHORTHAND_FORMAT_CONTROLS", "SHORTHAND FORMAT CONTROLS", "SHORTHANDFORMATCONTROLS");
        public static final UnicodeBlock MENDE_KIKAKUI = new UnicodeBlock("MENDE_KIKAKUI", "MENDE KIKAKUI", "MENDEKIKAKUI");
        public static final UnicodeBlock ORNAMENTAL_DINGBATS = new UnicodeBlock("ORNAMENTAL_DINGBATS", "ORNAMENTAL DINGBATS", "ORNAMENTALDINGBATS");
        public static final UnicodeBlock GEOMETRIC_SHAPES_EXTENDED = new UnicodeBlock("GEOMETRIC_SHAPES_EXTENDED", "GEOMETRIC SHAPES EXTENDED", "GEOMETRICSHAPESEXTENDED");
        public static final UnicodeBlock SUPPLEMENTAL_ARROWS_C = new UnicodeBlock("SUPPLEMENTAL_ARROWS_C", "SUPPLEMENTAL ARROWS-C", "SUPPLEMENTALARROWS-C");
        public static final UnicodeBlock CHEROKEE_SUPPLEMENT = new UnicodeBlock("CHEROKEE_SUPPLEMENT", "CHEROKEE SUPPLEMENT", "CHEROKEESUPPLEMENT");
        public static final UnicodeBlock HATRAN = new UnicodeBlock("HATRAN");
        public static final UnicodeBlock OLD_HUNGARIAN = new UnicodeBlock("OLD_HUNGARIAN", "OLD HUNGARIAN", "OLDHUNGARIAN");
        public static final UnicodeBlock MULTANI = new UnicodeBlock("MULTANI");
        public static final UnicodeBlock AHOM = new UnicodeBlock("AHOM");
        public static final UnicodeBlock EARLY_DYNASTIC_CUNEIFORM = new UnicodeBlock("EARLY_DYNASTIC_CUNEIFORM", "EARLY DYNASTIC CUNEIFORM", "EARLYDYNASTICCUNEIFORM");
        public static final UnicodeBlock ANATOLIAN_HIEROGLYPHS = new UnicodeBlock("ANATOLIAN_HIEROGLYPHS", "ANATOLIAN HIEROGLYPHS", "ANATOLIANHIEROGLYPHS");
        public static final UnicodeBlock SUTTON_SIGNWRITING = new UnicodeBlock("SUTTON_SIGNWRITING", "SUTTON SIGNWRITING", "SUTTONSIGNWRITING");
        public static final UnicodeBlock SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS = new UnicodeBlock("SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS", "SUPPLEMENTAL SYMBOLS AND PICTOGRAPHS", "SUPPLEMENTALSYMBOLSANDPICTOGRAPHS");
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_E = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_E", "CJK UNIFIED IDEOGRAPHS EXTENSION E", "CJKUNIFIEDIDEOGRAPHSEXTENSIONE");
        public static final UnicodeBlock SYRIAC_SUPPLEMENT = new UnicodeBlock("SYRIAC_SUPPLEMENT", "SYRIAC SUPPLEMENT", "SYRIACSUPPLEMENT");
        public static final UnicodeBlock CYRILLIC_EXTENDED_C = new UnicodeBlock("CYRILLIC_EXTENDED_C", "CYRILLIC EXTENDED-C", "CYRILLICEXTENDED-C");
        public static final UnicodeBlock OSAGE = new UnicodeBlock("OSAGE");
        public static final UnicodeBlock NEWA = new UnicodeBlock("NEWA");
        public static final UnicodeBlock MONGOLIAN_SUPPLEMENT = new UnicodeBlock("MONGOLIAN_SUPPLEMENT", "MONGOLIAN SUPPLEMENT", "MONGOLIANSUPPLEMENT");
        public static final UnicodeBlock MARCHEN = new UnicodeBlock("MARCHEN");
        public static final UnicodeBlock IDEOGRAPHIC_SYMBOLS_AND_PUNCTUATION = new UnicodeBlock("IDEOGRAPHIC_SYMBOLS_AND_PUNCTUATION", "IDEOGRAPHIC SYMBOLS AND PUNCTUATION", "IDEOGRAPHICSYMBOLSANDPUNCTUATION");
        public static final UnicodeBlock TANGUT = new UnicodeBlock("TANGUT");
        public static final UnicodeBlock TANGUT_COMPONENTS = new UnicodeBlock("TANGUT_COMPONENTS", "TANGUT COMPONENTS", "TANGUTCOMPONENTS");
        public static final UnicodeBlock KANA_EXTENDED_A = new UnicodeBlock("KANA_EXTENDED_A", "KANA EXTENDED-A", "KANAEXTENDED-A");
        public static final UnicodeBlock GLAGOLITIC_SUPPLEMENT = new UnicodeBlock("GLAGOLITIC_SUPPLEMENT", "GLAGOLITIC SUPPLEMENT", "GLAGOLITICSUPPLEMENT");
        public static final UnicodeBlock ADLAM = new UnicodeBlock("ADLAM");
        public static final UnicodeBlock MASARAM_GONDI = new UnicodeBlock("MASARAM_GONDI", "MASARAM GONDI", "MASARAMGONDI");
        public static final UnicodeBlock ZANABAZAR_SQUARE = new UnicodeBlock("ZANABAZAR_SQUARE", "ZANABAZAR SQUARE", "ZANABAZARSQUARE");
        public static final UnicodeBlock NUSHU = new UnicodeBlock("NUSHU");
        public static final UnicodeBlock SOYOMBO = new UnicodeBlock("SOYOMBO");
        public static final UnicodeBlock BHAIKSUKI = new UnicodeBlock("BHAIKSUKI");
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_F = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_F", "CJK UNIFIED IDEOGRAPHS EXTENSION F", "CJKUNIFIEDIDEOGRAPHSEXTENSIONF");
        public static final UnicodeBlock GEORGIAN_EXTENDED = new UnicodeBlock("GEORGIAN_EXTENDED", "GEORGIAN EXTENDED", "GEORGIANEXTENDED");
        public static final UnicodeBlock HANIFI_ROHINGYA = new UnicodeBlock("HANIFI_ROHINGYA", "HANIFI ROHINGYA", "HANIFIROHINGYA");
        public static final UnicodeBlock OLD_SOGDIAN = new UnicodeBlock("OLD_SOGDIAN", "OLD SOGDIAN", "OLDSOGDIAN");
        public static final UnicodeBlock SOGDIAN = new UnicodeBlock("SOGDIAN");
        public static final UnicodeBlock DOGRA = new UnicodeBlock("DOGRA");
        public static final UnicodeBlock GUNJALA_GONDI = new UnicodeBlock("GUNJALA_GONDI", "GUNJALA GONDI", "GUNJALAGONDI");
        public static final UnicodeBlock MAKASAR = new UnicodeBlock("MAKASAR");
        public static final UnicodeBlock MEDEFAIDRIN = new UnicodeBlock("MEDEFAIDRIN");
        public static final UnicodeBlock MAYAN_NUMERALS = new UnicodeBlock("MAYAN_NUMERALS", "MAYAN NUMERALS", "MAYANNUMERALS");
        public static final UnicodeBlock INDIC_SIYAQ_NUMBERS = new UnicodeBlock("INDIC_SIYAQ_NUMBERS", "INDIC SIYAQ NUMBERS", "INDICSIYAQNUMBERS");
        public static final UnicodeBlock CHESS_SYMBOLS = new UnicodeBlock("CHESS_SYMBOLS", "CHESS SYMBOLS", "CHESSSYMBOLS");
        public static final UnicodeBlock ELYMAIC = new UnicodeBlock("ELYMAIC");
        public static final UnicodeBlock NANDINAGARI = new UnicodeBlock("NANDINAGARI");
        public static final UnicodeBlock TAMIL_SUPPLEMENT = new UnicodeBlock("TAMIL_SUPPLEMENT", "TAMIL SUPPLEMENT", "TAMILSUPPLEMENT");
        public static final UnicodeBlock EGYPTIAN_HIEROGLYPH_FORMAT_CONTROLS = new UnicodeBlock("EGYPTIAN_HIEROGLYPH_FORMAT_CONTROLS", "EGYPTIAN HIEROGLYPH FORMAT CONTROLS", "EGYPTIANHIEROGLYPHFORMATCONTROLS");
        public static final UnicodeBlock SMALL_KANA_EXTENSION = new UnicodeBlock("SMALL_KANA_EXTENSION", "SMALL KANA EXTENSION", "SMALLKANAEXTENSION");
        public static final UnicodeBlock NYIAKENG_PUACHUE_HMONG = new UnicodeBlock("NYIAKENG_PUACHUE_HMONG", "NYIAKENG PUACHUE HMONG", "NYIAKENGPUACHUEHMONG");
        public static final UnicodeBlock WANCHO = new UnicodeBlock("WANCHO");
        public static final UnicodeBlock OTTOMAN_SIYAQ_NUMBERS = new UnicodeBlock("OTTOMAN_SIYAQ_NUMBERS", "OTTOMAN SIYAQ NUMBERS", "OTTOMANSIYAQNUMBERS");
        public static final UnicodeBlock SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A = new UnicodeBlock("SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A", "SYMBOLS AND PICTOGRAPHS EXTENDED-A", "SYMBOLSANDPICTOGRAPHSEXTENDED-A");
        public static final UnicodeBlock YEZIDI = new UnicodeBlock("YEZIDI");
        public static final UnicodeBlock CHORASMIAN = new UnicodeBlock("CHORASMIAN");
        public static final UnicodeBlock DIVES_AKURU = new UnicodeBlock("DIVES_AKURU", "DIVES AKURU", "DIVESAKURU");
        public static final UnicodeBlock LISU_SUPPLEMENT = new UnicodeBlock("LISU_SUPPLEMENT", "LISU SUPPLEMENT", "LISUSUPPLEMENT");
        public static final UnicodeBlock KHITAN_SMALL_SCRIPT = new UnicodeBlock("KHITAN_SMALL_SCRIPT", "KHITAN SMALL SCRIPT", "KHITANSMALLSCRIPT");
        public static final UnicodeBlock TANGUT_SUPPLEMENT = new UnicodeBlock("TANGUT_SUPPLEMENT", "TANGUT SUPPLEMENT", "TANGUTSUPPLEMENT");
        public static final UnicodeBlock SYMBOLS_FOR_LEGACY_COMPUTING = new UnicodeBlock("SYMBOLS_FOR_LEGACY_COMPUTING", "SYMBOLS FOR LEGACY COMPUTING", "SYMBOLSFORLEGACYCOMPUTING");
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_G = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_G", "CJK UNIFIED IDEOGRAPHS EXTENSION G", "CJKUNIFIEDIDEOGRAPHSEXTENSIONG");
        private static final String BLOCK_STARTS = "\u0000\u0000\u0000\u0080\u0000\u0100\u0000\u0180\u0000\u0250\u0000\u02b0\u0000\u0300\u0000\u0370\u0000\u0400\u0000\u0500\u0000\u0530\u0000\u0590\u0000\u0600\u0000\u0700\u0000\u0750\u0000\u0780\u0000\u07c0\u0000\u0800\u0000\u0840\u0000\u0860\u0000\u0870\u0000\u08a0\u0000\u0900\u0000\u0980\u0000\u0a00\u0000\u0a80\u0000\u0b00\u0000\u0b80\u0000\u0c00\u0000\u0c80\u0000\u0d00\u0000\u0d80\u0000\u0e00\u0000\u0e80\u0000\u0f00\u0000\u1000\u0000\u10a0\u0000\u1100\u0000\u1200\u0000\u1380\u0000\u13a0\u0000\u1400\u0000\u1680\u0000\u16a0\u0000\u1700\u0000\u1720\u0000\u1740\u0000\u1760\u0000\u1780\u0000\u1800\u0000\u18b0\u0000\u1900\u0000\u1950\u0000\u1980\u0000\u19e0\u0000\u1a00\u0000\u1a20\u0000\u1ab0\u0000\u1b00\u0000\u1b80\u0000\u1bc0\u0000\u1c00\u0000\u1c50\u0000\u1c80\u0000\u1c90\u0000\u1cc0\u0000\u1cd0\u0000\u1d00\u0000\u1d80\u0000\u1dc0\u0000\u1e00\u0000\u1f00\u0000\u2000\u0000\u2070\u0000\u20a0\u0000\u20d0\u0000\u2100\u0000\u2150\u0000\u2190\u0000\u2200\u0000\u2300\u0000\u2400\u0000\u2440\u0000\u2460\u0000\u2500\u0000\u2580\u0000\u25a0\u0000\u2600\u0000\u2700\u0000\u27c0\u0000\u27f0\u0000\u2800\u0000\u2900\u0000\u2980\u0000\u2a00\u0000\u2b00\u0000\u2c00\u0000\u2c60\u0000\u2c80\u0000\u2d00\u0000\u2d30\u0000\u2d80\u0000\u2de0\u0000\u2e00\u0000\u2e80\u0000\u2f00\u0000\u2fe0\u0000\u2ff0\u0000\u3000\u0000\u3040\u0000\u30a0\u0000\u3100\u0000\u3130\u0000\u3190\u0000\u31a0\u0000\u31c0\u0000\u31f0\u0000\u3200\u0000\u3300\u0000\u3400\u0000\u4dc0\u0000\u4e00\u0000\ua000\u0000\ua490\u0000\ua4d0\u0000\ua500\u0000\ua640\u0000\ua6a0\u0000\ua700\u0000\ua720\u0000\ua800\u0000\ua830\u0000\ua840\u0000\ua880\u0000\ua8e0\u0000\ua900\u0000\ua930\u0000\ua960\u0000\ua980\u0000\ua9e0\u0000\uaa00\u0000\uaa60\u0000\uaa80\u0000\uaae0\u0000\uab00\u0000\uab30\u0000\uab70\u0000\uabc0\u0000\uac00\u0000\ud7b0\u0000\ud800\u0000\udb80\u0000\udc00\u0000\ue000\u0000\uf900\u0000\ufb00\u0000\ufb50\u0000\ufe00\u0000\ufe10\u0000\ufe20\u0000\ufe30\u0000\ufe50\u0000\ufe70\u0000\uff00\u0000\ufff0\u0001\u0000\u0001\u0080\u0001\u0100\u0001\u0140\u0001\u0190\u0001\u01d0\u0001\u0200\u0001\u0280\u0001\u02a0\u0001\u02e0\u0001\u0300\u0001\u0330\u0001\u0350\u0001\u0380\u0001\u03a0\u0001\u03e0\u0001\u0400\u0001\u0450\u0001\u0480\u0001\u04b0\u0001\u0500\u0001\u0530\u0001\u0570\u0001\u0600\u0001\u0780\u0001\u0800\u0001\u0840\u0001\u0860\u0001\u0880\u0001\u08b0\u0001\u08e0\u0001\u0900\u0001\u0920\u0001\u0940\u0001\u0980\u0001\u09a0\u0001\u0a00\u0001\u0a60\u0001\u0a80\u0001\u0aa0\u0001\u0ac0\u0001\u0b00\u0001\u0b40\u0001\u0b60\u0001\u0b80\u0001\u0bb0\u0001\u0c00\u0001\u0c50\u0001\u0c80\u0001\u0d00\u0001\u0d40\u0001\u0e60\u0001\u0e80\u0001\u0ec0\u0001\u0f00\u0001\u0f30\u0001\u0f70\u0001\u0fb0\u0001\u0fe0\u0001\u1000\u0001\u1080\u0001\u10d0\u0001\u1100\u0001\u1150\u0001\u1180\u0001\u11e0\u0001\u1200\u0001\u1250\u0001\u1280\u0001\u12b0\u0001\u1300\u0001\u1380\u0001\u1400\u0001\u1480\u0001\u14e0\u0001\u1580\u0001\u1600\u0001\u1660\u0001\u1680\u0001\u16d0\u0001\u1700\u0001\u1740\u0001\u1800\u0001\u1850\u0001\u18a0\u0001\u1900\u0001\u1960\u0001\u19a0\u0001\u1a00\u0001\u1a50\u0001\u1ab0\u0001\u1ac0\u0001\u1b00\u0001\u1c00\u0001\u1c70\u0001\u1cc0\u0001\u1d00\u0001\u1d60\u0001\u1db0\u0001\u1ee0\u0001\u1f00\u0001\u1fb0\u0001\u1fc0\u0001\u2000\u0001\u2400\u0001\u2480\u0001\u2550\u0001\u3000\u0001\u3430\u0001\u3440\u0001\u4400\u0001\u4680\u0001\u6800\u0001\u6a40\u0001\u6a70\u0001\u6ad0\u0001\u6b00\u0001\u6b90\u0001\u6e40\u0001\u6ea0\u0001\u6f00\u0001\u6fa0\u0001\u6fe0\u0001\u7000\u0001\u8800\u0001\u8b00\u0001\u8d00\u0001\u8d90\u0001\ub000\u0001\ub100\u0001\ub130\u0001\ub170\u0001\ub300\u0001\ubc00\u0001\ubca0\u0001\ubcb0\u0001\ud000\u0001\ud100\u0001\ud200\u0001\ud250\u0001\ud2e0\u0001\ud300\u0001\ud360\u0001\ud380\u0001\ud400\u0001\ud800\u0001\udab0\u0001\ue000\u0001\ue030\u0001\ue100\u0001\ue150\u0001\ue2c0\u0001\ue300\u0001\ue800\u0001\ue8e0\u0001\ue900\u0001\ue960\u0001\uec70\u0001\uecc0\u0001\ued00\u0001\ued50\u0001\uee00\u0001\uef00\u0001\uf000\u0001\uf030\u0001\uf0a0\u0001\uf100\u0001\uf200\u0001\uf300\u0001\uf600\u0001\uf650\u0001\uf680\u0001\uf700\u0001\uf780\u0001\uf800\u0001\uf900\u0001\ufa00\u0001\ufa70\u0001\ufb00\u0001\ufc00\u0002\u0000\u0002\ua6e0\u0002\ua700\u0002\ub740\u0002\ub820\u0002\uceb0\u0002\uebf0\u0002\uf800\u0002\ufa20\u0003\u0000\u0003\u1350\u000e\u0000\u000e\u0080\u000e\u0100\u000e\u01f0\u000f\u0000\u0010\u0000";
        private static final UnicodeBlock[] BLOCKS = {
            BASIC_LATIN, LATIN_1_SUPPLEMENT, LATIN_EXTENDED_A, LATIN_EXTENDED_B, IPA_EXTENSIONS, SPACING_MODIFIER_LETTERS, 
            COMBINING_DIACRITICAL_MARKS, GREEK, CYRILLIC, CYRILLIC_SUPPLEMENTARY, ARMENIAN, HEBREW, 
            ARABIC, SYRIAC, ARABIC_SUPPLEMENT, THAANA, NKO, SAMARITAN, 
            MANDAIC, SYRIAC_SUPPLEMENT, null, ARABIC_EXTENDED_A, DEVANAGARI, BENGALI, 
            GURMUKHI, GUJARATI, ORIYA, TAMIL, TELUGU, KANNADA, 
            MALAYALAM, SINHALA, THAI, LAO, TIBETAN, MYANMAR, 
            GEORGIAN, HANGUL_JAMO, ETHIOPIC, ETHIOPIC_SUPPLEMENT, CHEROKEE, UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS, 
            OGHAM, RUNIC, TAGALOG, HANUNOO, BUHID, TAGBANWA, 
            KHMER, MONGOLIAN, UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS_EXTENDED, LIMBU, TAI_LE, NEW_TAI_LUE, 
            KHMER_SYMBOLS, BUGINESE, TAI_THAM, COMBINING_DIACRITICAL_MARKS_EXTENDED, BALINESE, SUNDANESE, 
            BATAK, LEPCHA, OL_CHIKI, CYRILLIC_EXTENDED_C, GEORGIAN_EXTENDED, SUNDANESE_SUPPLEMENT, 
            VEDIC_EXTENSIONS, PHONETIC_EXTENSIONS, PHONETIC_EXTENSIONS_SUPPLEMENT, COMBINING_DIACRITICAL_MARKS_SUPPLEMENT, LATIN_EXTENDED_ADDITIONAL, GREEK_EXTENDED, 
            GENERAL_PUNCTUATION, SUPERSCRIPTS_AND_SUBSCRIPTS, CURRENCY_SYMBOLS, COMBINING_MARKS_FOR_SYMBOLS, LETTERLIKE_SYMBOLS, NUMBER_FORMS, 
            ARROWS, MATHEMATICAL_OPERATORS, MISCELLANEOUS_TECHNICAL, CONTROL_PICTURES, OPTICAL_CHARACTER_RECOGNITION, ENCLOSED_ALPHANUMERICS, 
            BOX_DRAWING, BLOCK_ELEMENTS, GEOMETRIC_SHAPES, MISCELLANEOUS_SYMBOLS, DINGBATS, MISCELLANEOUS_MATHEMATICAL_SYMBOLS_A, 
            SUPPLEMENTAL_ARROWS_A, BRAILLE_PATTERNS, SUPPLEMENTAL_ARROWS_B, MISCELLANEOUS_MATHEMATICAL_SYMBOLS_B, SUPPLEMENTAL_MATHEMATICAL_OPERATORS, MISCELLANEOUS_SYMBOLS_AND_ARROWS, 
            GLAGOLITIC, LATIN_EXTENDED_C, COPTIC, GEORGIAN_SUPPLEMENT, TIFINAGH, ETHIOPIC_EXTENDED, 
            CYRILLIC_EXTENDED_A, SUPPLEMENTAL_PUNCTUATION, CJK_RADICALS_SUPPLEMENT, KANGXI_RADICALS, null, IDEOGRAPHIC_DESCRIPTION_CHARACTERS, 
            CJK_SYMBOLS_AND_PUNCTUATION, HIRAGANA, KATAKANA, BOPOMOFO, HANGUL_COMPATIBILITY_JAMO, KANBUN, 
            BOPOMOFO_EXTENDED, CJK_STROKES, KATAKANA_PHONETIC_EXTENSIONS, ENCLOSED_CJK_LETTERS_AND_MONTHS, CJK_COMPATIBILITY, CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A, 
            YIJING_HEXAGRAM_SYMBOLS, CJK_UNIFIED_IDEOGRAPHS, YI_SYLLABLES, YI_RADICALS, LISU, VAI, 
            CYRILLIC_EXTENDED_B, BAMUM, MODIFIER_TONE_LETTERS, LATIN_EXTENDED_D, SYLOTI_NAGRI, COMMON_INDIC_NUMBER_FORMS, 
            PHAGS_PA, SAURASHTRA, DEVANAGARI_EXTENDED, KAYAH_LI, REJANG, HANGUL_JAMO_EXTENDED_A, 
            JAVANESE, MYANMAR_EXTENDED_B, CHAM, MYANMAR_EXTENDED_A, TAI_VIET, MEETEI_MAYEK_EXTENSIONS, 
            ETHIOPIC_EXTENDED_A, LATIN_EXTENDED_E, CHEROKEE_SUPPLEMENT, MEETEI_MAYEK, HANGUL_SYLLABLES, HANGUL_JAMO_EXTENDED_B, 
            HIGH_SURROGATES, HIGH_PRIVATE_USE_SURROGATES, LOW_SURROGATES, PRIVATE_USE_AREA, CJK_COMPATIBILITY_IDEOGRAPHS, ALPHABETIC_PRESENTATION_FORMS, 
            ARABIC_PRESENTATION_FORMS_A, VARIATION_SELECTORS, VERTICAL_FORMS, COMBINING_HALF_MARKS, CJK_COMPATIBILITY_FORMS, SMALL_FORM_VARIANTS, 
            ARABIC_PRESENTATION_FORMS_B, HALFWIDTH_AND_FULLWIDTH_FORMS, SPECIALS, LINEAR_B_SYLLABARY, LINEAR_B_IDEOGRAMS, AEGEAN_NUMBERS, 
            ANCIENT_GREEK_NUMBERS, ANCIENT_SYMBOLS, PHAISTOS_DISC, null, LYCIAN, CARIAN, 
            COPTIC_EPACT_NUMBERS, OLD_ITALIC, GOTHIC, OLD_PERMIC, UGARITIC, OLD_PERSIAN, 
            null, DESERET, SHAVIAN, OSMANYA, OSAGE, ELBASAN, 
            CAUCASIAN_ALBANIAN, null, LINEAR_A, null, CYPRIOT_SYLLABARY, IMPERIAL_ARAMAIC, 
            PALMYRENE, NABATAEAN, null, HATRAN, PHOENICIAN, LYDIAN, 
            null, MEROITIC_HIEROGLYPHS, MEROITIC_CURSIVE, KHAROSHTHI, OLD_SOUTH_ARABIAN, OLD_NORTH_ARABIAN, 
            null, MANICHAEAN, AVESTAN, INSCRIPTIONAL_PARTHIAN, INSCRIPTIONAL_PAHLAVI, PSALTER_PAHLAVI, 
            null, OLD_TURKIC, null, OLD_HUNGARIAN, HANIFI_ROHINGYA, null, 
            RUMI_NUMERAL_SYMBOLS, YEZIDI, null, OLD_SOGDIAN, SOGDIAN, null, 
            CHORASMIAN, ELYMAIC, BRAHMI, KAITHI, SORA_SOMPENG, CHAKMA, 
            MAHAJANI, SHARADA, SINHALA_ARCHAIC_NUMBERS, KHOJKI, null, MULTANI, 
            KHUDAWADI, GRANTHA, null, NEWA, TIRHUTA, null, 
            SIDDHAM, MODI, MONGOLIAN_SUPPLEMENT, TAKRI, null, AHOM, 
            null, DOGRA, null, WARANG_CITI, DIVES_AKURU, null, 
            NANDINAGARI, ZANABAZAR_SQUARE, SOYOMBO, null, PAU_CIN_HAU, null, 
            BHAIKSUKI, MARCHEN, null, MASARAM_GONDI, GUNJALA_GONDI, null, 
            MAKASAR, null, LISU_SUPPLEMENT, TAMIL_SUPPLEMENT, CUNEIFORM, CUNEIFORM_NUMBERS_AND_PUNCTUATION, 
            EARLY_DYNASTIC_CUNEIFORM, null, EGYPTIAN_HIEROGLYPHS, EGYPTIAN_HIEROGLYPH_FORMAT_CONTROLS, null, ANATOLIAN_HIEROGLYPHS, 
            null, BAMUM_SUPPLEMENT, MRO, null, BASSA_VAH, PAHAWH_HMONG, 
            null, MEDEFAIDRIN, null, MIAO, null, IDEOGRAPHIC_SYMBOLS_AND_PUNCTUATION, 
            TANGUT, TANGUT_COMPONENTS, KHITAN_SMALL_SCRIPT, TANGUT_SUPPLEMENT, null, KANA_SUPPLEMENT, 
            KANA_EXTENDED_A, SMALL_KANA_EXTENSION, NUSHU, null, DUPLOYAN, SHORTHAND_FORMAT_CONTROLS, 
            null, BYZANTINE_MUSICAL_SYMBOLS, MUSICAL_SYMBOLS, ANCIENT_GREEK_MUSICAL_NOTATION, null, MAYAN_NUMERALS, 
            TAI_XUAN_JING_SYMBOLS, COUNTING_ROD_NUMERALS, null, MATHEMATICAL_ALPHANUMERIC_SYMBOLS, SUTTON_SIGNWRITING, null, 
            GLAGOLITIC_SUPPLEMENT, null, NYIAKENG_PUACHUE_HMONG, null, WANCHO, null, 
            MENDE_KIKAKUI, null, ADLAM, null, INDIC_SIYAQ_NUMBERS, null, 
            OTTOMAN_SIYAQ_NUMBERS, null, ARABIC_MATHEMATICAL_ALPHABETIC_SYMBOLS, null, MAHJONG_TILES, DOMINO_TILES, 
            PLAYING_CARDS, ENCLOSED_ALPHANUMERIC_SUPPLEMENT, ENCLOSED_IDEOGRAPHIC_SUPPLEMENT, MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS, EMOTICONS, ORNAMENTAL_DINGBATS, 
            TRANSPORT_AND_MAP_SYMBOLS, ALCHEMICAL_SYMBOLS, GEOMETRIC_SHAPES_EXTENDED, SUPPLEMENTAL_ARROWS_C, SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS, CHESS_SYMBOLS, 
            SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A, SYMBOLS_FOR_LEGACY_COMPUTING, null, CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B, null, CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C, 
            CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D, CJK_UNIFIED_IDEOGRAPHS_EXTENSION_E, CJK_UNIFIED_IDEOGRAPHS_EXTENSION_F, null, CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT, null, 
            CJK_UNIFIED_IDEOGRAPHS_EXTENSION_G, null, TAGS, null, VARIATION_SELECTORS_SUPPLEMENT, null, 
            SUPPLEMENTARY_PRIVATE_USE_AREA_A, SUPPLEMENTARY_PRIVATE_USE_AREA_B, 
        };

        public static UnicodeBlock of(char c) {
            return of((int) c);
        }

        public static UnicodeBlock of(int codePoint) {
            if (!isValidCodePoint(codePoint)) {
                throw new IllegalArgumentException(String.format("Not a valid Unicode code point: 0x%X", codePoint));
            }
            int lo = 0;
            int hi = BLOCKS.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                int start = (BLOCK_STARTS.charAt(2 * mid) << 16) | BLOCK_STARTS.charAt(2 * mid + 1);
                if (start <= codePoint) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return BLOCKS[lo];
        }

        public static final UnicodeBlock forName(String blockName) {
            UnicodeBlock block = map.get(blockName.toUpperCase(java.util.Locale.US));
            if (block == null) {
                throw new IllegalArgumentException("Not a valid block name: " + blockName);
            }
            return block;
        }
    }

    /** The Unicode scripts of Unicode 13 (JDK 17's table). */
    public static enum UnicodeScript {
        COMMON,
        LATIN,
        GREEK,
        CYRILLIC,
        ARMENIAN,
        HEBREW,
        ARABIC,
        SYRIAC,
        THAANA,
        DEVANAGARI,
        BENGALI,
        GURMUKHI,
        GUJARATI,
        ORIYA,
        TAMIL,
        TELUGU,
        KANNADA,
        MALAYALAM,
        SINHALA,
        THAI,
        LAO,
        TIBETAN,
        MYANMAR,
        GEORGIAN,
        HANGUL,
        ETHIOPIC,
        CHEROKEE,
        CANADIAN_ABORIGINAL,
        OGHAM,
        RUNIC,
        KHMER,
        MONGOLIAN,
        HIRAGANA,
        KATAKANA,
        BOPOMOFO,
        HAN,
        YI,
        OLD_ITALIC,
        GOTHIC,
        DESERET,
        INHERITED,
        TAGALOG,
        HANUNOO,
        BUHID,
        TAGBANWA,
        LIMBU,
        TAI_LE,
        LINEAR_B,
        UGARITIC,
        SHAVIAN,
        OSMANYA,
        CYPRIOT,
        BRAILLE,
        BUGINESE,
        COPTIC,
        NEW_TAI_LUE,
        GLAGOLITIC,
        TIFINAGH,
        SYLOTI_NAGRI,
        OLD_PERSIAN,
        KHAROSHTHI,
        BALINESE,
        CUNEIFORM,
        PHOENICIAN,
        PHAGS_PA,
        NKO,
        SUNDANESE,
        BATAK,
        LEPCHA,
        OL_CHIKI,
        VAI,
        SAURASHTRA,
        KAYAH_LI,
        REJANG,
        LYCIAN,
        CARIAN,
        LYDIAN,
        CHAM,
        TAI_THAM,
        TAI_VIET,
        AVESTAN,
        EGYPTIAN_HIEROGLYPHS,
        SAMARITAN,
        MANDAIC,
        LISU,
        BAMUM,
        JAVANESE,
        MEETEI_MAYEK,
        IMPERIAL_ARAMAIC,
        OLD_SOUTH_ARABIAN,
        INSCRIPTIONAL_PARTHIAN,
        INSCRIPTIONAL_PAHLAVI,
        OLD_TURKIC,
        BRAHMI,
        KAITHI,
        MEROITIC_HIEROGLYPHS,
        MEROITIC_CURSIVE,
        SORA_SOMPENG,
        CHAKMA,
        SHARADA,
        TAKRI,
        MIAO,
        CAUCASIAN_ALBANIAN,
        BASSA_VAH,
        DUPLOYAN,
        ELBASAN,
        GRANTHA,
        PAHAWH_HMONG,
        KHOJKI,
        LINEAR_A,
        MAHAJANI,
        MANICHAEAN,
        MENDE_KIKAKUI,
        MODI,
        MRO,
        OLD_NORTH_ARABIAN,
        NABATAEAN,
        PALMYRENE,
        PAU_CIN_HAU,
        OLD_PERMIC,
        PSALTER_PAHLAVI,
        SIDDHAM,
        KHUDAWADI,
        TIRHUTA,
        WARANG_CITI,
        AHOM,
        ANATOLIAN_HIEROGLYPHS,
        HATRAN,
        MULTANI,
        OLD_HUNGARIAN,
        SIGNWRITING,
        ADLAM,
        BHAIKSUKI,
        MARCHEN,
        NEWA,
        OSAGE,
        TANGUT,
        MASARAM_GONDI,
        NUSHU,
        SOYOMBO,
        ZANABAZAR_SQUARE,
        HANIFI_ROHINGYA,
        OLD_SOGDIAN,
        SOGDIAN,
        DOGRA,
        GUNJALA_GONDI,
        MAKASAR,
        MEDEFAIDRIN,
        ELYMAIC,
        NANDINAGARI,
        NYIAKENG_PUACHUE_HMONG,
        WANCHO,
        YEZIDI,
        CHORASMIAN,
        DIVES_AKURU,
        KHITAN_SMALL_SCRIPT,
        UNKNOWN;

        private static final String ALIASES = "ZYYY=COMMON;LATN=LATIN;GREK=GREEK;CYRL=CYRILLIC;ARMN=ARMENIAN;HEBR=HEBREW;ARAB=ARABIC;SYRC=SYRIAC;THAA=THAANA;DEVA=DEVANAGARI;BENG=BENGALI;GURU=GURMUKHI;GUJR=GUJARATI;ORYA=ORIYA;TAML=TAMIL;TELU=TELUGU;KNDA=KANNADA;MLYM=MALAYALAM;SINH=SINHALA;THAI=THAI;LAOO=LAO;TIBT=TIBETAN;MYMR=MYANMAR;GEOR=GEORGIAN;HANG=HANGUL;ETHI=ETHIOPIC;CHER=CHEROKEE;CANS=CANADIAN_ABORIGINAL;OGAM=OGHAM;RUNR=RUNIC;KHMR=KHMER;MONG=MONGOLIAN;HIRA=HIRAGANA;KANA=KATAKANA;BOPO=BOPOMOFO;HANI=HAN;YIII=YI;ITAL=OLD_ITALIC;GOTH=GOTHIC;DSRT=DESERET;ZINH=INHERITED;TGLG=TAGALOG;HANO=HANUNOO;BUHD=BUHID;TAGB=TAGBANWA;LIMB=LIMBU;TALE=TAI_LE;LINB=LINEAR_B;UGAR=UGARITIC;SHAW=SHAVIAN;OSMA=OSMANYA;CPRT=CYPRIOT;BRAI=BRAILLE;BUGI=BUGINESE;COPT=COPTIC;TALU=NEW_TAI_LUE;GLAG=GLAGOLITIC;TFNG=TIFINAGH;SYLO=SYLOTI_NAGRI;XPEO=OLD_PERSIAN;KHAR=KHAROSHTHI;BALI=BALINESE;XSUX=CUNEIFORM;PHNX=PHOENICIAN;PHAG=PHAGS_PA;NKOO=NKO;SUND=SUNDANESE;BATK=BATAK;LEPC=LEPCHA;OLCK=OL_CHIKI;VAII=VAI;SAUR=SAURASHTRA;KALI=KAYAH_LI;RJNG=REJANG;LYCI=LYCIAN;CARI=CARIAN;LYDI=LYDIAN;CHAM=CHAM;LANA=TAI_THAM;TAVT=TAI_VIET;AVST=AVESTAN;EGYP=EGYPTIAN_HIEROGLYPHS;SAMR=SAMARITAN;MAND=MANDAIC;LISU=LISU;BAMU=BAMUM;JAVA=JAVANESE;MTEI=MEETEI_MAYEK;ARMI=IMPERIAL_ARAMAIC;SARB=OLD_SOUTH_ARABIAN;PRTI=INSCRIPTIONAL_PARTHIAN;PHLI=INSCRIPTIONAL_PAHLAVI;ORKH=OLD_TURKIC;BRAH=BRAHMI;KTHI=KAITHI;MERO=MEROITIC_HIEROGLYPHS;MERC=MEROITIC_CURSIVE;SORA=SORA_SOMPENG;CAKM=CHAKMA;SHRD=SHARADA;TAKR=TAKRI;PLRD=MIAO;AGHB=CAUCASIAN_ALBANIAN;BASS=BASSA_VAH;DUPL=DUPLOYAN;ELBA=ELBASAN;GRAN=GRANTHA;HMNG=PAHAWH_HMONG;KHOJ=KHOJKI;LINA=LINEAR_A;MAHJ=MAHAJANI;MANI=MANICHAEAN;MEND=MENDE_KIKAKUI;MODI=MODI;MROO=MRO;NARB=OLD_NORTH_ARABIAN;NBAT=NABATAEAN;PALM=PALMYRENE;PAUC=PAU_CIN_HAU;PERM=OLD_PERMIC;PHLP=PSALTER_PAHLAVI;SIDD=SIDDHAM;SIND=KHUDAWADI;TIRH=TIRHUTA;WARA=WARANG_CITI;AHOM=AHOM;HLUW=ANATOLIAN_HIEROGLYPHS;HATR=HATRAN;MULT=MULTANI;HUNG=OLD_HUNGARIAN;SGNW=SIGNWRITING;ADLM=ADLAM;BHKS=BHAIKSUKI;MARC=MARCHEN;NEWA=NEWA;OSGE=OSAGE;TANG=TANGUT;GONM=MASARAM_GONDI;NSHU=NUSHU;SOYO=SOYOMBO;ZANB=ZANABAZAR_SQUARE;ROHG=HANIFI_ROHINGYA;SOGO=OLD_SOGDIAN;SOGD=SOGDIAN;DOGR=DOGRA;GONG=GUNJALA_GONDI;MAKA=MAKASAR;MEDF=MEDEFAIDRIN;ELYM=ELYMAIC;NAND=NANDINAGARI;HMNP=NYIAKENG_PUACHUE_HMONG;WCHO=WANCHO;YEZI=YEZIDI;CHRS=CHORASMIAN;DIAK=DIVES_AKURU;KITS=KHITAN_SMALL_SCRIPT;ZZZZ=UNKNOWN;";
        private static final String SCRIPT_RANGES = "\u0000\u0000\u0000\u0000\u0041\u0001\u0000\u005b\u0000\u0000\u0061\u0001\u0000\u007b\u0000\u0000\u00aa\u0001\u0000\u00ab\u0000\u0000\u00ba\u0001\u0000\u00bb\u0000\u0000\u00c0\u0001\u0000\u00d7\u0000\u0000\u00d8\u0001\u0000\u00f7\u0000\u0000\u00f8\u0001\u0000\u02b9\u0000\u0000\u02e0\u0001\u0000\u02e5\u0000\u0000\u02ea\"\u0000\u02ec\u0000\u0000\u0300\u0028\u0000\u0370\u0002\u0000\u0374\u0000\u0000\u0375\u0002\u0000\u0378\u009c\u0000\u037a\u0002\u0000\u037e\u0000\u0000\u037f\u0002\u0000\u0380\u009c\u0000\u0384\u0002\u0000\u0385\u0000\u0000\u0386\u0002\u0000\u0387\u0000\u0000\u0388\u0002\u0000\u038b\u009c\u0000\u038c\u0002\u0000\u038d\u009c\u0000\u038e\u0002\u0000\u03a2\u009c\u0000\u03a3\u0002\u0000\u03e2\u0036\u0000\u03f0\u0002\u0000\u0400\u0003\u0000\u0485\u0028\u0000\u0487\u0003\u0000\u0530\u009c\u0000\u0531\u0004\u0000\u0557\u009c\u0000\u0559\u0004\u0000\u058b\u009c\u0000\u058d\u0004\u0000\u0590\u009c\u0000\u0591\u0005\u0000\u05c8\u009c\u0000\u05d0\u0005\u0000\u05eb\u009c\u0000\u05ef\u0005\u0000\u05f5\u009c\u0000\u0600\u0006\u0000\u0605\u0000\u0000\u0606\u0006\u0000\u060c\u0000\u0000\u060d\u0006\u0000\u061b\u0000\u0000\u061c\u0006\u0000\u061d\u009c\u0000\u061e\u0006\u0000\u061f\u0000\u0000\u0620\u0006\u0000\u0640\u0000\u0000\u0641\u0006\u0000\u064b\u0028\u0000\u0656\u0006\u0000\u0670\u0028\u0000\u0671\u0006\u0000\u06dd\u0000\u0000\u06de\u0006\u0000\u0700\u0007\u0000\u070e\u009c\u0000\u070f\u0007\u0000\u074b\u009c\u0000\u074d\u0007\u0000\u0750\u0006\u0000\u0780\u0008\u0000\u07b2\u009c\u0000\u07c0\u0041\u0000\u07fb\u009c\u0000\u07fd\u0041\u0000\u0800\u0052\u0000\u082e\u009c\u0000\u0830\u0052\u0000\u083f\u009c\u0000\u0840\u0053\u0000\u085c\u009c\u0000\u085e\u0053\u0000\u085f\u009c\u0000\u0860\u0007\u0000\u086b\u009c\u0000\u08a0\u0006\u0000\u08b5\u009c\u0000\u08b6\u0006\u0000\u08c8\u009c\u0000\u08d3\u0006\u0000\u08e2\u0000\u0000\u08e3\u0006\u0000\u0900\u0009\u0000\u0951\u0028\u0000\u0955\u0009\u0000\u0964\u0000\u0000\u0966\u0009\u0000\u0980\n\u0000\u0984\u009c\u0000\u0985\n\u0000\u098d\u009c\u0000\u098f\n\u0000\u0991\u009c\u0000\u0993\n\u0000\u09a9\u009c\u0000\u09aa\n\u0000\u09b1\u009c\u0000\u09b2\n\u0000\u09b3\u009c\u0000\u09b6\n\u0000\u09ba\u009c\u0000\u09bc\n\u0000\u09c5\u009c\u0000\u09c7\n\u0000\u09c9\u009c\u0000\u09cb\n\u0000\u09cf\u009c\u0000\u09d7\n\u0000\u09d8\u009c\u0000\u09dc\n\u0000\u09de\u009c\u0000\u09df\n\u0000\u09e4\u009c\u0000\u09e6\n\u0000\u09ff\u009c\u0000\u0a01\u000b\u0000\u0a04\u009c\u0000\u0a05\u000b\u0000\u0a0b\u009c\u0000\u0a0f\u000b\u0000\u0a11\u009c\u0000\u0a13\u000b\u0000\u0a29\u009c\u0000\u0a2a\u000b\u0000\u0a31\u009c\u0000\u0a32\u000b\u0000\u0a34\u009c\u0000\u0a35\u000b\u0000\u0a37\u009c\u0000\u0a38\u000b\u0000\u0a3a\u009c\u0000\u0a3c\u000b\u0000\u0a3d\u009c\u0000\u0a3e\u000b\u0000\u0a43\u009c\u0000\u0a47\u000b\u0000\u0a49\u009c\u0000\u0a4b\u000b\u0000\u0a4e\u009c\u0000\u0a51\u000b\u0000\u0a52\u009c\u0000\u0a59\u000b\u0000\u0a5d\u009c\u0000\u0a5e\u000b\u0000\u0a5f\u009c\u0000\u0a66\u000b\u0000\u0a77\u009c\u0000\u0a81\u000c\u0000\u0a84\u009c\u0000\u0a85\u000c\u0000\u0a8e\u009c\u0000\u0a8f\u000c\u0000\u0a92\u009c\u0000\u0a93\u000c\u0000\u0aa9\u009c\u0000\u0aaa\u000c\u0000\u0ab1\u009c\u0000\u0ab2\u000c\u0000\u0ab4\u009c\u0000\u0ab5\u000c\u0000\u0aba\u009c\u0000\u0abc\u000c\u0000\u0ac6\u009c\u0000\u0ac7\u000c\u0000\u0aca\u009c\u0000\u0acb\u000c\u0000\u0ace\u009c\u0000\u0ad0\u000c\u0000\u0ad1\u009c\u0000\u0ae0\u000c\u0000\u0ae4\u009c\u0000\u0ae6\u000c\u0000\u0af2\u009c\u0000\u0af9\u000c\u0000\u0b00\u009c\u0000\u0b01\r\u0000\u0b04\u009c\u0000\u0b05\r\u0000\u0b0d\u009c\u0000\u0b0f\r\u0000\u0b11\u009c\u0000\u0b13\r\u0000\u0b29\u009c\u0000\u0b2a\r\u0000\u0b31\u009c\u0000\u0b32\r\u0000\u0b34\u009c\u0000\u0b35\r\u0000\u0b3a\u009c\u0000\u0b3c\r\u0000\u0b45\u009c\u0000\u0b47\r\u0000\u0b49\u009c\u0000\u0b4b\r\u0000\u0b4e\u009c\u0000\u0b55\r\u0000\u0b58\u009c\u0000\u0b5c\r\u0000\u0b5e\u009c\u0000\u0b5f\r\u0000\u0b64\u009c\u0000\u0b66\r\u0000\u0b78\u009c\u0000\u0b82\u000e\u0000\u0b84\u009c\u0000\u0b85\u000e\u0000\u0b8b\u009c\u0000\u0b8e\u000e\u0000\u0b91\u009c\u0000\u0b92\u000e\u0000\u0b96\u009c\u0000\u0b99\u000e\u0000\u0b9b\u009c\u0000\u0b9c\u000e\u0000\u0b9d\u009c\u0000\u0b9e\u000e\u0000\u0ba0\u009c\u0000\u0ba3\u000e\u0000\u0ba5\u009c\u0000\u0ba8\u000e\u0000\u0bab\u009c\u0000\u0bae\u000e\u0000\u0bba\u009c\u0000\u0bbe\u000e\u0000\u0bc3\u009c\u0000\u0bc6\u000e\u0000\u0bc9\u009c\u0000\u0bca\u000e\u0000\u0bce\u009c\u0000\u0bd0\u000e\u0000\u0bd1\u009c\u0000\u0bd7\u000e\u0000\u0bd8\u009c\u0000\u0be6\u000e\u0000\u0bfb\u009c\u0000\u0c00\u000f\u0000\u0c0d\u009c\u0000\u0c0e\u000f\u0000\u0c11\u009c\u0000\u0c12\u000f\u0000\u0c29\u009c\u0000\u0c2a\u000f\u0000\u0c3a\u009c\u0000\u0c3d\u000f\u0000\u0c45\u009c\u0000\u0c46\u000f\u0000\u0c49\u009c\u0000\u0c4a\u000f\u0000\u0c4e\u009c\u0000\u0c55\u000f\u0000\u0c57\u009c\u0000\u0c58\u000f\u0000\u0c5b\u009c\u0000\u0c60\u000f\u0000\u0c64\u009c\u0000\u0c66\u000f\u0000\u0c70\u009c\u0000\u0c77\u000f\u0000\u0c80\u0010\u0000\u0c8d\u009c\u0000\u0c8e\u0010\u0000\u0c91\u009c\u0000\u0c92\u0010\u0000\u0ca9\u009c\u0000\u0caa\u0010\u0000\u0cb4\u009c\u0000\u0cb5\u0010\u0000\u0cba\u009c\u0000\u0cbc\u0010\u0000\u0cc5\u009c\u0000\u0cc6\u0010\u0000\u0cc9\u009c\u0000\u0cca\u0010\u0000\u0cce\u009c\u0000\u0cd5\u0010\u0000\u0cd7\u009c\u0000\u0cde\u0010\u0000\u0cdf\u009c\u0000\u0ce0\u0010\u0000\u0ce4\u009c\u0000\u0ce6\u0010\u0000\u0cf0\u009c\u0000\u0cf1\u0010\u0000\u0cf3\u009c\u0000\u0d00\u0011\u0000\u0d0d\u009c\u0000\u0d0e\u0011\u0000\u0d11\u009c\u0000\u0d12\u0011\u0000\u0d45\u009c\u0000\u0d46\u0011\u0000\u0d49\u009c\u0000\u0d4a\u0011\u0000\u0d50\u009c\u0000\u0d54\u0011\u0000\u0d64\u009c\u0000\u0d66\u0011\u0000\u0d80\u009c\u0000\u0d81\u0012\u0000\u0d84\u009c\u0000\u0d85\u0012\u0000\u0d97\u009c\u0000\u0d9a\u0012\u0000\u0db2\u009c\u0000\u0db3\u0012\u0000\u0dbc\u009c\u0000\u0dbd\u0012\u0000\u0dbe\u009c\u0000\u0dc0\u0012\u0000\u0dc7\u009c\u0000\u0dca\u0012\u0000\u0dcb\u009c\u0000\u0dcf\u0012\u0000\u0dd5\u009c\u0000\u0dd6\u0012\u0000\u0dd7\u009c\u0000\u0dd8\u0012\u0000\u0de0\u009c\u0000\u0de6\u0012\u0000\u0df0\u009c\u0000\u0df2\u0012\u0000\u0df5\u009c\u0000\u0e01\u0013\u0000\u0e3b\u009c\u0000\u0e3f\u0000\u0000\u0e40\u0013\u0000\u0e5c\u009c\u0000\u0e81\u0014\u0000\u0e83\u009c\u0000\u0e84\u0014\u0000\u0e85\u009c\u0000\u0e86\u0014\u0000\u0e8b\u009c\u0000\u0e8c\u0014\u0000\u0ea4\u009c\u0000\u0ea5\u0014\u0000\u0ea6\u009c\u0000\u0ea7\u0014\u0000\u0ebe\u009c\u0000\u0ec0\u0014\u0000\u0ec5\u009c\u0000\u0ec6\u0014\u0000\u0ec7\u009c\u0000\u0ec8\u0014\u0000\u0ece\u009c\u0000\u0ed0\u0014\u0000\u0eda\u009c\u0000\u0edc\u0014\u0000\u0ee0\u009c\u0000\u0f00\u0015\u0000\u0f48\u009c\u0000\u0f49\u0015\u0000\u0f6d\u009c\u0000\u0f71\u0015\u0000\u0f98\u009c\u0000\u0f99\u0015\u0000\u0fbd\u009c\u0000\u0fbe\u0015\u0000\u0fcd\u009c\u0000\u0fce\u0015\u0000\u0fd5\u0000\u0000\u0fd9\u0015\u0000\u0fdb\u009c\u0000\u1000\u0016\u0000\u10a0\u0017\u0000\u10c6\u009c\u0000\u10c7\u0017\u0000\u10c8\u009c\u0000\u10cd\u0017\u0000\u10ce\u009c\u0000\u10d0\u0017\u0000\u10fb\u0000\u0000\u10fc\u0017\u0000\u1100\u0018\u0000\u1200\u0019\u0000\u1249\u009c\u0000\u124a\u0019\u0000\u124e\u009c\u0000\u1250\u0019\u0000\u1257\u009c\u0000\u1258\u0019\u0000\u1259\u009c\u0000\u125a\u0019\u0000\u125e\u009c\u0000\u1260\u0019\u0000\u1289\u009c\u0000\u128a\u0019\u0000\u128e\u009c\u0000\u1290\u0019\u0000\u12b1\u009c\u0000\u12b2\u0019\u0000\u12b6\u009c\u0000\u12b8\u0019\u0000\u12bf\u009c\u0000\u12c0\u0019\u0000\u12c1\u009c\u0000\u12c2\u0019\u0000\u12c6\u009c\u0000\u12c8\u0019\u0000\u12d7\u009c\u0000\u12d8\u0019\u0000\u1311\u009c\u0000\u1312\u0019\u0000\u1316\u009c\u0000\u1318\u0019\u0000\u135b\u009c\u0000\u135d\u0019\u0000\u137d\u009c\u0000\u1380\u0019\u0000\u139a\u009c\u0000\u13a0\u001a\u0000\u13f6\u009c\u0000\u13f8\u001a\u0000\u13fe\u009c\u0000\u1400\u001b\u0000\u1680\u001c\u0000\u169d\u009c\u0000\u16a0\u001d\u0000\u16eb\u0000\u0000\u16ee\u001d\u0000\u16f9\u009c\u0000\u1700\u0029\u0000\u170d\u009c\u0000\u170e\u0029\u0000\u1715\u009c\u0000\u1720\u002a\u0000\u1735\u0000\u0000\u1737\u009c\u0000\u1740\u002b\u0000\u1754\u009c\u0000\u1760\u002c\u0000\u176d\u009c\u0000\u176e\u002c\u0000\u1771\u009c\u0000\u1772\u002c\u0000\u1774\u009c\u0000\u1780\u001e\u0000\u17de\u009c\u0000\u17e0\u001e\u0000\u17ea\u009c\u0000\u17f0\u001e\u0000\u17fa\u009c\u0000\u1800\u001f\u0000\u1802\u0000\u0000\u1804\u001f\u0000\u1805\u0000\u0000\u1806\u001f\u0000\u180f\u009c\u0000\u1810\u001f\u0000\u181a\u009c\u0000\u1820\u001f\u0000\u1879\u009c\u0000\u1880\u001f\u0000\u18ab\u009c\u0000\u18b0\u001b\u0000\u18f6\u009c\u0000\u1900\u002d\u0000\u191f\u009c\u0000\u1920\u002d\u0000\u192c\u009c\u0000\u1930\u002d\u0000\u193c\u009c\u0000\u1940\u002d\u0000\u1941\u009c\u0000\u1944\u002d\u0000\u1950\u002e\u0000\u196e\u009c\u0000\u1970\u002e\u0000\u1975\u009c\u0000\u1980\u0037\u0000\u19ac\u009c\u0000\u19b0\u0037\u0000\u19ca\u009c\u0000\u19d0\u0037\u0000\u19db\u009c\u0000\u19de\u0037\u0000\u19e0\u001e\u0000\u1a00\u0035\u0000\u1a1c\u009c\u0000\u1a1e\u0035\u0000\u1a20\u004e\u0000\u1a5f\u009c\u0000\u1a60\u004e\u0000\u1a7d\u009c\u0000\u1a7f\u004e\u0000\u1a8a\u009c\u0000\u1a90\u004e\u0000\u1a9a\u009c\u0000\u1aa0\u004e\u0000\u1aae\u009c\u0000\u1ab0\u0028\u0000\u1ac1\u009c\u0000\u1b00\u003d\u0000\u1b4c\u009c\u0000\u1b50\u003d\u0000\u1b7d\u009c\u0000\u1b80\u0042\u0000\u1bc0\u0043\u0000\u1bf4\u009c\u0000\u1bfc\u0043\u0000\u1c00\u0044\u0000\u1c38\u009c\u0000\u1c3b\u0044\u0000\u1c4a\u009c\u0000\u1c4d\u0044\u0000\u1c50\u0045\u0000\u1c80\u0003\u0000\u1c89\u009c\u0000\u1c90\u0017\u0000\u1cbb\u009c\u0000\u1cbd\u0017\u0000\u1cc0\u0042\u0000\u1cc8\u009c\u0000\u1cd0\u0028\u0000\u1cd3\u0000\u0000\u1cd4\u0028\u0000\u1ce1\u0000\u0000\u1ce2\u0028\u0000\u1ce9\u0000\u0000\u1ced\u0028\u0000\u1cee\u0000\u0000\u1cf4\u0028\u0000\u1cf5\u0000\u0000\u1cf8\u0028\u0000\u1cfa\u0000\u0000\u1cfb\u009c\u0000\u1d00\u0001\u0000\u1d26\u0002\u0000\u1d2b\u0003\u0000\u1d2c\u0001\u0000\u1d5d\u0002\u0000\u1d62\u0001\u0000\u1d66\u0002\u0000\u1d6b\u0001\u0000\u1d78\u0003\u0000\u1d79\u0001\u0000\u1dbf\u0002\u0000\u1dc0\u0028\u0000\u1dfa\u009c\u0000\u1dfb\u0028\u0000\u1e00\u0001\u0000\u1f00\u0002\u0000\u1f16\u009c\u0000\u1f18\u0002\u0000\u1f1e\u009c\u0000\u1f20\u0002\u0000\u1f46\u009c\u0000\u1f48\u0002\u0000\u1f4e\u009c\u0000\u1f50\u0002\u0000\u1f58\u009c\u0000\u1f59\u0002\u0000\u1f5a\u009c\u0000\u1f5b\u0002\u0000\u1f5c\u009c\u0000\u1f5d\u0002\u0000\u1f5e\u009c\u0000\u1f5f\u0002\u0000\u1f7e\u009c\u0000\u1f80\u0002\u0000\u1fb5\u009c\u0000\u1fb6\u0002\u0000\u1fc5\u009c\u0000\u1fc6\u0002\u0000\u1fd4\u009c\u0000\u1fd6\u0002\u0000\u1fdc\u009c\u0000\u1fdd\u0002\u0000\u1ff0\u009c\u0000\u1ff2\u0002\u0000\u1ff5\u009c\u0000\u1ff6\u0002\u0000\u1fff\u009c\u0000\u2000\u0000\u0000\u200c\u0028\u0000\u200e\u0000\u0000\u2065\u009c\u0000\u2066\u0000\u0000\u2071\u0001\u0000\u2072\u009c\u0000\u2074\u0000\u0000\u207f\u0001\u0000\u2080\u0000\u0000\u208f\u009c\u0000\u2090\u0001\u0000\u209d\u009c\u0000\u20a0\u0000\u0000\u20c0\u009c\u0000\u20d0\u0028\u0000\u20f1\u009c\u0000\u2100\u0000\u0000\u2126\u0002\u0000\u2127\u0000\u0000\u212a\u0001\u0000\u212c\u0000\u0000\u2132\u0001\u0000\u2133\u0000\u0000\u214e\u0001\u0000\u214f\u0000\u0000\u2160\u0001\u0000\u2189\u0000\u0000\u218c\u009c\u0000\u2190\u0000\u0000\u2427\u009c\u0000\u2440\u0000\u0000\u244b\u009c\u0000\u2460\u0000\u0000\u2800\u0034\u0000\u2900\u0000\u0000\u2b74\u009c\u0000\u2b76\u0000\u0000\u2b96\u009c\u0000\u2b97\u0000\u0000\u2c00\u0038\u0000\u2c2f\u009c\u0000\u2c30\u0038\u0000\u2c5f\u009c\u0000\u2c60\u0001\u0000\u2c80\u0036\u0000\u2cf4\u009c\u0000\u2cf9\u0036\u0000\u2d00\u0017\u0000\u2d26\u009c\u0000\u2d27\u0017\u0000\u2d28\u009c\u0000\u2d2d\u0017\u0000\u2d2e\u009c\u0000\u2d30\u0039\u0000\u2d68\u009c\u0000\u2d6f\u0039\u0000\u2d71\u009c\u0000\u2d7f\u0039\u0000\u2d80\u0019\u0000\u2d97\u009c\u0000\u2da0\u0019\u0000\u2da7\u009c\u0000\u2da8\u0019\u0000\u2daf\u009c\u0000\u2db0\u0019\u0000\u2db7\u009c\u0000\u2db8\u0019\u0000\u2dbf\u009c\u0000\u2dc0\u0019\u0000\u2dc7\u009c\u0000\u2dc8\u0019\u0000\u2dcf\u009c\u0000\u2dd0\u0019\u0000\u2dd7\u009c\u0000\u2dd8\u0019\u0000\u2ddf\u009c\u0000\u2de0\u0003\u0000\u2e00\u0000\u0000\u2e53\u009c\u0000\u2e80\u0023\u0000\u2e9a\u009c\u0000\u2e9b\u0023\u0000\u2ef4\u009c\u0000\u2f00\u0023\u0000\u2fd6\u009c\u0000\u2ff0\u0000\u0000\u2ffc\u009c\u0000\u3000\u0000\u0000\u3005\u0023\u0000\u3006\u0000\u0000\u3007\u0023\u0000\u3008\u0000\u0000\u3021\u0023\u0000\u302a\u0028\u0000\u302e\u0018\u0000\u3030\u0000\u0000\u3038\u0023\u0000\u303c\u0000\u0000\u3040\u009c\u0000\u3041\u0020\u0000\u3097\u009c\u0000\u3099\u0028\u0000\u309b\u0000\u0000\u309d\u0020\u0000\u30a0\u0000\u0000\u30a1\u0021\u0000\u30fb\u0000\u0000\u30fd\u0021\u0000\u3100\u009c\u0000\u3105\"\u0000\u3130\u009c\u0000\u3131\u0018\u0000\u318f\u009c\u0000\u3190\u0000\u0000\u31a0\"\u0000\u31c0\u0000\u0000\u31e4\u009c\u0000\u31f0\u0021\u0000\u3200\u0018\u0000\u321f\u009c\u0000\u3220\u0000\u0000\u3260\u0018\u0000\u327f\u0000\u0000\u32d0\u0021\u0000\u32ff\u0000\u0000\u3300\u0021\u0000\u3358\u0000\u0000\u3400\u0023\u0000\u4dc0\u0000\u0000\u4e00\u0023\u0000\u9ffd\u009c\u0000\ua000\u0024\u0000\ua48d\u009c\u0000\ua490\u0024\u0000\ua4c7\u009c\u0000\ua4d0\u0054\u0000\ua500\u0046\u0000\ua62c\u009c\u0000\ua640\u0003\u0000\ua6a0\u0055\u0000\ua6f8\u009c\u0000\ua700\u0000\u0000\ua722\u0001\u0000\ua788\u0000\u0000\ua78b\u0001\u0000\ua7c0\u009c\u0000\ua7c2\u0001\u0000\ua7cb\u009c\u0000\ua7f5\u0001\u0000\ua800\u003a\u0000\ua82d\u009c\u0000\ua830\u0000\u0000\ua83a\u009c\u0000\ua840\u0040\u0000\ua878\u009c\u0000\ua880\u0047\u0000\ua8c6\u009c\u0000\ua8ce\u0047\u0000\ua8da\u009c\u0000\ua8e0\u0009\u0000\ua900\u0048\u0000\ua92e\u0000\u0000\ua92f\u0048\u0000\ua930\u0049\u0000\ua954\u009c\u0000\ua95f\u0049\u0000\ua960\u0018\u0000\ua97d\u009c\u0000\ua980\u0056\u0000\ua9ce\u009c\u0000\ua9cf\u0000\u0000\ua9d0\u0056\u0000\ua9da\u009c\u0000\ua9de\u0056\u0000\ua9e0\u0016\u0000\ua9ff\u009c\u0000\uaa00\u004d\u0000\uaa37\u009c\u0000\uaa40\u004d\u0000\uaa4e\u009c\u0000\uaa50\u004d\u0000\uaa5a\u009c\u0000\uaa5c\u004d\u0000\uaa60\u0016\u0000\uaa80\u004f\u0000\uaac3\u009c\u0000\uaadb\u004f\u0000\uaae0\u0057\u0000\uaaf7\u009c\u0000\uab01\u0019\u0000\uab07\u009c\u0000\uab09\u0019\u0000\uab0f\u009c\u0000\uab11\u0019\u0000\uab17\u009c\u0000\uab20\u0019\u0000\uab27\u009c\u0000\uab28\u0019\u0000\uab2f\u009c\u0000\uab30\u0001\u0000\uab5b\u0000\u0000\uab5c\u0001\u0000\uab65\u0002\u0000\uab66\u0001\u0000\uab6a\u0000\u0000\uab6c\u009c\u0000\uab70\u001a\u0000\uabc0\u0057\u0000\uabee\u009c\u0000\uabf0\u0057\u0000\uabfa\u009c\u0000\uac00\u0018\u0000\ud7a4\u009c\u0000\ud7b0\u0018\u0000\ud7c7\u009c\u0000\ud7cb\u0018\u0000\ud7fc\u009c\u0000\uf900\u0023\u0000\ufa6e\u009c\u0000\ufa70\u0023\u0000\ufada\u009c\u0000\ufb00\u0001\u0000\ufb07\u009c\u0000\ufb13\u0004\u0000\ufb18\u009c\u0000\ufb1d\u0005\u0000\ufb37\u009c\u0000\ufb38\u0005\u0000\ufb3d\u009c\u0000\ufb3e\u0005\u0000\ufb3f\u009c\u0000\ufb40\u0005\u0000\ufb42\u009c\u0000\ufb43\u0005\u0000\ufb45\u009c\u0000\ufb46\u0005\u0000\ufb50\u0006\u0000\ufbc2\u009c\u0000\ufbd3\u0006\u0000\ufd3e\u0000\u0000\ufd40\u009c\u0000\ufd50\u0006\u0000\ufd90\u009c\u0000\ufd92\u0006\u0000\ufdc8\u009c\u0000\ufdf0\u0006\u0000\ufdfe\u009c\u0000\ufe00\u0028\u0000\ufe10\u0000\u0000\ufe1a\u009c\u0000\ufe20\u0028\u0000\ufe2e\u0003\u0000\ufe30\u0000\u0000\ufe53\u009c\u0000\ufe54\u0000\u0000\ufe67\u009c\u0000\ufe68\u0000\u0000\ufe6c\u009c\u0000\ufe70\u0006\u0000\ufe75\u009c\u0000\ufe76\u0006\u0000\ufefd\u009c\u0000\ufeff\u0000\u0000\uff00\u009c\u0000\uff01\u0000\u0000\uff21\u0001\u0000\uff3b\u0000\u0000\uff41\u0001\u0000\uff5b\u0000\u0000\uff66\u0021\u0000\uff70\u0000\u0000\uff71\u0021\u0000\uff9e\u0000\u0000\uffa0\u0018\u0000\uffbf\u009c\u0000\uffc2\u0018\u0000\uffc8\u009c\u0000\uffca\u0018\u0000\uffd0\u009c\u0000\uffd2\u0018\u0000\uffd8\u009c\u0000\uffda\u0018\u0000\uffdd\u009c\u0000\uffe0\u0000\u0000\uffe7\u009c\u0000\uffe8\u0000\u0000\uffef\u009c\u0000\ufff9\u0000\u0000\ufffe\u009c\u0001\u0000\u002f\u0001\u000c\u009c\u0001\r\u002f\u0001\u0027\u009c\u0001\u0028\u002f\u0001\u003b\u009c\u0001\u003c\u002f\u0001\u003e\u009c\u0001\u003f\u002f\u0001\u004e\u009c\u0001\u0050\u002f\u0001\u005e\u009c\u0001\u0080\u002f\u0001\u00fb\u009c\u0001\u0100\u0000\u0001\u0103\u009c\u0001\u0107\u0000\u0001\u0134\u009c\u0001\u0137\u0000\u0001\u0140\u0002\u0001\u018f\u009c\u0001\u0190\u0000\u0001\u019d\u009c\u0001\u01a0\u0002\u0001\u01a1\u009c\u0001\u01d0\u0000\u0001\u01fd\u0028\u0001\u01fe\u009c\u0001\u0280\u004a\u0001\u029d\u009c\u0001\u02a0\u004b\u0001\u02d1\u009c\u0001\u02e0\u0028\u0001\u02e1\u0000\u0001\u02fc\u009c\u0001\u0300\u0025\u0001\u0324\u009c\u0001\u032d\u0025\u0001\u0330\u0026\u0001\u034b\u009c\u0001\u0350\u0077\u0001\u037b\u009c\u0001\u0380\u0030\u0001\u039e\u009c\u0001\u039f\u0030\u0001\u03a0\u003b\u0001\u03c4\u009c\u0001\u03c8\u003b\u0001\u03d6\u009c\u0001\u0400\u0027\u0001\u0450\u0031\u0001\u0480\u0032\u0001\u049e\u009c\u0001\u04a0\u0032\u0001\u04aa\u009c\u0001\u04b0\u0087\u0001\u04d4\u009c\u0001\u04d8\u0087\u0001\u04fc\u009c\u0001\u0500\u0069\u0001\u0528\u009c\u0001\u0530\u0066\u0001\u0564\u009c\u0001\u056f\u0066\u0001\u0570\u009c\u0001\u0600\u006d\u0001\u0737\u009c\u0001\u0740\u006d\u0001\u0756\u009c\u0001\u0760\u006d\u0001\u0768\u009c\u0001\u0800\u0033\u0001\u0806\u009c\u0001\u0808\u0033\u0001\u0809\u009c\u0001\u080a\u0033\u0001\u0836\u009c\u0001\u0837\u0033\u0001\u0839\u009c\u0001\u083c\u0033\u0001\u083d\u009c\u0001\u083f\u0033\u0001\u0840\u0058\u0001\u0856\u009c\u0001\u0857\u0058\u0001\u0860\u0075\u0001\u0880\u0074\u0001\u089f\u009c\u0001\u08a7\u0074\u0001\u08b0\u009c\u0001\u08e0\u007f\u0001\u08f3\u009c\u0001\u08f4\u007f\u0001\u08f6\u009c\u0001\u08fb\u007f\u0001\u0900\u003f\u0001\u091c\u009c\u0001\u091f\u003f\u0001\u0920\u004c\u0001\u093a\u009c\u0001\u093f\u004c\u0001\u0940\u009c\u0001\u0980\u005f\u0001\u09a0\u0060\u0001\u09b8\u009c\u0001\u09bc\u0060\u0001\u09d0\u009c\u0001\u09d2\u0060\u0001\u0a00\u003c\u0001\u0a04\u009c\u0001\u0a05\u003c\u0001\u0a07\u009c\u0001\u0a0c\u003c\u0001\u0a14\u009c\u0001\u0a15\u003c\u0001\u0a18\u009c\u0001\u0a19\u003c\u0001\u0a36\u009c\u0001\u0a38\u003c\u0001\u0a3b\u009c\u0001\u0a3f\u003c\u0001\u0a49\u009c\u0001\u0a50\u003c\u0001\u0a59\u009c\u0001\u0a60\u0059\u0001\u0a80\u0073\u0001\u0aa0\u009c\u0001\u0ac0\u006f\u0001\u0ae7\u009c\u0001\u0aeb\u006f\u0001\u0af7\u009c\u0001\u0b00\u0050\u0001\u0b36\u009c\u0001\u0b39\u0050\u0001\u0b40\u005a\u0001\u0b56\u009c\u0001\u0b58\u005a\u0001\u0b60\u005b\u0001\u0b73\u009c\u0001\u0b78\u005b\u0001\u0b80\u0078\u0001\u0b92\u009c\u0001\u0b99\u0078\u0001\u0b9d\u009c\u0001\u0ba9\u0078\u0001\u0bb0\u009c\u0001\u0c00\\\u0001\u0c49\u009c\u0001\u0c80\u0081\u0001\u0cb3\u009c\u0001\u0cc0\u0081\u0001\u0cf3\u009c\u0001\u0cfa\u0081\u0001\u0d00\u008d\u0001\u0d28\u009c\u0001\u0d30\u008d\u0001\u0d3a\u009c\u0001\u0e60\u0006\u0001\u0e7f\u009c\u0001\u0e80\u0098\u0001\u0eaa\u009c\u0001\u0eab\u0098\u0001\u0eae\u009c\u0001\u0eb0\u0098\u0001\u0eb2\u009c\u0001\u0f00\u008e\u0001\u0f28\u009c\u0001\u0f30\u008f\u0001\u0f5a\u009c\u0001\u0fb0\u0099\u0001\u0fcc\u009c\u0001\u0fe0\u0094\u0001\u0ff7\u009c\u0001\u1000\u005d\u0001\u104e\u009c\u0001\u1052\u005d\u0001\u1070\u009c\u0001\u107f\u005d\u0001\u1080\u005e\u0001\u10c2\u009c\u0001\u10cd\u005e\u0001\u10ce\u009c\u0001\u10d0\u0061\u0001\u10e9\u009c\u0001\u10f0\u0061\u0001\u10fa\u009c\u0001\u1100\u0062\u0001\u1135\u009c\u0001\u1136\u0062\u0001\u1148\u009c\u0001\u1150\u006e\u0001\u1177\u009c\u0001\u1180\u0063\u0001\u11e0\u009c\u0001\u11e1\u0012\u0001\u11f5\u009c\u0001\u1200\u006c\u0001\u1212\u009c\u0001\u1213\u006c\u0001\u123f\u009c\u0001\u1280\u0080\u0001\u1287\u009c\u0001\u1288\u0080\u0001\u1289\u009c\u0001\u128a\u0080\u0001\u128e\u009c\u0001\u128f\u0080\u0001\u129e\u009c\u0001\u129f\u0080\u0001\u12aa\u009c\u0001\u12b0\u007a\u0001\u12eb\u009c\u0001\u12f0\u007a\u0001\u12fa\u009c\u0001\u1300\u006a\u0001\u1304\u009c\u0001\u1305\u006a\u0001\u130d\u009c\u0001\u130f\u006a\u0001\u1311\u009c\u0001\u1313\u006a\u0001\u1329\u009c\u0001\u132a\u006a\u0001\u1331\u009c\u0001\u1332\u006a\u0001\u1334\u009c\u0001\u1335\u006a\u0001\u133a\u009c\u0001\u133b\u0028\u0001\u133c\u006a\u0001\u1345\u009c\u0001\u1347\u006a\u0001\u1349\u009c\u0001\u134b\u006a\u0001\u134e\u009c\u0001\u1350\u006a\u0001\u1351\u009c\u0001\u1357\u006a\u0001\u1358\u009c\u0001\u135d\u006a\u0001\u1364\u009c\u0001\u1366\u006a\u0001\u136d\u009c\u0001\u1370\u006a\u0001\u1375\u009c\u0001\u1400\u0086\u0001\u145c\u009c\u0001\u145d\u0086\u0001\u1462\u009c\u0001\u1480\u007b\u0001\u14c8\u009c\u0001\u14d0\u007b\u0001\u14da\u009c\u0001\u1580\u0079\u0001\u15b6\u009c\u0001\u15b8\u0079\u0001\u15de\u009c\u0001\u1600\u0071\u0001\u1645\u009c\u0001\u1650\u0071\u0001\u165a\u009c\u0001\u1660\u001f\u0001\u166d\u009c\u0001\u1680\u0064\u0001\u16b9\u009c\u0001\u16c0\u0064\u0001\u16ca\u009c\u0001\u1700\u007d\u0001\u171b\u009c\u0001\u171d\u007d\u0001\u172c\u009c\u0001\u1730\u007d\u0001\u1740\u009c\u0001\u1800\u0090\u0001\u183c\u009c\u0001\u18a0\u007c\u0001\u18f3\u009c\u0001\u18ff\u007c\u0001\u1900\u009a\u0001\u1907\u009c\u0001\u1909\u009a\u0001\u190a\u009c\u0001\u190c\u009a\u0001\u1914\u009c\u0001\u1915\u009a\u0001\u1917\u009c\u0001\u1918\u009a\u0001\u1936\u009c\u0001\u1937\u009a\u0001\u1939\u009c\u0001\u193b\u009a\u0001\u1947\u009c\u0001\u1950\u009a\u0001\u195a\u009c\u0001\u19a0\u0095\u0001\u19a8\u009c\u0001\u19aa\u0095\u0001\u19d8\u009c\u0001\u19da\u0095\u0001\u19e5\u009c\u0001\u1a00\u008c\u0001\u1a48\u009c\u0001\u1a50\u008b\u0001\u1aa3\u009c\u0001\u1ac0\u0076\u0001\u1af9\u009c\u0001\u1c00\u0084\u0001\u1c09\u009c\u0001\u1c0a\u0084\u0001\u1c37\u009c\u0001\u1c38\u0084\u0001\u1c46\u009c\u0001\u1c50\u0084\u0001\u1c6d\u009c\u0001\u1c70\u0085\u0001\u1c90\u009c\u0001\u1c92\u0085\u0001\u1ca8\u009c\u0001\u1ca9\u0085\u0001\u1cb7\u009c\u0001\u1d00\u0089\u0001\u1d07\u009c\u0001\u1d08\u0089\u0001\u1d0a\u009c\u0001\u1d0b\u0089\u0001\u1d37\u009c\u0001\u1d3a\u0089\u0001\u1d3b\u009c\u0001\u1d3c\u0089\u0001\u1d3e\u009c\u0001\u1d3f\u0089\u0001\u1d48\u009c\u0001\u1d50\u0089\u0001\u1d5a\u009c\u0001\u1d60\u0091\u0001\u1d66\u009c\u0001\u1d67\u0091\u0001\u1d69\u009c\u0001\u1d6a\u0091\u0001\u1d8f\u009c\u0001\u1d90\u0091\u0001\u1d92\u009c\u0001\u1d93\u0091\u0001\u1d99\u009c\u0001\u1da0\u0091\u0001\u1daa\u009c\u0001\u1ee0\u0092\u0001\u1ef9\u009c\u0001\u1fb0\u0054\u0001\u1fb1\u009c\u0001\u1fc0\u000e\u0001\u1ff2\u009c\u0001\u1fff\u000e\u0001\u2000\u003e\u0001\u239a\u009c\u0001\u2400\u003e\u0001\u246f\u009c\u0001\u2470\u003e\u0001\u2475\u009c\u0001\u2480\u003e\u0001\u2544\u009c\u0001\u3000\u0051\u0001\u342f\u009c\u0001\u3430\u0051\u0001\u3439\u009c\u0001\u4400\u007e\u0001\u4647\u009c\u0001\u6800\u0055\u0001\u6a39\u009c\u0001\u6a40\u0072\u0001\u6a5f\u009c\u0001\u6a60\u0072\u0001\u6a6a\u009c\u0001\u6a6e\u0072\u0001\u6a70\u009c\u0001\u6ad0\u0067\u0001\u6aee\u009c\u0001\u6af0\u0067\u0001\u6af6\u009c\u0001\u6b00\u006b\u0001\u6b46\u009c\u0001\u6b50\u006b\u0001\u6b5a\u009c\u0001\u6b5b\u006b\u0001\u6b62\u009c\u0001\u6b63\u006b\u0001\u6b78\u009c\u0001\u6b7d\u006b\u0001\u6b90\u009c\u0001\u6e40\u0093\u0001\u6e9b\u009c\u0001\u6f00\u0065\u0001\u6f4b\u009c\u0001\u6f4f\u0065\u0001\u6f88\u009c\u0001\u6f8f\u0065\u0001\u6fa0\u009c\u0001\u6fe0\u0088\u0001\u6fe1\u008a\u0001\u6fe2\u0000\u0001\u6fe4\u009b\u0001\u6fe5\u009c\u0001\u6ff0\u0023\u0001\u6ff2\u009c\u0001\u7000\u0088\u0001\u87f8\u009c\u0001\u8800\u0088\u0001\u8b00\u009b\u0001\u8cd6\u009c\u0001\u8d00\u0088\u0001\u8d09\u009c\u0001\ub000\u0021\u0001\ub001\u0020\u0001\ub11f\u009c\u0001\ub150\u0020\u0001\ub153\u009c\u0001\ub164\u0021\u0001\ub168\u009c\u0001\ub170\u008a\u0001\ub2fc\u009c\u0001\ubc00\u0068\u0001\ubc6b\u009c\u0001\ubc70\u0068\u0001\ubc7d\u009c\u0001\ubc80\u0068\u0001\ubc89\u009c\u0001\ubc90\u0068\u0001\ubc9a\u009c\u0001\ubc9c\u0068\u0001\ubca0\u0000\u0001\ubca4\u009c\u0001\ud000\u0000\u0001\ud0f6\u009c\u0001\ud100\u0000\u0001\ud127\u009c\u0001\ud129\u0000\u0001\ud167\u0028\u0001\ud16a\u0000\u0001\ud17b\u0028\u0001\ud183\u0000\u0001\ud185\u0028\u0001\ud18c\u0000\u0001\ud1aa\u0028\u0001\ud1ae\u0000\u0001\ud1e9\u009c\u0001\ud200\u0002\u0001\ud246\u009c\u0001\ud2e0\u0000\u0001\ud2f4\u009c\u0001\ud300\u0000\u0001\ud357\u009c\u0001\ud360\u0000\u0001\ud379\u009c\u0001\ud400\u0000\u0001\ud455\u009c\u0001\ud456\u0000\u0001\ud49d\u009c\u0001\ud49e\u0000\u0001\ud4a0\u009c\u0001\ud4a2\u0000\u0001\ud4a3\u009c\u0001\ud4a5\u0000\u0001\ud4a7\u009c\u0001\ud4a9\u0000\u0001\ud4ad\u009c\u0001\ud4ae\u0000\u0001\ud4ba\u009c\u0001\ud4bb\u0000\u0001\ud4bc\u009c\u0001\ud4bd\u0000\u0001\ud4c4\u009c\u0001\ud4c5\u0000\u0001\ud506\u009c\u0001\ud507\u0000\u0001\ud50b\u009c\u0001\ud50d\u0000\u0001\ud515\u009c\u0001\ud516\u0000\u0001\ud51d\u009c\u0001\ud51e\u0000\u0001\ud53a\u009c\u0001\ud53b\u0000\u0001\ud53f\u009c\u0001\ud540\u0000\u0001\ud545\u009c\u0001\ud546\u0000\u0001\ud547\u009c\u0001\ud54a\u0000\u0001\ud551\u009c\u0001\ud552\u0000\u0001\ud6a6\u009c\u0001\ud6a8\u0000\u0001\ud7cc\u009c\u0001\ud7ce\u0000\u0001\ud800\u0082\u0001\uda8c\u009c\u0001\uda9b\u0082\u0001\udaa0\u009c\u0001\udaa1\u0082\u0001\udab0\u009c\u0001\ue000\u0038\u0001\ue007\u009c\u0001\ue008\u0038\u0001\ue019\u009c\u0001\ue01b\u0038\u0001\ue022\u009c\u0001\ue023\u0038\u0001\ue025\u009c\u0001\ue026\u0038\u0001\ue02b\u009c\u0001\ue100\u0096\u0001\ue12d\u009c\u0001\ue130\u0096\u0001\ue13e\u009c\u0001\ue140\u0096\u0001\ue14a\u009c\u0001\ue14e\u0096\u0001\ue150\u009c\u0001\ue2c0\u0097\u0001\ue2fa\u009c\u0001\ue2ff\u0097\u0001\ue300\u009c\u0001\ue800\u0070\u0001\ue8c5\u009c\u0001\ue8c7\u0070\u0001\ue8d7\u009c\u0001\ue900\u0083\u0001\ue94c\u009c\u0001\ue950\u0083\u0001\ue95a\u009c\u0001\ue95e\u0083\u0001\ue960\u009c\u0001\uec71\u0000\u0001\uecb5\u009c\u0001\ued01\u0000\u0001\ued3e\u009c\u0001\uee00\u0006\u0001\uee04\u009c\u0001\uee05\u0006\u0001\uee20\u009c\u0001\uee21\u0006\u0001\uee23\u009c\u0001\uee24\u0006\u0001\uee25\u009c\u0001\uee27\u0006\u0001\uee28\u009c\u0001\uee29\u0006\u0001\uee33\u009c\u0001\uee34\u0006\u0001\uee38\u009c\u0001\uee39\u0006\u0001\uee3a\u009c\u0001\uee3b\u0006\u0001\uee3c\u009c\u0001\uee42\u0006\u0001\uee43\u009c\u0001\uee47\u0006\u0001\uee48\u009c\u0001\uee49\u0006\u0001\uee4a\u009c\u0001\uee4b\u0006\u0001\uee4c\u009c\u0001\uee4d\u0006\u0001\uee50\u009c\u0001\uee51\u0006\u0001\uee53\u009c\u0001\uee54\u0006\u0001\uee55\u009c\u0001\uee57\u0006\u0001\uee58\u009c\u0001\uee59\u0006\u0001\uee5a\u009c\u0001\uee5b\u0006\u0001\uee5c\u009c\u0001\uee5d\u0006\u0001\uee5e\u009c\u0001\uee5f\u0006\u0001\uee60\u009c\u0001\uee61\u0006\u0001\uee63\u009c\u0001\uee64\u0006\u0001\uee65\u009c\u0001\uee67\u0006\u0001\uee6b\u009c\u0001\uee6c\u0006\u0001\uee73\u009c\u0001\uee74\u0006\u0001\uee78\u009c\u0001\uee79\u0006\u0001\uee7d\u009c\u0001\uee7e\u0006\u0001\uee7f\u009c\u0001\uee80\u0006\u0001\uee8a\u009c\u0001\uee8b\u0006\u0001\uee9c\u009c\u0001\ueea1\u0006\u0001\ueea4\u009c\u0001\ueea5\u0006\u0001\ueeaa\u009c\u0001\ueeab\u0006\u0001\ueebc\u009c\u0001\ueef0\u0006\u0001\ueef2\u009c\u0001\uf000\u0000\u0001\uf02c\u009c\u0001\uf030\u0000\u0001\uf094\u009c\u0001\uf0a0\u0000\u0001\uf0af\u009c\u0001\uf0b1\u0000\u0001\uf0c0\u009c\u0001\uf0c1\u0000\u0001\uf0d0\u009c\u0001\uf0d1\u0000\u0001\uf0f6\u009c\u0001\uf100\u0000\u0001\uf1ae\u009c\u0001\uf1e6\u0000\u0001\uf200\u0020\u0001\uf201\u0000\u0001\uf203\u009c\u0001\uf210\u0000\u0001\uf23c\u009c\u0001\uf240\u0000\u0001\uf249\u009c\u0001\uf250\u0000\u0001\uf252\u009c\u0001\uf260\u0000\u0001\uf266\u009c\u0001\uf300\u0000\u0001\uf6d8\u009c\u0001\uf6e0\u0000\u0001\uf6ed\u009c\u0001\uf6f0\u0000\u0001\uf6fd\u009c\u0001\uf700\u0000\u0001\uf774\u009c\u0001\uf780\u0000\u0001\uf7d9\u009c\u0001\uf7e0\u0000\u0001\uf7ec\u009c\u0001\uf800\u0000\u0001\uf80c\u009c\u0001\uf810\u0000\u0001\uf848\u009c\u0001\uf850\u0000\u0001\uf85a\u009c\u0001\uf860\u0000\u0001\uf888\u009c\u0001\uf890\u0000\u0001\uf8ae\u009c\u0001\uf8b0\u0000\u0001\uf8b2\u009c\u0001\uf900\u0000\u0001\uf979\u009c\u0001\uf97a\u0000\u0001\uf9cc\u009c\u0001\uf9cd\u0000\u0001\ufa54\u009c\u0001\ufa60\u0000\u0001\ufa6e\u009c\u0001\ufa70\u0000\u0001\ufa75\u009c\u0001\ufa78\u0000\u0001\ufa7b\u009c\u0001\ufa80\u0000\u0001\ufa87\u009c\u0001\ufa90\u0000\u0001\ufaa9\u009c\u0001\ufab0\u0000\u0001\ufab7\u009c\u0001\ufac0\u0000\u0001\ufac3\u009c\u0001\ufad0\u0000\u0001\ufad7\u009c\u0001\ufb00\u0000\u0001\ufb93\u009c\u0001\ufb94\u0000\u0001\ufbcb\u009c\u0001\ufbf0\u0000\u0001\ufbfa\u009c\u0002\u0000\u0023\u0002\ua6de\u009c\u0002\ua700\u0023\u0002\ub735\u009c\u0002\ub740\u0023\u0002\ub81e\u009c\u0002\ub820\u0023\u0002\ucea2\u009c\u0002\uceb0\u0023\u0002\uebe1\u009c\u0002\uf800\u0023\u0002\ufa1e\u009c\u0003\u0000\u0023\u0003\u134b\u009c\u000e\u0001\u0000\u000e\u0002\u009c\u000e\u0020\u0000\u000e\u0080\u009c\u000e\u0100\u0028\u000e\u01f0\u009c";

        private static java.util.HashMap<String, UnicodeScript> aliases;

        public static UnicodeScript of(int codePoint) {
            if (!isValidCodePoint(codePoint)) {
                throw new IllegalArgumentException(String.format("Not a valid Unicode code point: 0x%X", codePoint));
            }
            int n = SCRIPT_RANGES.length() / 3;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                int start = (SCRIPT_RANGES.charAt(3 * mid) << 16) | SCRIPT_RANGES.charAt(3 * mid + 1);
                if (start <= codePoint) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return values()[SCRIPT_RANGES.charAt(3 * lo + 2)];
        }

        public static final UnicodeScript forName(String scriptName) {
            scriptName = scriptName.toUpperCase(java.util.Locale.ENGLISH);
            synchronized (UnicodeScript.class) {
                if (aliases == null) {
                    java.util.HashMap<String, UnicodeScript> m = new java.util.HashMap<>();
                    for (String entry : ALIASES.split(";")) {
                        int eq = entry.indexOf('=');
                        UnicodeScript sc = valueOf(entry.substring(eq + 1));
                        for (String alias : entry.substring(0, eq).split(",")) {
                            m.put(alias, sc);
                        }
                    }
                    aliases = m;
                }
            }
            UnicodeScript sc = aliases.get(scriptName);
            if (sc != null) {
                return sc;
            }
            return valueOf(scriptName);
        }
    }

    // ---- emoji properties (Java 21), from Unicode's emoji-data.txt; see EmojiData

    public static boolean isEmoji(int codePoint) {
        return EmojiData.in(EmojiData.EMOJI, codePoint);
    }

    public static boolean isEmojiPresentation(int codePoint) {
        return EmojiData.in(EmojiData.EMOJI_PRESENTATION, codePoint);
    }

    public static boolean isEmojiModifier(int codePoint) {
        return EmojiData.in(EmojiData.EMOJI_MODIFIER, codePoint);
    }

    public static boolean isEmojiModifierBase(int codePoint) {
        return EmojiData.in(EmojiData.EMOJI_MODIFIER_BASE, codePoint);
    }

    public static boolean isEmojiComponent(int codePoint) {
        return EmojiData.in(EmojiData.EMOJI_COMPONENT, codePoint);
    }

    public static boolean isExtendedPictographic(int codePoint) {
        return EmojiData.in(EmojiData.EXTENDED_PICTOGRAPHIC, codePoint);
    }
}
