package java.lang;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.Formatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import sun.nio.cs.CortadoCharset;

/**
 * An immutable UTF-16 string. Layout fixed by stdlib/CONTRACT.md: the VM creates strings by
 * setting only {@code value}, so every other field must be valid when zero.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private static final long serialVersionUID = -6849794470754667710L;

    private final char[] value;
    private int hash;

    private static final char[] EMPTY = new char[0];

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        @Override
        public int compare(String s1, String s2) {
            char[] v1 = s1.value;
            char[] v2 = s2.value;
            int n1 = v1.length;
            int n2 = v2.length;
            int min = Math.min(n1, n2);
            for (int i = 0; i < min; i++) {
                if (v1[i] != v2[i]) {
                    int c1 = caseFoldAt(v1, i, 0, n1);
                    int c2 = caseFoldAt(v2, i, 0, n2);
                    if (c1 != c2) {
                        return c1 - c2;
                    }
                }
            }
            return n1 - n2;
        }
    }

    /**
     * The char at v[i] (or, for either half of a surrogate pair within [start, end), the pair's
     * code point) upper-cased then lower-cased, as case-insensitive comparisons match them.
     */
    private static int caseFoldAt(char[] v, int i, int start, int end) {
        int cp = v[i];
        if (Character.isHighSurrogate(v[i]) && i + 1 < end && Character.isLowSurrogate(v[i + 1])) {
            cp = Character.toCodePoint(v[i], v[i + 1]);
        } else if (Character.isLowSurrogate(v[i]) && i - 1 >= start && Character.isHighSurrogate(v[i - 1])) {
            cp = Character.toCodePoint(v[i - 1], v[i]);
        }
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    // ---- constructors ----

    public String() {
        this.value = EMPTY;
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this.value = value.length == 0 ? EMPTY : value.clone(); // hotspot-line: 275
    }

    public String(char[] value, int offset, int count) {
        this(copyOfRange(value, offset, offset + count, rangeCheck(value, offset, count)), true); // hotspot-line: 300
    }

    /** Checks the range as the JDK's constructor does (its name shows in stack traces). */
    private static Void rangeCheck(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length); // hotspot-line: 304
        return null;
    }

    /** {@code copyOfRange} once {@code checked}, the range check, has run (a call's arguments
     * run first, which orders the two inside the {@code this(...)} call). */
    private static char[] copyOfRange(char[] src, int from, int to, Void checked) {
        return copyOfRange(src, from, to);
    }

    /** Takes ownership of value without copying; callers must not modify it afterwards. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            int c = codePoints[i];
            if (Character.isBmpCodePoint(c)) {
                n++;
            } else if (Character.isValidCodePoint(c)) {
                n += 2;
            } else {
                throw new IllegalArgumentException(Integer.toString(c));
            }
        }
        char[] v = new char[n];
        for (int i = offset, j = 0; i < offset + count; i++) {
            j += Character.toChars(codePoints[i], v, j);
        }
        this.value = v;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        char[] v = new char[count];
        hibyte = (hibyte & 0xff) << 8;
        for (int i = 0; i < count; i++) {
            v[i] = (char) (hibyte | (ascii[offset + i] & 0xff));
        }
        this.value = v;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(byte[] bytes, int offset, int length, String charsetName) throws UnsupportedEncodingException {
        this(bytes, offset, length, lookupCharset(charsetName));
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
        Objects.requireNonNull(charset);
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = CortadoCharset.of(charset).decode(bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, lookupCharset(charsetName));
    }

    public String(byte[] bytes, Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, int offset, int length) {
        this(bytes, offset, length, Charset.defaultCharset());
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(StringBuilder builder) {
        this(builder.toString());
    }

    private static Charset lookupCharset(String charsetName) throws UnsupportedEncodingException {
        Objects.requireNonNull(charsetName);
        Charset cs = CortadoCharset.lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedEncodingException(charsetName);
        }
        return cs;
    }

    // ---- bounds checks with the JDK's messages ----

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length); // hotspot-line: 4565
        }
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length); // hotspot-line: 4576
        }
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException( // hotspot-line: 4591
                    "offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException( // hotspot-line: 4606
                    "begin " + begin + ", end " + end + ", length " + length);
        }
    }

    /**
     * The range check of the methods added after Java 17: JDK 21+ words its message as
     * Preconditions does, while the older methods keep JDK 17's wording (checkBoundsBeginEnd),
     * which the Java 17 reference runs expect.
     */
    static void checkFromToIndex(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                    "Range [" + begin + ", " + end + ") out of bounds for length " + length);
        }
    }

    private static char[] copyOfRange(char[] src, int from, int to) {
        if (to == from) {
            return EMPTY;
        }
        char[] r = new char[to - from];
        System.arraycopy(src, from, r, 0, to - from);
        return r;
    }

    /** Whether the JDK would store this string as Latin-1 (it affects a few messages). */
    private boolean isLatin1() {
        for (char c : value) {
            if (c > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** The backing array, for java.lang classes that only read it. */
    char[] value() {
        return value;
    }

    // ---- basic accessors ----

    @Override
    public int length() {
        return value.length;
    }

    @Override
    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            // Out of range: fail through the JDK's methods for its two string codings, whose
            // messages and stack frames differ.
            if (isLatin1()) {
                return StringLatin1.charAt(value, index); // hotspot-line: 1517
            }
            return StringUTF16.charAt(value, index); // hotspot-line: 1519
        }
        return value[index];
    }

    public int codePointAt(int index) {
        if (index < 0 || index >= value.length) {
            // The JDK checks at a line of its own for each string coding.
            if (isLatin1()) {
                checkIndex(index, value.length); // hotspot-line: 1547
            }
            checkIndex(index, value.length); // hotspot-line: 1551
        }
        return Character.codePointAtImpl(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) {
            throw new StringIndexOutOfBoundsException(index); // hotspot-line: 1580
        }
        return Character.codePointBeforeImpl(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return offsetByCodePoints(value, 0, value.length, index, codePointOffset);
    }

    static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        int x = index;
        int limit = start + count;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < limit && i < codePointOffset; i++) {
                if (Character.isHighSurrogate(a[x++]) && x < limit && Character.isLowSurrogate(a[x])) {
                    x++;
                }
            }
            if (i < codePointOffset) {
                throw new IndexOutOfBoundsException();
            }
        } else {
            int i;
            for (i = codePointOffset; x > start && i < 0; i++) {
                if (Character.isLowSurrogate(a[--x]) && x > start && Character.isHighSurrogate(a[x - 1])) {
                    x--;
                }
            }
            if (i < 0) {
                throw new IndexOutOfBoundsException();
            }
        }
        return x;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length); // hotspot-line: 1678
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        Objects.requireNonNull(dst);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = (byte) value[i];
        }
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        return getBytes(lookupCharset(charsetName));
    }

    public byte[] getBytes(Charset charset) {
        Objects.requireNonNull(charset);
        return CortadoCharset.of(charset).encode(value, 0, value.length);
    }

    public byte[] getBytes() {
        return getBytes(Charset.defaultCharset());
    }

    public char[] toCharArray() {
        return value.length == 0 ? new char[0] : value.clone();
    }

    // ---- equality and comparison ----

    @Override
    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] other = ((String) anObject).value;
        char[] v = value;
        int n = v.length;
        if (n != other.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (v[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String) {
            return equals(cs);
        }
        int n = value.length;
        if (n != cs.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return (this == anotherString) ? true
                : (anotherString != null)
                        && (anotherString.value.length == value.length)
                        && regionMatches(true, 0, anotherString, 0, value.length);
    }

    @Override
    public int compareTo(String anotherString) {
        char[] v1 = value;
        char[] v2 = anotherString.value;
        int lim = Math.min(v1.length, v2.length);
        for (int k = 0; k < lim; k++) {
            char c1 = v1[k];
            char c2 = v2[k];
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return v1.length - v2.length;
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        char[] ta = value;
        char[] pa = other.value;
        if ((ooffset < 0) || (toffset < 0) || (toffset > (long) ta.length - len)
                || (ooffset > (long) pa.length - len)) {
            return false;
        }
        int tstart = toffset;
        int ostart = ooffset;
        int tend = toffset + len;
        int oend = ooffset + len;
        while (len-- > 0) {
            char c1 = ta[toffset++];
            char c2 = pa[ooffset++];
            if (c1 == c2) {
                continue;
            }
            if (ignoreCase && caseFoldAt(ta, toffset - 1, tstart, tend) == caseFoldAt(pa, ooffset - 1, ostart, oend)) {
                continue;
            }
            return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > length() - prefix.length()) {
            return false;
        }
        char[] pa = prefix.value;
        for (int i = 0; i < pa.length; i++) {
            if (value[toffset + i] != pa[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    @Override
    public int hashCode() {
        // Small enough for compiled callers to inline; the loop only runs once per string.
        int h = hash;
        if (h == 0 && value.length > 0) {
            h = hash = hashOf(value);
        }
        return h;
    }

    private static int hashOf(char[] value) {
        int h = 0;
        for (char c : value) {
            h = 31 * h + c;
        }
        return h;
    }

    // ---- searching ----

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        int max = v.length;
        if (fromIndex < 0) {
            fromIndex = 0;
        } else if (fromIndex >= max) {
            return -1;
        }
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < max; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = fromIndex; i < max - 1; i++) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The first index of ch in [beginIndex, endIndex), or -1 (Java 21); the range must be valid. */
    public int indexOf(int ch, int beginIndex, int endIndex) {
        checkFromToIndex(beginIndex, endIndex, length());
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = beginIndex; i < endIndex; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = beginIndex; i < endIndex - 1; i++) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        str.coder(); // a null str fails here, as in the JDK (its helpful message names coder())
        return indexOf(value, value.length, str.value, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str, fromIndex);
    }

    /** The first index of str within [beginIndex, endIndex), or -1 (Java 21). */
    public int indexOf(String str, int beginIndex, int endIndex) {
        if (str.length() == 1) {
            return indexOf(str.charAt(0), beginIndex, endIndex);
        }
        checkFromToIndex(beginIndex, endIndex, length());
        return indexOf(value, endIndex, str.value, beginIndex);
    }

    /** The JDK's coder of the value: always UTF16 (1) here, as the value is a char[]. */
    byte coder() {
        return 1;
    }

    /** indexOf with the JDK's parameter name, for the helpful message of a null target. */
    private static int indexOf(char[] src, int srcCount, String tgtStr, int fromIndex) {
        char[] tgt = tgtStr.value;
        return indexOf(src, srcCount, tgt, fromIndex);
    }

    /** First index >= fromIndex of target in src[0, srcCount), or -1. */
    static int indexOf(char[] src, int srcCount, char[] target, int fromIndex) {
        int tlen = target.length;
        if (fromIndex >= srcCount) {
            return (tlen == 0 ? srcCount : -1);
        }
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (tlen == 0) {
            return fromIndex;
        }
        char first = target[0];
        int max = srcCount - tlen;
        outer:
        for (int i = fromIndex; i <= max; i++) {
            if (src[i] != first) {
                continue;
            }
            for (int j = 1; j < tlen; j++) {
                if (src[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    static int lastIndexOf(char[] src, int srcCount, char[] target, int fromIndex) {
        int tlen = target.length;
        int rightIndex = srcCount - tlen;
        if (fromIndex > rightIndex) {
            fromIndex = rightIndex;
        }
        if (fromIndex < 0) {
            return -1;
        }
        outer:
        for (int i = fromIndex; i >= 0; i--) {
            for (int j = 0; j < tlen; j++) {
                if (src[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- substrings ----

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length); // hotspot-line: 2682
    }

    public String substring(int beginIndex, int endIndex) {
        int length = value.length;
        checkBoundsBeginEnd(beginIndex, endIndex, length); // hotspot-line: 2709
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        return new String(copyOfRange(value, beginIndex, endIndex), true);
    }

    @Override
    public CharSequence subSequence(int beginIndex, int endIndex) {
        return this.substring(beginIndex, endIndex); // hotspot-line: 2747
    }

    public String concat(String str) {
        if (str.isEmpty()) {
            return this;
        }
        if (value.length == 0) {
            return str;
        }
        char[] r = new char[value.length + str.value.length];
        System.arraycopy(value, 0, r, 0, value.length);
        System.arraycopy(str.value, 0, r, value.length, str.value.length);
        return new String(r, true);
    }

    // ---- replacing ----

    public String replace(char oldChar, char newChar) {
        if (oldChar != newChar) {
            char[] v = value;
            int len = v.length;
            int i = -1;
            while (++i < len) {
                if (v[i] == oldChar) {
                    break;
                }
            }
            if (i < len) {
                char[] buf = v.clone();
                for (; i < len; i++) {
                    if (buf[i] == oldChar) {
                        buf[i] = newChar;
                    }
                }
                return new String(buf, true);
            }
        }
        return this;
    }

    public String replace(CharSequence target, CharSequence replacement) {
        char[] tgt = target.toString().value;
        char[] repl = replacement.toString().value;
        int j = indexOf(value, value.length, tgt, 0);
        if (j < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(value.length + 16);
        int i = 0;
        if (tgt.length == 0) {
            // Empty target: the replacement goes before every char and at the end.
            for (char c : value) {
                sb.append(repl).append(c);
            }
            return sb.append(repl).toString();
        }
        do {
            sb.append(value, i, j - i).append(repl);
            i = j + tgt.length;
        } while (j < value.length && (j = indexOf(value, value.length, tgt, i)) >= 0);
        return sb.append(value, i, value.length - i).toString();
    }

    // ---- regular expressions (java.util.regex) ----

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceFirst(String regex, String replacement) {
        java.util.regex.Pattern p = jdk.internal.util.RegexCache.get(regex);
        if (p == null) {
            p = java.util.regex.Pattern.compile(regex);
            jdk.internal.util.RegexCache.put(regex, p);
        }
        return p.matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        java.util.regex.Pattern p = jdk.internal.util.RegexCache.get(regex);
        if (p == null) {
            p = java.util.regex.Pattern.compile(regex);
            jdk.internal.util.RegexCache.put(regex, p);
        }
        return p.matcher(this).replaceAll(replacement);
    }

    public String[] split(String regex, int limit) {
        // Fast path: a single character that is not a regex metacharacter, or a backslash
        // followed by a character that is neither an ASCII letter nor a digit.
        char ch = 0;
        if (((regex.length() == 1 && ".$|()[{^?*+\\".indexOf(ch = regex.charAt(0)) == -1)
                || (regex.length() == 2 && regex.charAt(0) == '\\'
                    && ((ch = regex.charAt(1)) - '0' | '9' - ch) < 0
                    && ((ch - 'a') | ('z' - ch)) < 0
                    && ((ch - 'A') | ('Z' - ch)) < 0))
                && (ch < Character.MIN_HIGH_SURROGATE || ch > Character.MAX_LOW_SURROGATE)) {
            return splitOnChar(ch, limit);
        }
        java.util.regex.Pattern p = jdk.internal.util.RegexCache.get(regex);
        if (p == null) {
            p = java.util.regex.Pattern.compile(regex);
            jdk.internal.util.RegexCache.put(regex, p);
        }
        return p.split(this, limit);
    }

    private String[] splitOnChar(char ch, int limit) {
        boolean limited = limit > 0;
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        int off = 0;
        int next;
        while ((next = indexOf(ch, off)) != -1) {
            if (!limited || list.size() < limit - 1) {
                list.add(substring(off, next));
                off = next + 1;
            } else {
                list.add(substring(off, value.length));
                off = value.length;
                break;
            }
        }
        if (off == 0) {
            return new String[] {this};
        }
        if (!limited || list.size() < limit) {
            list.add(substring(off, value.length));
        }
        int resultSize = list.size();
        if (limit == 0) {
            while (resultSize > 0 && list.get(resultSize - 1).isEmpty()) {
                resultSize--;
            }
        }
        String[] result = new String[resultSize];
        for (int k = 0; k < resultSize; k++) {
            result[k] = list.get(k);
        }
        return result;
    }

    /** split that also returns each matched delimiter between the pieces (Java 21). */
    public String[] splitWithDelimiters(String regex, int limit) {
        return java.util.regex.Pattern.compile(regex).splitWithDelimiters(this, limit);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    // ---- joining and repeating ----

    public static String join(CharSequence delimiter, CharSequence... elements) {
        var delim = delimiter.toString();
        var count = elements.length;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(delim);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first) {
                sb.append(delimiter);
            }
            first = false;
            sb.append(cs);
        }
        return sb.toString();
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count); // hotspot-line: 4417
        }
        if (count == 1) {
            return this;
        }
        int len = value.length;
        if (len == 0 || count == 0) {
            return "";
        }
        if (Integer.MAX_VALUE / count < len) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] r = new char[len * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, r, i * len, len);
        }
        return new String(r, true);
    }

    // ---- case ----

    /** Languages with their own case mappings (SpecialCasing.txt): Turkish and Azeri, Lithuanian. */
    private static final int CASE_TURKIC = 1;
    private static final int CASE_LITHUANIAN = 2;

    private static int caseLanguage(Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        return "tr".equals(lang) || "az".equals(lang) ? CASE_TURKIC : "lt".equals(lang) ? CASE_LITHUANIAN : 0;
    }

    public String toLowerCase(Locale locale) {
        return toLowerCase(locale, caseLanguage(locale));
    }

    public String toLowerCase() {
        return toLowerCase(null, 0);
    }

    /** {@code locale} may be null for the default locale; it only matters for final sigma. */
    private String toLowerCase(Locale locale, int lang) {
        boolean turkic = lang == CASE_TURKIC;
        boolean lithuanian = lang == CASE_LITHUANIAN;
        char[] v = value;
        int n = v.length;
        int first = 0;
        // Skip the prefix that is already lower case.
        while (first < n) {
            char c = v[first];
            if (c < 0x80) {
                // ASCII (the common case) without the code point tables.
                if (c >= 'A' && c <= 'Z') {
                    break;
                }
                first++;
                continue;
            }
            int cp = Character.codePointAt(v, first);
            if (cp == 0x130 || cp == 0x3A3 || (turkic && cp == 'I') || Character.toLowerCase(cp) != cp) {
                break;
            }
            first += Character.charCount(cp);
        }
        if (first == n) {
            return this;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(v, 0, first);
        for (int i = first; i < n;) {
            char c = v[i];
            if (c < 0x80 && !((turkic || lithuanian) && (c == 'I' || c == 'J'))) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                i++;
                continue;
            }
            int cp = Character.codePointAt(v, i);
            int cc = Character.charCount(cp);
            if (turkic && cp == 'I') {
                sb.append(ConditionalSpecialCasing.isBeforeDot(this, i) ? 'i' : '\u0131');
            } else if (turkic && cp == 0x307 && ConditionalSpecialCasing.isAfterI(this, i)) {
                // dropped: I followed by a dot above lower-cases to i
            } else if (lithuanian && (cp == 'I' || cp == 'J' || cp == 0x12E)
                    && ConditionalSpecialCasing.isMoreAbove(this, i)) {
                sb.appendCodePoint(Character.toLowerCase(cp)).append('\u0307');
            } else if (lithuanian && (cp == 0xCC || cp == 0xCD || cp == 0x128)) {
                sb.append('i').append('\u0307').append(cp == 0xCC ? '\u0300' : cp == 0xCD ? '\u0301' : '\u0303');
            } else if (cp == 0x130) {
                if (turkic) {
                    sb.append('i');
                } else {
                    sb.append('i').append('\u0307');
                }
            } else if (cp == 0x3A3) {
                Locale l = locale == null ? Locale.getDefault() : locale;
                sb.append(ConditionalSpecialCasing.isFinalCased(this, i, l) ? '\u03C2' : '\u03C3');
            } else {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
            i += cc;
        }
        return sb.toString();
    }

    public String toUpperCase(Locale locale) {
        return toUpperCase(caseLanguage(locale));
    }

    public String toUpperCase() {
        return toUpperCase(0);
    }

    /**
     * The index of cp's one-to-many upper-case mapping in CharacterData, or -1. Every key is
     * at least U+00DF: below that the scan of the keys (at every char) made toUpperCase 14
     * times slower than HotSpot's.
     */
    private static int specialUpper(int cp) {
        return cp >= '\u00df' && cp < 0x10000 ? CharacterData.SPECIAL_UPPER_KEYS.indexOf(cp) : -1;
    }

    private String toUpperCase(int lang) {
        boolean turkic = lang == CASE_TURKIC;
        boolean lithuanian = lang == CASE_LITHUANIAN;
        char[] v = value;
        int n = v.length;
        int first = 0;
        while (first < n) {
            char c = v[first];
            if (c < 0x80) {
                // ASCII (the common case) without the code point tables.
                if (c >= 'a' && c <= 'z') {
                    break;
                }
                first++;
                continue;
            }
            int cp = Character.codePointAt(v, first);
            if ((turkic && cp == 'i') || Character.toUpperCase(cp) != cp
                    || specialUpper(cp) >= 0) {
                break;
            }
            first += Character.charCount(cp);
        }
        if (first == n) {
            return this;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(v, 0, first);
        for (int i = first; i < n;) {
            char c = v[i];
            if (c < 0x80 && !(turkic && c == 'i')) {
                sb.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
                i++;
                continue;
            }
            int cp = Character.codePointAt(v, i);
            int special = specialUpper(cp);
            if (turkic && cp == 'i') {
                sb.append('\u0130');
            } else if (lithuanian && cp == 0x307 && ConditionalSpecialCasing.isAfterSoftDotted(this, i)) {
                // dropped: the dot of a soft-dotted letter (i, j, ...) goes with upper-casing
            } else if (special >= 0) {
                sb.append(CharacterData.SPECIAL_UPPER_VALUES[special]);
            } else {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    // ---- trimming ----

    public String trim() {
        int len = value.length;
        int st = 0;
        while ((st < len) && (value[st] <= ' ')) {
            st++;
        }
        while ((st < len) && (value[len - 1] <= ' ')) {
            len--;
        }
        return ((st > 0) || (len < value.length)) ? substring(st, len) : this;
    }

    private int indexOfNonWhitespace() {
        int i = 0;
        while (i < value.length) {
            int cp = Character.codePointAt(value, i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int lastIndexOfNonWhitespace() {
        int i = value.length;
        while (i > 0) {
            int cp = Character.codePointBefore(value, i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    public String strip() {
        int left = indexOfNonWhitespace();
        if (left == value.length) {
            return "";
        }
        return substring(left, lastIndexOfNonWhitespace());
    }

    public String stripLeading() {
        return substring(indexOfNonWhitespace());
    }

    public String stripTrailing() {
        return substring(0, lastIndexOfNonWhitespace());
    }

    public boolean isBlank() {
        return indexOfNonWhitespace() == value.length;
    }

    public String indent(int n) {
        if (isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int len = value.length;
        while (i < len) {
            int end = i;
            while (end < len && value[end] != '\n' && value[end] != '\r') {
                end++;
            }
            String line = substring(i, end);
            if (n > 0) {
                sb.append(" ".repeat(n)).append(line);
            } else if (n < 0) {
                int lead = 0;
                while (lead < line.length() && lead < -n && Character.isWhitespace(line.charAt(lead))) {
                    lead++;
                }
                sb.append(line, lead, line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
            if (end < len && value[end] == '\r' && end + 1 < len && value[end + 1] == '\n') {
                end++;
            }
            i = end + 1;
        }
        return sb.toString();
    }

    /**
     * Removes incidental white space as javac does for text blocks: the smallest indentation of
     * the non-blank lines (and of the last line, when it is blank) goes from every line, trailing
     * white space goes from each, and lines are joined with \n.
     */
    public String stripIndent() {
        int length = value.length;
        if (length == 0) {
            return "";
        }
        char lastChar = value[length - 1];
        boolean optOut = lastChar == '\n' || lastChar == '\r';
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines().forEach(lines::add);
        int outdent = 0;
        if (!optOut) {
            outdent = Integer.MAX_VALUE;
            for (String line : lines) {
                int lead = line.indexOfNonWhitespace();
                if (lead != line.length()) {
                    outdent = Math.min(outdent, lead);
                }
            }
            String lastLine = lines.get(lines.size() - 1);
            if (lastLine.isBlank()) {
                outdent = Math.min(outdent, lastLine.length());
            }
        }
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0) {
                sb.append('\n');
            }
            int first = line.indexOfNonWhitespace();
            int last = line.lastIndexOfNonWhitespace();
            if (first <= last) {
                sb.append(line, Math.min(outdent, first), last);
            }
        }
        if (optOut) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Translates escape sequences as in string literals (octal, \s and line continuations included). */
    public String translateEscapes() {
        if (isEmpty()) {
            return "";
        }
        char[] chars = toCharArray();
        int length = chars.length;
        int from = 0;
        int to = 0;
        while (from < length) {
            char ch = chars[from++];
            if (ch == '\\') {
                ch = from < length ? chars[from++] : '\0';
                switch (ch) {
                    case 'b':
                        ch = '\b';
                        break;
                    case 'f':
                        ch = '\f';
                        break;
                    case 'n':
                        ch = '\n';
                        break;
                    case 'r':
                        ch = '\r';
                        break;
                    case 's':
                        ch = ' ';
                        break;
                    case 't':
                        ch = '\t';
                        break;
                    case '\'':
                    case '\"':
                    case '\\':
                        break;
                    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                        int limit = Math.min(from + (ch <= '3' ? 2 : 1), length);
                        int code = ch - '0';
                        while (from < limit) {
                            ch = chars[from];
                            if (ch < '0' || '7' < ch) {
                                break;
                            }
                            from++;
                            code = (code << 3) | (ch - '0');
                        }
                        ch = (char) code;
                        break;
                    }
                    case '\n':
                        continue;
                    case '\r':
                        if (from < length && chars[from] == '\n') {
                            from++;
                        }
                        continue;
                    default:
                        throw new IllegalArgumentException(String.format("Invalid escape sequence: \\%c \\\\u%04X", ch, (int) ch));
                }
            }
            chars[to++] = ch;
        }
        return new String(chars, 0, to);
    }

    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    // ---- conversions ----

    @Override
    public String toString() {
        return this;
    }

    public static String format(String format, Object... args) {
        return new Formatter().format(format, args).toString();
    }

    public static String format(Locale l, String format, Object... args) {
        return new Formatter(l).format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new Formatter().format(this, args).toString();
    }

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data); // hotspot-line: 4234
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count); // hotspot-line: 4258
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    static String valueOfCodePoint(int codePoint) {
        return new String(Character.toChars(codePoint), true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** Returns the canonical instance of this string from the VM's string table. */
    public native String intern();

    /** Over the chars of this immutable string; splits its index range in halves. */
    @Override
    public java.util.stream.IntStream chars() {
        return java.util.stream.StreamSupport.intStream(new CharsSpliterator(value, 0, value.length), false);
    }

    private static final class CharsSpliterator implements java.util.Spliterator.OfInt {
        private final char[] array;
        private int index;
        private final int fence;

        CharsSpliterator(char[] array, int origin, int fence) {
            this.array = array;
            this.index = origin;
            this.fence = fence;
        }

        @Override
        public OfInt trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            return (lo >= mid) ? null : new CharsSpliterator(array, lo, index = mid);
        }

        @Override
        public void forEachRemaining(java.util.function.IntConsumer action) {
            Objects.requireNonNull(action);
            char[] a = array;
            int i = index;
            int hi = fence;
            index = hi;
            for (; i < hi; i++) {
                action.accept(a[i]);
            }
        }

        @Override
        public boolean tryAdvance(java.util.function.IntConsumer action) {
            Objects.requireNonNull(action);
            if (index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        @Override
        public long estimateSize() {
            return fence - index;
        }

        @Override
        public int characteristics() {
            return java.util.Spliterator.ORDERED | java.util.Spliterator.SIZED | java.util.Spliterator.SUBSIZED
                    | java.util.Spliterator.IMMUTABLE;
        }
    }

    @Override
    public java.util.stream.IntStream codePoints() {
        // a string without chars above U+00FF (a Latin-1 string in the JDK) has a sized stream
        char[] v = value;
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 0xFF)
                return CharSequence.super.codePoints();
        }
        return chars();
    }

    public java.util.stream.Stream<String> lines() {
        final char[] v = value;
        return java.util.stream.StreamSupport.stream(new java.util.Spliterator<String>() {
            private int index;

            @Override
            public boolean tryAdvance(java.util.function.Consumer<? super String> action) {
                java.util.Objects.requireNonNull(action);
                int n = v.length;
                if (index >= n)
                    return false;
                int start = index;
                int end = start;
                while (end < n && v[end] != '\n' && v[end] != '\r')
                    end++;
                index = end;
                if (index < n) {
                    if (v[index] == '\r' && index + 1 < n && v[index + 1] == '\n')
                        index += 2;
                    else
                        index++;
                }
                action.accept(new String(v, start, end - start));
                return true;
            }

            @Override
            public java.util.Spliterator<String> trySplit() {
                return null;
            }

            @Override
            public long estimateSize() {
                return v.length - index + 1;
            }

            @Override
            public int characteristics() {
                return ORDERED | IMMUTABLE | NONNULL;
            }
        }, false);
    }

    /** This value is its own nominal descriptor (the JDK's {@code Constable}). */
    public java.util.Optional<String> describeConstable() {
        return java.util.Optional.of(this);
    }

    public String resolveConstantDesc(java.lang.invoke.MethodHandles.Lookup lookup) {
        return this;
    }
}
