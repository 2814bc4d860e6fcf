package java.security;

import java.util.Objects;

/**
 * A cryptographically strong random number generator. "NativePRNG" (the default, and its
 * Blocking/NonBlocking forms) and "DRBG" return the host's entropy (through the VM's host door,
 * the native `entropy`); "SHA1PRNG" is the SUN provider's algorithm, so that a SHA1PRNG seeded
 * before its first use gives the JDK's sequence.
 */
public class SecureRandom extends java.util.Random {
    private static final long serialVersionUID = 4940670005562187L;
    private static final int DIGEST_SIZE = 20;

    /** The name asked for (getAlgorithm), and the algorithm's own name. */
    private final String algorithm;
    private final String canonical;
    private final boolean sha1;
    /** SHA1PRNG state: null until seeded. */
    private byte[] state;
    private byte[] remainder;
    private int remCount;
    private MessageDigest digest;

    /** Fills `bytes` with the host's entropy. */
    private static native void entropy(byte[] bytes);

    public SecureRandom() {
        this("NativePRNG");
    }

    public SecureRandom(byte[] seed) {
        this("NativePRNG");
        setSeed(seed);
    }

    private SecureRandom(String algorithm) {
        this(algorithm, algorithm);
    }

    private SecureRandom(String algorithm, String canonical) {
        super(0);
        this.algorithm = algorithm;
        this.canonical = canonical;
        this.sha1 = canonical.equals("SHA1PRNG");
    }

    public static SecureRandom getInstance(String algorithm) throws NoSuchAlgorithmException {
        Objects.requireNonNull(algorithm, "null algorithm name");
        String canonical = canonicalName(algorithm);
        if (canonical == null) {
            throw new NoSuchAlgorithmException(algorithm + " SecureRandom not available");
        }
        return new SecureRandom(algorithm, canonical);
    }

    public static SecureRandom getInstance(String algorithm, String provider)
            throws NoSuchAlgorithmException, NoSuchProviderException {
        Objects.requireNonNull(algorithm, "null algorithm name");
        if (provider == null || provider.isEmpty()) {
            throw new IllegalArgumentException("missing provider");
        }
        if (!provider.equals("SUN")) {
            throw new NoSuchProviderException("no such provider: " + provider);
        }
        String canonical = canonicalName(algorithm);
        if (canonical == null) {
            throw new NoSuchAlgorithmException("no such algorithm: " + algorithm + " for provider " + provider);
        }
        return new SecureRandom(algorithm, canonical);
    }

    private static String canonicalName(String algorithm) {
        for (String name : new String[] { "NativePRNG", "NativePRNGBlocking", "NativePRNGNonBlocking", "SHA1PRNG",
                "DRBG" }) {
            if (name.equalsIgnoreCase(algorithm)) {
                return name;
            }
        }
        return null;
    }

    public static SecureRandom getInstanceStrong() throws NoSuchAlgorithmException {
        return new SecureRandom("NativePRNGBlocking");
    }

    public String getAlgorithm() {
        return algorithm;
    }

    @Override
    public String toString() {
        // The JDK's: the simple name of the provider's implementation class.
        switch (canonical) {
            case "SHA1PRNG":
                return "SecureRandom";
            case "DRBG":
                return "Hash_DRBG,SHA-256,128,reseed_only";
            case "NativePRNGBlocking":
                return "Blocking";
            case "NativePRNGNonBlocking":
                return "NonBlocking";
            default:
                return canonical;
        }
    }

    public synchronized void setSeed(byte[] seed) {
        Objects.requireNonNull(seed);
        if (sha1) {
            MessageDigest md = digest();
            if (state != null) {
                md.update(state);
                for (int i = 0; i < state.length; i++) {
                    state[i] = 0;
                }
            }
            state = md.digest(seed);
            remCount = 0;
        }
        // The native algorithms mix a seed into the host's entropy: their output stays unpredictable.
    }

    @Override
    public void setSeed(long seed) {
        // Random's constructor passes 0: ignored, as the JDK's.
        if (seed != 0) {
            byte[] b = new byte[8];
            for (int i = 0; i < 8; i++) {
                b[i] = (byte) seed;
                seed >>= 8;
            }
            setSeed(b);
        }
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        Objects.requireNonNull(bytes);
        if (sha1) {
            sha1NextBytes(bytes);
        } else {
            entropy(bytes);
        }
    }

    @Override
    protected final int next(int numBits) {
        int numBytes = (numBits + 7) / 8;
        byte[] b = new byte[numBytes];
        int next = 0;
        nextBytes(b);
        for (int i = 0; i < numBytes; i++) {
            next = (next << 8) + (b[i] & 0xFF);
        }
        return next >>> (numBytes * 8 - numBits);
    }

    public static byte[] getSeed(int numBytes) {
        if (numBytes < 0) {
            throw new IllegalArgumentException("numBytes cannot be negative");
        }
        byte[] b = new byte[numBytes];
        entropy(b);
        return b;
    }

    public byte[] generateSeed(int numBytes) {
        if (numBytes < 0) {
            throw new IllegalArgumentException("numBytes cannot be negative");
        }
        byte[] b = new byte[numBytes];
        entropy(b);
        return b;
    }

    public void reseed() {
    }

    private MessageDigest digest() {
        if (digest == null) {
            try {
                digest = MessageDigest.getInstance("SHA");
            } catch (NoSuchAlgorithmException e) {
                throw new InternalError("internal error: SHA-1 not available.", e);
            }
        }
        return digest;
    }

    /** The SUN provider's SHA1PRNG output (sun.security.provider.SecureRandom). */
    private void sha1NextBytes(byte[] result) {
        MessageDigest md = digest();
        int index = 0;
        int todo;
        byte[] output = remainder;
        if (state == null) {
            byte[] seed = new byte[DIGEST_SIZE];
            entropy(seed);
            state = md.digest(seed);
        }
        int r = remCount;
        if (r > 0) {
            todo = Math.min(result.length - index, DIGEST_SIZE - r);
            for (int i = 0; i < todo; i++) {
                result[i] = output[r];
                output[r++] = 0;
            }
            remCount += todo;
            index += todo;
        }
        while (index < result.length) {
            md.update(state);
            output = md.digest();
            updateState(state, output);
            todo = Math.min(result.length - index, DIGEST_SIZE);
            for (int i = 0; i < todo; i++) {
                result[index++] = output[i];
                output[i] = 0;
            }
            remCount += todo;
        }
        remainder = output;
        remCount %= DIGEST_SIZE;
    }

    private static void updateState(byte[] state, byte[] output) {
        int last = 1;
        int v;
        byte t;
        boolean zf = false;
        for (int i = 0; i < state.length; i++) {
            v = (int) state[i] + (int) output[i] + last;
            t = (byte) v;
            zf = zf | (state[i] != t);
            state[i] = t;
            last = v >> 8;
        }
        if (!zf) {
            state[0]++;
        }
    }
}
