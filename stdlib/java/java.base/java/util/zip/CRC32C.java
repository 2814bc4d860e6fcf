package java.util.zip;

import java.nio.ByteBuffer;

/** CRC-32C (Castagnoli, RFC 3720), table driven. */
public final class CRC32C implements Checksum {
    private static final int[] TABLE = CRC32.table(0x82F63B78);

    private int crc;

    public CRC32C() {
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
        crc = CRC32.update(TABLE, crc, b, off, len);
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
