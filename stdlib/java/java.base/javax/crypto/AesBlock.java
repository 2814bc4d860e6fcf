package javax.crypto;

/** The AES block cipher (FIPS-197) for one key: 16-byte blocks, 128-, 192- or 256-bit keys. */
final class AesBlock {
    private static final byte[] SBOX = new byte[256];
    private static final byte[] INV_SBOX = new byte[256];

    static {
        // The S-box: the multiplicative inverse in GF(2^8), then the affine transformation.
        int p = 1;
        int q = 1;
        do {
            p = p ^ ((p << 1) & 0xff) ^ ((p & 0x80) != 0 ? 0x1b : 0);
            q ^= q << 1;
            q ^= q << 2;
            q ^= q << 4;
            q &= 0xff;
            if ((q & 0x80) != 0) {
                q ^= 0x09;
            }
            int x = q ^ Integer.rotateLeft(q, 1) ^ Integer.rotateLeft(q, 2) ^ Integer.rotateLeft(q, 3)
                    ^ Integer.rotateLeft(q, 4);
            x = (x ^ (x >>> 8)) & 0xff ^ 0x63;
            SBOX[p] = (byte) x;
        } while (p != 1);
        SBOX[0] = 0x63;
        for (int i = 0; i < 256; i++) {
            INV_SBOX[SBOX[i] & 0xff] = (byte) i;
        }
    }

    private final int rounds;
    private final byte[][] roundKeys;

    AesBlock(byte[] key) {
        int nk = key.length / 4;
        rounds = nk + 6;
        int words = 4 * (rounds + 1);
        byte[] w = new byte[words * 4];
        System.arraycopy(key, 0, w, 0, key.length);
        int rcon = 1;
        for (int i = nk; i < words; i++) {
            byte t0 = w[4 * i - 4];
            byte t1 = w[4 * i - 3];
            byte t2 = w[4 * i - 2];
            byte t3 = w[4 * i - 1];
            if (i % nk == 0) {
                byte r = t0;
                t0 = (byte) (SBOX[t1 & 0xff] ^ rcon);
                t1 = SBOX[t2 & 0xff];
                t2 = SBOX[t3 & 0xff];
                t3 = SBOX[r & 0xff];
                rcon = xtime(rcon);
            } else if (nk > 6 && i % nk == 4) {
                t0 = SBOX[t0 & 0xff];
                t1 = SBOX[t1 & 0xff];
                t2 = SBOX[t2 & 0xff];
                t3 = SBOX[t3 & 0xff];
            }
            w[4 * i] = (byte) (w[4 * (i - nk)] ^ t0);
            w[4 * i + 1] = (byte) (w[4 * (i - nk) + 1] ^ t1);
            w[4 * i + 2] = (byte) (w[4 * (i - nk) + 2] ^ t2);
            w[4 * i + 3] = (byte) (w[4 * (i - nk) + 3] ^ t3);
        }
        roundKeys = new byte[rounds + 1][16];
        for (int r = 0; r <= rounds; r++) {
            System.arraycopy(w, 16 * r, roundKeys[r], 0, 16);
        }
    }

    private static int xtime(int b) {
        return ((b << 1) ^ ((b & 0x80) != 0 ? 0x1b : 0)) & 0xff;
    }

    private static int mul(int a, int b) {
        int product = 0;
        while (b != 0) {
            if ((b & 1) != 0) {
                product ^= a;
            }
            a = xtime(a);
            b >>>= 1;
        }
        return product;
    }

    /** Encrypts the block at `in[inOff]` into `out[outOff]` (which may be the same). */
    void encrypt(byte[] in, int inOff, byte[] out, int outOff) {
        byte[] s = new byte[16];
        for (int i = 0; i < 16; i++) {
            s[i] = (byte) (in[inOff + i] ^ roundKeys[0][i]);
        }
        byte[] t = new byte[16];
        for (int r = 1; r <= rounds; r++) {
            // SubBytes and ShiftRows (state column-major: byte c*4+row).
            for (int c = 0; c < 4; c++) {
                for (int row = 0; row < 4; row++) {
                    t[c * 4 + row] = SBOX[s[((c + row) & 3) * 4 + row] & 0xff];
                }
            }
            if (r != rounds) {
                for (int c = 0; c < 4; c++) {
                    int a0 = t[c * 4] & 0xff;
                    int a1 = t[c * 4 + 1] & 0xff;
                    int a2 = t[c * 4 + 2] & 0xff;
                    int a3 = t[c * 4 + 3] & 0xff;
                    s[c * 4] = (byte) (xtime(a0) ^ xtime(a1) ^ a1 ^ a2 ^ a3);
                    s[c * 4 + 1] = (byte) (a0 ^ xtime(a1) ^ xtime(a2) ^ a2 ^ a3);
                    s[c * 4 + 2] = (byte) (a0 ^ a1 ^ xtime(a2) ^ xtime(a3) ^ a3);
                    s[c * 4 + 3] = (byte) (xtime(a0) ^ a0 ^ a1 ^ a2 ^ xtime(a3));
                }
            } else {
                System.arraycopy(t, 0, s, 0, 16);
            }
            byte[] k = roundKeys[r];
            for (int i = 0; i < 16; i++) {
                s[i] ^= k[i];
            }
        }
        System.arraycopy(s, 0, out, outOff, 16);
    }

    /** Decrypts the block at `in[inOff]` into `out[outOff]` (which may be the same). */
    void decrypt(byte[] in, int inOff, byte[] out, int outOff) {
        byte[] s = new byte[16];
        for (int i = 0; i < 16; i++) {
            s[i] = (byte) (in[inOff + i] ^ roundKeys[rounds][i]);
        }
        byte[] t = new byte[16];
        for (int r = rounds - 1; r >= 0; r--) {
            // InvShiftRows and InvSubBytes.
            for (int c = 0; c < 4; c++) {
                for (int row = 0; row < 4; row++) {
                    t[((c + row) & 3) * 4 + row] = INV_SBOX[s[c * 4 + row] & 0xff];
                }
            }
            byte[] k = roundKeys[r];
            for (int i = 0; i < 16; i++) {
                t[i] ^= k[i];
            }
            if (r != 0) {
                for (int c = 0; c < 4; c++) {
                    int a0 = t[c * 4] & 0xff;
                    int a1 = t[c * 4 + 1] & 0xff;
                    int a2 = t[c * 4 + 2] & 0xff;
                    int a3 = t[c * 4 + 3] & 0xff;
                    s[c * 4] = (byte) (mul(a0, 14) ^ mul(a1, 11) ^ mul(a2, 13) ^ mul(a3, 9));
                    s[c * 4 + 1] = (byte) (mul(a0, 9) ^ mul(a1, 14) ^ mul(a2, 11) ^ mul(a3, 13));
                    s[c * 4 + 2] = (byte) (mul(a0, 13) ^ mul(a1, 9) ^ mul(a2, 14) ^ mul(a3, 11));
                    s[c * 4 + 3] = (byte) (mul(a0, 11) ^ mul(a1, 13) ^ mul(a2, 9) ^ mul(a3, 14));
                }
            } else {
                System.arraycopy(t, 0, s, 0, 16);
            }
        }
        System.arraycopy(s, 0, out, outOff, 16);
    }
}
