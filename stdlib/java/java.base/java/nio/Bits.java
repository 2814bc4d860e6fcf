package java.nio;

/** Multi-byte values in byte arrays, in either byte order (byte buffers and their views). */
final class Bits {
    private Bits() {}

    /** The n-byte value at bytes[at, at + n), zero-extended. */
    static long get(byte[] bytes, int at, int n, boolean bigEndian) {
        long v = 0;
        if (bigEndian) {
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (bytes[at + i] & 0xff);
            }
        } else {
            for (int i = n - 1; i >= 0; i--) {
                v = (v << 8) | (bytes[at + i] & 0xff);
            }
        }
        return v;
    }

    /** Stores the low n bytes of v at bytes[at, at + n). */
    static void put(byte[] bytes, int at, int n, boolean bigEndian, long v) {
        if (bigEndian) {
            for (int i = n - 1; i >= 0; i--) {
                bytes[at + i] = (byte) v;
                v >>>= 8;
            }
        } else {
            for (int i = 0; i < n; i++) {
                bytes[at + i] = (byte) v;
                v >>>= 8;
            }
        }
    }
}
