package java.util.zip;

import java.nio.ByteBuffer;

/** CRC-32 (the polynomial of zlib and the zip format), table driven. */
public class CRC32 implements Checksum {
    static final int[] TABLE = table(0xEDB88320);

    /**
     * Eight tables of 256 entries (slicing-by-8): entry n of table k is the CRC of byte n
     * followed by k zero bytes, so eight bytes are folded in per step.
     */
    static int[] table(int poly) {
        int[] t = new int[8 * 256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? poly ^ (c >>> 1) : c >>> 1;
            }
            t[n] = c;
        }
        for (int n = 0; n < 256; n++) {
            int c = t[n];
            for (int k = 1; k < 8; k++) {
                c = t[c & 0xff] ^ (c >>> 8);
                t[k * 256 + n] = c;
            }
        }
        return t;
    }

    private int crc;

    public CRC32() {
    }

    @Override
    public void update(int b) {
        crc = ~TABLE[(~crc ^ b) & 0xff] ^ (~crc >>> 8);
    }

    @Override
    public void update(byte[] b, int off, int len) {
        if (b == null) {
            throw new NullPointerException();
        }
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new ArrayIndexOutOfBoundsException();
        }
        crc = update(TABLE, crc, b, off, len);
    }

    static int update(int[] t, int crc, byte[] b, int off, int len) {
        int c = ~crc;
        int end = off + len;
        int i = off;
        for (int fast = end - 8; i <= fast; i += 8) {
            int lo = c ^ ((b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24);
            c = t[7 * 256 + (lo & 0xff)] ^ t[6 * 256 + ((lo >>> 8) & 0xff)] ^ t[5 * 256 + ((lo >>> 16) & 0xff)]
                    ^ t[4 * 256 + (lo >>> 24)] ^ t[3 * 256 + (b[i + 4] & 0xff)] ^ t[2 * 256 + (b[i + 5] & 0xff)]
                    ^ t[256 + (b[i + 6] & 0xff)] ^ t[b[i + 7] & 0xff];
        }
        for (; i < end; i++) {
            c = t[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    @Override
    public void update(ByteBuffer buffer) {
        Checksum.super.update(buffer);
    }

    @Override
    public void reset() {
        crc = 0;
    }

    @Override
    public long getValue() {
        return crc & 0xffffffffL;
    }
}
