package java.util.zip;

import java.nio.ByteBuffer;

/** CRC-32 (the polynomial of zlib and the zip format), table driven. */
public class CRC32 implements Checksum {
    static final int[] TABLE = table(0xEDB88320);

    static int[] table(int poly) {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? poly ^ (c >>> 1) : c >>> 1;
            }
            t[n] = c;
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
        for (int i = off; i < end; i++) {
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
