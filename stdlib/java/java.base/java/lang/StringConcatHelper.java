package java.lang;

/**
 * What the string concatenation call sites Cortado generates (runtime/src/indy.rs) call: the
 * exact length of the result first, then one char array filled in place and shared by the
 * new String, as the JDK's StringConcatFactory does (a StringBuilder grew and copied its
 * buffer, then copied it again into the String). Public, unlike the JDK's class of this
 * name, because the generated classes live in their caller's package and access is checked.
 */
public final class StringConcatHelper {
    private StringConcatHelper() {}

    /** The chars of every argument and literal, or OutOfMemoryError as the JDK's. */
    public static char[] newArray(long length) {
        if (length > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Overflow: String length out of range");
        }
        return new char[(int) length];
    }

    public static int length(String s) {
        return s.value().length;
    }

    public static int length(int i) {
        return Integer.stringSize(i);
    }

    public static int length(long l) {
        return Long.stringSize(l);
    }

    public static int length(boolean b) {
        return b ? 4 : 5;
    }

    /** Writes s at index at of buf; returns the index after it. */
    public static int put(char[] buf, int at, String s) {
        char[] v = s.value();
        System.arraycopy(v, 0, buf, at, v.length);
        return at + v.length;
    }

    public static int put(char[] buf, int at, int i) {
        int end = at + Integer.stringSize(i);
        Integer.getChars(i, end, buf);
        return end;
    }

    public static int put(char[] buf, int at, long l) {
        int end = at + Long.stringSize(l);
        Long.getChars(l, end, buf);
        return end;
    }

    public static int put(char[] buf, int at, char c) {
        buf[at] = c;
        return at + 1;
    }

    public static int put(char[] buf, int at, boolean b) {
        return put(buf, at, b ? "true" : "false");
    }

    /** The result, sharing buf (which nothing else holds). */
    public static String newString(char[] buf) {
        return new String(buf, true);
    }
}
