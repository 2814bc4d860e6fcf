package java.security;

/**
 * Computes message digests: MD5, SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512, as the JDK's
 * SUN provider does (the names it accepts, case-insensitively, with SHA and SHA1 for SHA-1).
 * There are no providers: getInstance knows these algorithms itself.
 */
public abstract class MessageDigest extends MessageDigestSpi {
    private static final int INITIAL = 0;
    private static final int IN_PROGRESS = 1;

    private final String algorithm;
    private int state = INITIAL;

    protected MessageDigest(String algorithm) {
        this.algorithm = algorithm;
    }

    public static MessageDigest getInstance(String algorithm) throws NoSuchAlgorithmException {
        java.util.Objects.requireNonNull(algorithm, "null algorithm name");
        switch (algorithm.toUpperCase(java.util.Locale.ROOT)) {
            case "MD5":
                return new Md5(algorithm);
            case "SHA":
            case "SHA1":
            case "SHA-1":
                return new Sha1(algorithm);
            case "SHA-224":
            case "SHA224":
                return new Sha2x32(algorithm, H224, 28);
            case "SHA-256":
            case "SHA256":
                return new Sha2x32(algorithm, H256, 32);
            case "SHA-384":
            case "SHA384":
                return new Sha2x64(algorithm, H384, 48);
            case "SHA-512":
            case "SHA512":
                return new Sha2x64(algorithm, H512, 64);
            default:
                throw new NoSuchAlgorithmException(algorithm + " MessageDigest not available");
        }
    }

    public static MessageDigest getInstance(String algorithm, String provider) throws NoSuchAlgorithmException, NoSuchProviderException {
        if (provider == null || provider.isEmpty()) {
            throw new IllegalArgumentException("missing provider");
        }
        if (!provider.equals("SUN")) {
            throw new NoSuchProviderException("no such provider: " + provider);
        }
        return getInstance(algorithm);
    }

    public void update(byte input) {
        engineUpdate(input);
        state = IN_PROGRESS;
    }

    public void update(byte[] input, int offset, int len) {
        if (input == null) {
            throw new IllegalArgumentException("No input buffer given");
        }
        if (input.length - offset < len) {
            throw new IllegalArgumentException("Input buffer too short");
        }
        engineUpdate(input, offset, len);
        state = IN_PROGRESS;
    }

    public void update(byte[] input) {
        engineUpdate(input, 0, input.length);
        state = IN_PROGRESS;
    }

    public final void update(java.nio.ByteBuffer input) {
        if (input == null) {
            throw new NullPointerException();
        }
        byte[] b = new byte[input.remaining()];
        input.get(b);
        engineUpdate(b, 0, b.length);
        state = IN_PROGRESS;
    }

    public byte[] digest() {
        byte[] result = engineDigest();
        state = INITIAL;
        return result;
    }

    public int digest(byte[] buf, int offset, int len) throws DigestException {
        if (buf == null) {
            throw new IllegalArgumentException("No output buffer given");
        }
        if (offset < 0 || len < 0) {
            throw new IllegalArgumentException("offset or len is less than 0");
        }
        if (buf.length - offset < len) {
            throw new IllegalArgumentException("Output buffer too small for specified offset and length");
        }
        int numBytes = engineDigest(buf, offset, len);
        state = INITIAL;
        return numBytes;
    }

    public byte[] digest(byte[] input) {
        update(input);
        return digest();
    }

    public String toString() {
        return algorithm + " Message Digest from SUN, " + (state == INITIAL ? "<initialized>" : "<in progress>") + System.lineSeparator();
    }

    public static boolean isEqual(byte[] digesta, byte[] digestb) {
        if (digesta == digestb) {
            return true;
        }
        if (digesta == null || digestb == null) {
            return false;
        }
        int lenA = digesta.length;
        int lenB = digestb.length;
        if (lenB == 0) {
            return lenA == 0;
        }
        int result = 0;
        result |= lenA - lenB;
        // time-constant comparison, as the JDK's
        for (int i = 0; i < lenA; i++) {
            int indexB = ((i - lenB) >>> 31) * i;
            result |= digesta[i] ^ digestb[indexB];
        }
        return result == 0;
    }

    public void reset() {
        engineReset();
        state = INITIAL;
    }

    public final String getAlgorithm() {
        return this.algorithm;
    }

    public final int getDigestLength() {
        int digestLen = engineGetDigestLength();
        return digestLen;
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        return super.clone();
    }

    // ---- the algorithms: a block buffer and a byte count shared by all of them

    private abstract static class Block extends MessageDigest implements Cloneable {
        final int blockSize;
        final int digestLength;
        byte[] buffer;
        int bufferLen;
        long bytes;

        Block(String algorithm, int blockSize, int digestLength) {
            super(algorithm);
            this.blockSize = blockSize;
            this.digestLength = digestLength;
            this.buffer = new byte[blockSize];
        }

        abstract void compress(byte[] block, int off);

        abstract void initState();

        /** Pads (length in bits at the end, big- or little-endian) and writes the state out. */
        abstract void finish(byte[] out, int off);

        @Override
        protected int engineGetDigestLength() {
            return digestLength;
        }

        @Override
        protected void engineUpdate(byte input) {
            buffer[bufferLen++] = input;
            bytes++;
            if (bufferLen == blockSize) {
                compress(buffer, 0);
                bufferLen = 0;
            }
        }

        @Override
        protected void engineUpdate(byte[] input, int offset, int len) {
            if (len == 0) {
                return;
            }
            if (offset < 0 || len < 0 || offset > input.length - len) {
                throw new ArrayIndexOutOfBoundsException();
            }
            bytes += len;
            if (bufferLen > 0) {
                int n = Math.min(len, blockSize - bufferLen);
                System.arraycopy(input, offset, buffer, bufferLen, n);
                bufferLen += n;
                offset += n;
                len -= n;
                if (bufferLen == blockSize) {
                    compress(buffer, 0);
                    bufferLen = 0;
                }
            }
            while (len >= blockSize) {
                compress(input, offset);
                offset += blockSize;
                len -= blockSize;
            }
            if (len > 0) {
                System.arraycopy(input, offset, buffer, 0, len);
                bufferLen = len;
            }
        }

        @Override
        protected void engineReset() {
            bufferLen = 0;
            bytes = 0;
            initState();
        }

        @Override
        protected byte[] engineDigest() {
            byte[] out = new byte[digestLength];
            finish(out, 0);
            engineReset();
            return out;
        }

        @Override
        protected int engineDigest(byte[] buf, int offset, int len) throws DigestException {
            if (len < digestLength) {
                throw new DigestException("Length must be at least " + digestLength + " for " + getAlgorithm() + "digests");
            }
            finish(buf, offset);
            engineReset();
            return digestLength;
        }

        /** Appends 0x80, zeros, and the bit length in lenBytes bytes, compressing as blocks fill. */
        void pad(int lenBytes, boolean bigEndian) {
            long bits = bytes << 3;
            byte[] b = buffer;
            b[bufferLen++] = (byte) 0x80;
            if (bufferLen > blockSize - lenBytes) {
                while (bufferLen < blockSize) {
                    b[bufferLen++] = 0;
                }
                compress(b, 0);
                bufferLen = 0;
            }
            while (bufferLen < blockSize - 8) {
                b[bufferLen++] = 0;
            }
            for (int i = 0; i < 8; i++) {
                int shift = bigEndian ? 56 - 8 * i : 8 * i;
                b[bufferLen++] = (byte) (bits >>> shift);
            }
            compress(b, 0);
            bufferLen = 0;
        }

        @Override
        public Object clone() throws CloneNotSupportedException {
            Block copy = (Block) super.clone();
            copy.buffer = buffer.clone();
            copy.cloneState();
            return copy;
        }

        abstract void cloneState();

        static int intBE(byte[] b, int off) {
            return (b[off] << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
        }

        static int intLE(byte[] b, int off) {
            return (b[off] & 0xff) | ((b[off + 1] & 0xff) << 8) | ((b[off + 2] & 0xff) << 16) | (b[off + 3] << 24);
        }

        static long longBE(byte[] b, int off) {
            return ((long) intBE(b, off) << 32) | (intBE(b, off + 4) & 0xffffffffL);
        }

        static void putIntBE(byte[] b, int off, int v) {
            b[off] = (byte) (v >>> 24);
            b[off + 1] = (byte) (v >>> 16);
            b[off + 2] = (byte) (v >>> 8);
            b[off + 3] = (byte) v;
        }
    }

    private static final int[] KMD5 = { 0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391 };
    private static final int[] SMD5 = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

    private static final class Md5 extends Block {
        private int[] h = new int[4];

        Md5(String algorithm) {
            super(algorithm, 64, 16);
            initState();
        }

        void initState() {
            h[0] = 0x67452301;
            h[1] = 0xefcdab89;
            h[2] = 0x98badcfe;
            h[3] = 0x10325476;
        }

        void cloneState() {
            h = h.clone();
        }

        void compress(byte[] block, int off) {
            int[] m = new int[16];
            for (int i = 0; i < 16; i++) {
                m[i] = intLE(block, off + 4 * i);
            }
            int a = h[0], b = h[1], c = h[2], d = h[3];
            for (int i = 0; i < 64; i++) {
                int f;
                int g;
                int round = i >>> 4;
                if (round == 0) {
                    f = (b & c) | (~b & d);
                    g = i;
                } else if (round == 1) {
                    f = (d & b) | (~d & c);
                    g = (5 * i + 1) & 15;
                } else if (round == 2) {
                    f = b ^ c ^ d;
                    g = (3 * i + 5) & 15;
                } else {
                    f = c ^ (b | ~d);
                    g = (7 * i) & 15;
                }
                int tmp = d;
                d = c;
                c = b;
                b = b + Integer.rotateLeft(a + f + KMD5[i] + m[g], SMD5[(round << 2) | (i & 3)]);
                a = tmp;
            }
            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
        }

        void finish(byte[] out, int off) {
            pad(8, false);
            for (int i = 0; i < 4; i++) {
                int v = h[i];
                out[off + 4 * i] = (byte) v;
                out[off + 4 * i + 1] = (byte) (v >>> 8);
                out[off + 4 * i + 2] = (byte) (v >>> 16);
                out[off + 4 * i + 3] = (byte) (v >>> 24);
            }
        }
    }

    private static final class Sha1 extends Block {
        private int[] h = new int[5];

        Sha1(String algorithm) {
            super(algorithm, 64, 20);
            initState();
        }

        void initState() {
            h[0] = 0x67452301;
            h[1] = 0xefcdab89;
            h[2] = 0x98badcfe;
            h[3] = 0x10325476;
            h[4] = 0xc3d2e1f0;
        }

        void cloneState() {
            h = h.clone();
        }

        void compress(byte[] block, int off) {
            int[] w = new int[80];
            for (int i = 0; i < 16; i++) {
                w[i] = intBE(block, off + 4 * i);
            }
            for (int i = 16; i < 80; i++) {
                w[i] = Integer.rotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            }
            int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
            for (int i = 0; i < 80; i++) {
                int f;
                int k;
                if (i < 20) {
                    f = (b & c) | (~b & d);
                    k = 0x5a827999;
                } else if (i < 40) {
                    f = b ^ c ^ d;
                    k = 0x6ed9eba1;
                } else if (i < 60) {
                    f = (b & c) | (b & d) | (c & d);
                    k = 0x8f1bbcdc;
                } else {
                    f = b ^ c ^ d;
                    k = 0xca62c1d6;
                }
                int t = Integer.rotateLeft(a, 5) + f + e + k + w[i];
                e = d;
                d = c;
                c = Integer.rotateLeft(b, 30);
                b = a;
                a = t;
            }
            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
        }

        void finish(byte[] out, int off) {
            pad(8, true);
            for (int i = 0; i < 5; i++) {
                putIntBE(out, off + 4 * i, h[i]);
            }
        }
    }

    private static final int[] K256 = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };
    private static final int[] H256 = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    private static final int[] H224 = { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };

    private static final class Sha2x32 extends Block {
        private final int[] iv;
        private int[] h = new int[8];

        Sha2x32(String algorithm, int[] iv, int digestLength) {
            super(algorithm, 64, digestLength);
            this.iv = iv;
            initState();
        }

        void initState() {
            System.arraycopy(iv, 0, h, 0, 8);
        }

        void cloneState() {
            h = h.clone();
        }

        void compress(byte[] block, int off) {
            int[] w = new int[64];
            for (int i = 0; i < 16; i++) {
                w[i] = intBE(block, off + 4 * i);
            }
            for (int i = 16; i < 64; i++) {
                int s0 = Integer.rotateRight(w[i - 15], 7) ^ Integer.rotateRight(w[i - 15], 18) ^ (w[i - 15] >>> 3);
                int s1 = Integer.rotateRight(w[i - 2], 17) ^ Integer.rotateRight(w[i - 2], 19) ^ (w[i - 2] >>> 10);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            for (int i = 0; i < 64; i++) {
                int s1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
                int ch = (e & f) ^ (~e & g);
                int t1 = hh + s1 + ch + K256[i] + w[i];
                int s0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
                int maj = (a & b) ^ (a & c) ^ (b & c);
                int t2 = s0 + maj;
                hh = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }
            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
            h[5] += f;
            h[6] += g;
            h[7] += hh;
        }

        void finish(byte[] out, int off) {
            pad(8, true);
            for (int i = 0; i < digestLength / 4; i++) {
                putIntBE(out, off + 4 * i, h[i]);
            }
        }
    }

    private static final long[] K512 = { 0x428a2f98d728ae22L, 0x7137449123ef65cdL, 0xb5c0fbcfec4d3b2fL, 0xe9b5dba58189dbbcL, 0x3956c25bf348b538L, 0x59f111f1b605d019L, 0x923f82a4af194f9bL, 0xab1c5ed5da6d8118L, 0xd807aa98a3030242L, 0x12835b0145706fbeL, 0x243185be4ee4b28cL, 0x550c7dc3d5ffb4e2L, 0x72be5d74f27b896fL, 0x80deb1fe3b1696b1L, 0x9bdc06a725c71235L, 0xc19bf174cf692694L, 0xe49b69c19ef14ad2L, 0xefbe4786384f25e3L, 0x0fc19dc68b8cd5b5L, 0x240ca1cc77ac9c65L, 0x2de92c6f592b0275L, 0x4a7484aa6ea6e483L, 0x5cb0a9dcbd41fbd4L, 0x76f988da831153b5L, 0x983e5152ee66dfabL, 0xa831c66d2db43210L, 0xb00327c898fb213fL, 0xbf597fc7beef0ee4L, 0xc6e00bf33da88fc2L, 0xd5a79147930aa725L, 0x06ca6351e003826fL, 0x142929670a0e6e70L, 0x27b70a8546d22ffcL, 0x2e1b21385c26c926L, 0x4d2c6dfc5ac42aedL, 0x53380d139d95b3dfL, 0x650a73548baf63deL, 0x766a0abb3c77b2a8L, 0x81c2c92e47edaee6L, 0x92722c851482353bL, 0xa2bfe8a14cf10364L, 0xa81a664bbc423001L, 0xc24b8b70d0f89791L, 0xc76c51a30654be30L, 0xd192e819d6ef5218L, 0xd69906245565a910L, 0xf40e35855771202aL, 0x106aa07032bbd1b8L, 0x19a4c116b8d2d0c8L, 0x1e376c085141ab53L, 0x2748774cdf8eeb99L, 0x34b0bcb5e19b48a8L, 0x391c0cb3c5c95a63L, 0x4ed8aa4ae3418acbL, 0x5b9cca4f7763e373L, 0x682e6ff3d6b2b8a3L, 0x748f82ee5defb2fcL, 0x78a5636f43172f60L, 0x84c87814a1f0ab72L, 0x8cc702081a6439ecL, 0x90befffa23631e28L, 0xa4506cebde82bde9L, 0xbef9a3f7b2c67915L, 0xc67178f2e372532bL, 0xca273eceea26619cL, 0xd186b8c721c0c207L, 0xeada7dd6cde0eb1eL, 0xf57d4f7fee6ed178L, 0x06f067aa72176fbaL, 0x0a637dc5a2c898a6L, 0x113f9804bef90daeL, 0x1b710b35131c471bL, 0x28db77f523047d84L, 0x32caab7b40c72493L, 0x3c9ebe0a15c9bebcL, 0x431d67c49c100d4cL, 0x4cc5d4becb3e42b6L, 0x597f299cfc657e2aL, 0x5fcb6fab3ad6faecL, 0x6c44198c4a475817L };
    private static final long[] H512 = { 0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L };
    private static final long[] H384 = { 0xcbbb9d5dc1059ed8L, 0x629a292a367cd507L, 0x9159015a3070dd17L, 0x152fecd8f70e5939L, 0x67332667ffc00b31L, 0x8eb44a8768581511L, 0xdb0c2e0d64f98fa7L, 0x47b5481dbefa4fa4L };

    private static final class Sha2x64 extends Block {
        private final long[] iv;
        private long[] h = new long[8];

        Sha2x64(String algorithm, long[] iv, int digestLength) {
            super(algorithm, 128, digestLength);
            this.iv = iv;
            initState();
        }

        void initState() {
            System.arraycopy(iv, 0, h, 0, 8);
        }

        void cloneState() {
            h = h.clone();
        }

        void compress(byte[] block, int off) {
            long[] w = new long[80];
            for (int i = 0; i < 16; i++) {
                w[i] = longBE(block, off + 8 * i);
            }
            for (int i = 16; i < 80; i++) {
                long s0 = Long.rotateRight(w[i - 15], 1) ^ Long.rotateRight(w[i - 15], 8) ^ (w[i - 15] >>> 7);
                long s1 = Long.rotateRight(w[i - 2], 19) ^ Long.rotateRight(w[i - 2], 61) ^ (w[i - 2] >>> 6);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            long a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            for (int i = 0; i < 80; i++) {
                long s1 = Long.rotateRight(e, 14) ^ Long.rotateRight(e, 18) ^ Long.rotateRight(e, 41);
                long ch = (e & f) ^ (~e & g);
                long t1 = hh + s1 + ch + K512[i] + w[i];
                long s0 = Long.rotateRight(a, 28) ^ Long.rotateRight(a, 34) ^ Long.rotateRight(a, 39);
                long maj = (a & b) ^ (a & c) ^ (b & c);
                long t2 = s0 + maj;
                hh = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }
            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
            h[5] += f;
            h[6] += g;
            h[7] += hh;
        }

        void finish(byte[] out, int off) {
            // a 128-bit length field: its high 64 bits are zero for any byte count that fits a long
            long bits = bytes << 3;
            byte[] b = buffer;
            b[bufferLen++] = (byte) 0x80;
            if (bufferLen > blockSize - 16) {
                while (bufferLen < blockSize) {
                    b[bufferLen++] = 0;
                }
                compress(b, 0);
                bufferLen = 0;
            }
            while (bufferLen < blockSize - 8) {
                b[bufferLen++] = 0;
            }
            for (int i = 0; i < 8; i++) {
                b[bufferLen++] = (byte) (bits >>> (56 - 8 * i));
            }
            compress(b, 0);
            bufferLen = 0;
            for (int i = 0; i < digestLength; i++) {
                out[off + i] = (byte) (h[i >>> 3] >>> (56 - 8 * (i & 7)));
            }
        }
    }
}
