package java.lang;

/**
 * The JDK's operations on strings stored one byte per character. Cortado stores every string
 * as UTF-16; the methods here exist for the failures a program may see, so that their
 * messages and stack frames are the ones HotSpot prints for a Latin-1 string.
 */
final class StringLatin1 {
    private StringLatin1() {
    }

    /** {@code value[index]}, or the JDK's exception for an index out of range. */
    static char charAt(char[] value, int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException(index); // hotspot-line: 48
        }
        return value[index];
    }
}
