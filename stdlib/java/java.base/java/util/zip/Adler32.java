package java.util.zip;

import java.nio.ByteBuffer;

/** Adler-32 (RFC 1950). */
public class Adler32 implements Checksum {
    private static final int BASE = 65521;
    /** Most bytes before the sums must be reduced (zlib's NMAX). */
    private static final int NMAX = 5552;

    private int adler = 1;

    public Adler32() {
    }

    @Override
    public void update(int b) {
        int s1 = adler & 0xffff;
        int s2 = adler >>> 16;
        s1 = (s1 + (b & 0xff)) % BASE;
        s2 = (s2 + s1) % BASE;
        adler = (s2 << 16) | s1;
    }

    @Override
    public void update(byte[] b, int off, int len) {
        if (b == null) {
            throw new NullPointerException();
        }
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new ArrayIndexOutOfBoundsException();
        }
        adler = update(adler, b, off, len);
    }

    static int update(int adler, byte[] b, int off, int len) {
        // The sums of a run of NMAX bytes fit 32 unsigned bits: longs keep them positive.
        long s1 = adler & 0xffff;
        long s2 = adler >>> 16;
        while (len > 0) {
            int n = Math.min(len, NMAX);
            len -= n;
            for (int end = off + n; off < end; off++) {
                s1 += b[off] & 0xff;
                s2 += s1;
            }
            s1 %= BASE;
            s2 %= BASE;
        }
        return (int) ((s2 << 16) | s1);
    }

    @Override
    public void update(ByteBuffer buffer) {
        Checksum.super.update(buffer);
    }

    @Override
    public void reset() {
        adler = 1;
    }

    @Override
    public long getValue() {
        return adler & 0xffffffffL;
    }
}
