package javax.crypto;

import java.nio.ByteBuffer;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Locale;

/** HMAC (RFC 2104) over MD5, SHA-1 and the SHA-2 digests, as SunJCE's HmacXXX. */
public class Mac implements Cloneable {
    private final String algorithm;
    private final String digestName;
    private final int blockSize;
    private MessageDigest inner;
    private MessageDigest outer;
    private byte[] innerPad;
    private boolean initialized;

    private Mac(String algorithm, String digestName, int blockSize) {
        this.algorithm = algorithm;
        this.digestName = digestName;
        this.blockSize = blockSize;
    }

    /** The digest behind an HMAC name, or null. */
    static String digestOf(String hmac) {
        return switch (hmac.toUpperCase(Locale.ENGLISH)) {
            case "HMACMD5" -> "MD5";
            case "HMACSHA1" -> "SHA-1";
            case "HMACSHA224" -> "SHA-224";
            case "HMACSHA256" -> "SHA-256";
            case "HMACSHA384" -> "SHA-384";
            case "HMACSHA512" -> "SHA-512";
            default -> null;
        };
    }

    public static final Mac getInstance(String algorithm) throws NoSuchAlgorithmException {
        String digest = algorithm == null ? null : digestOf(algorithm);
        if (digest == null) {
            throw new NoSuchAlgorithmException("Algorithm " + algorithm + " not available");
        }
        int block = digest.equals("SHA-384") || digest.equals("SHA-512") ? 128 : 64;
        return new Mac(algorithm, digest, block);
    }

    public final String getAlgorithm() {
        return algorithm;
    }

    public final int getMacLength() {
        try {
            return MessageDigest.getInstance(digestName).getDigestLength();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    public final void init(Key key) throws InvalidKeyException {
        try {
            init(key, null);
        } catch (InvalidAlgorithmParameterException e) {
            throw new InvalidKeyException("init() failed", e);
        }
    }

    public final void init(Key key, AlgorithmParameterSpec params)
            throws InvalidKeyException, InvalidAlgorithmParameterException {
        if (params != null) {
            throw new InvalidAlgorithmParameterException("HMAC does not use parameters");
        }
        if (key == null) {
            throw new InvalidKeyException("Secret key expected");
        }
        byte[] secret = key.getEncoded();
        if (secret == null) {
            throw new InvalidKeyException("Missing key data");
        }
        try {
            inner = MessageDigest.getInstance(digestName);
            outer = MessageDigest.getInstance(digestName);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        if (secret.length > blockSize) {
            secret = inner.digest(secret);
        }
        innerPad = new byte[blockSize];
        byte[] outerPad = new byte[blockSize];
        for (int i = 0; i < blockSize; i++) {
            byte b = i < secret.length ? secret[i] : 0;
            innerPad[i] = (byte) (b ^ 0x36);
            outerPad[i] = (byte) (b ^ 0x5c);
        }
        outer.update(outerPad);
        inner.update(innerPad);
        initialized = true;
    }

    private void checkInitialized() {
        if (!initialized) {
            throw new IllegalStateException("MAC not initialized");
        }
    }

    public final void update(byte input) {
        checkInitialized();
        inner.update(input);
    }

    public final void update(byte[] input) {
        checkInitialized();
        if (input != null) {
            inner.update(input);
        }
    }

    public final void update(byte[] input, int offset, int len) {
        checkInitialized();
        if (input != null) {
            if (offset < 0 || len > (input.length - offset) || len < 0) {
                throw new IllegalArgumentException("Bad arguments");
            }
            inner.update(input, offset, len);
        }
    }

    public final void update(ByteBuffer input) {
        checkInitialized();
        if (input == null) {
            throw new IllegalArgumentException("Buffer must not be null");
        }
        byte[] bytes = new byte[input.remaining()];
        input.get(bytes);
        inner.update(bytes);
    }

    public final byte[] doFinal() {
        checkInitialized();
        byte[] innerHash = inner.digest();
        MessageDigest o;
        try {
            o = (MessageDigest) outer.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
        byte[] result = o.digest(innerHash);
        inner.update(innerPad);
        return result;
    }

    public final void doFinal(byte[] output, int outOffset) throws ShortBufferException {
        checkInitialized();
        int length = getMacLength();
        if (output == null || output.length - outOffset < length) {
            throw new ShortBufferException("Cannot store MAC in output buffer");
        }
        byte[] mac = doFinal();
        System.arraycopy(mac, 0, output, outOffset, length);
    }

    public final byte[] doFinal(byte[] input) {
        checkInitialized();
        update(input);
        return doFinal();
    }

    public final void reset() {
        if (initialized) {
            inner.reset();
            inner.update(innerPad);
        }
    }

    @Override
    public final Object clone() throws CloneNotSupportedException {
        Mac copy = (Mac) super.clone();
        if (initialized) {
            copy.inner = (MessageDigest) inner.clone();
            copy.outer = (MessageDigest) outer.clone();
        }
        return copy;
    }
}
