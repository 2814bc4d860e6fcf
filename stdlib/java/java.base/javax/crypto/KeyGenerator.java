package javax.crypto;

import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/** Random secret keys for AES and the HMACs, with SunJCE's default sizes. */
public class KeyGenerator {
    private final String algorithm;
    private final boolean aes;
    private int keyBytes;
    private SecureRandom random;

    private KeyGenerator(String algorithm, boolean aes, int keyBytes) {
        this.algorithm = algorithm;
        this.aes = aes;
        this.keyBytes = keyBytes;
    }

    public static final KeyGenerator getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm == null) {
            throw new NullPointerException("null algorithm name");
        }
        if (algorithm.equalsIgnoreCase("AES")) {
            return new KeyGenerator(algorithm, true, 16);
        }
        String digest = Mac.digestOf(algorithm);
        if (digest == null) {
            throw new NoSuchAlgorithmException(algorithm + " KeyGenerator not available");
        }
        int size = switch (digest.toUpperCase(Locale.ENGLISH)) {
            case "SHA-224" -> 28;
            case "SHA-256" -> 32;
            case "SHA-384" -> 48;
            default -> 64;
        };
        return new KeyGenerator(algorithm, false, size);
    }

    public final String getAlgorithm() {
        return algorithm;
    }

    public final void init(SecureRandom random) {
        this.random = random;
    }

    public final void init(int keysize) {
        init(keysize, null);
    }

    public final void init(int keysize, SecureRandom random) {
        if (aes) {
            if (keysize != 128 && keysize != 192 && keysize != 256) {
                throw new InvalidParameterException("Wrong keysize: must be equal to 128, 192 or 256");
            }
        } else if (keysize < 40) {
            throw new InvalidParameterException("Key length must be at least 40 bits");
        }
        keyBytes = (keysize + 7) / 8;
        this.random = random;
    }

    public final void init(AlgorithmParameterSpec params) throws InvalidAlgorithmParameterException {
        init(params, null);
    }

    public final void init(AlgorithmParameterSpec params, SecureRandom random)
            throws InvalidAlgorithmParameterException {
        throw new InvalidAlgorithmParameterException(
                algorithm + " key generation does not take any parameters");
    }

    public final SecretKey generateKey() {
        if (random == null) {
            random = new SecureRandom();
        }
        byte[] key = new byte[keyBytes];
        random.nextBytes(key);
        return new SecretKeySpec(key, aes ? "AES" : algorithm);
    }
}
