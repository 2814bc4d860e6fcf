package java.lang;

/**
 * The JDK's operations on strings stored two bytes per character. The methods here exist for
 * the failures a program may see, so that their messages and stack frames are the ones
 * HotSpot prints for a string that is not Latin-1.
 */
final class StringUTF16 {
    private StringUTF16() {
    }

    /** {@code value[index]}, or the JDK's exception for an index out of range. */
    static char charAt(char[] value, int index) {
        checkIndex(index, value); // hotspot-line: 1421
        return value[index];
    }

    static void checkIndex(int off, char[] value) {
        String.checkIndex(off, value.length); // hotspot-line: 1624
    }
}
