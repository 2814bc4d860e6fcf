package javax.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Password-based key derivation: PBKDF2 (RFC 8018) with HMAC-SHA1 or SHA-2, as SunJCE's. */
public class SecretKeyFactory {
    private final String algorithm;
    private final String hmac;

    private SecretKeyFactory(String algorithm, String hmac) {
        this.algorithm = algorithm;
        this.hmac = hmac;
    }

    public static final SecretKeyFactory getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm == null) {
            throw new NullPointerException("null algorithm name");
        }
        String upper = algorithm.toUpperCase(Locale.ENGLISH);
        if (upper.startsWith("PBKDF2WITH")) {
            String hmac = algorithm.substring("PBKDF2With".length());
            if (Mac.digestOf(hmac) != null && !hmac.equalsIgnoreCase("HmacMD5")) {
                return new SecretKeyFactory(algorithm, hmac);
            }
        }
        throw new NoSuchAlgorithmException(algorithm + " SecretKeyFactory not available");
    }

    public final String getAlgorithm() {
        return algorithm;
    }

    public final SecretKey generateSecret(KeySpec keySpec) throws InvalidKeySpecException {
        if (!(keySpec instanceof PBEKeySpec spec)) {
            throw new InvalidKeySpecException("Invalid key spec");
        }
        if (spec.getSalt() == null) {
            throw new InvalidKeySpecException("Salt not found");
        }
        if (spec.getKeyLength() <= 0) {
            throw new InvalidKeySpecException("Key length not found");
        }
        if (spec.getIterationCount() <= 0) {
            throw new InvalidKeySpecException("Iteration count not found");
        }
        char[] password = spec.getPassword();
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] passwordBytes = new byte[encoded.remaining()];
        encoded.get(passwordBytes);
        Arrays.fill(password, '\0');
        try {
            byte[] key = derive(passwordBytes, spec.getSalt(), spec.getIterationCount(),
                    (spec.getKeyLength() + 7) / 8);
            return new DerivedKey(key, algorithm);
        } catch (InvalidKeyException | NoSuchAlgorithmException e) {
            throw new InvalidKeySpecException("Cannot derive the key", e);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    private byte[] derive(byte[] password, byte[] salt, int iterations, int length)
            throws NoSuchAlgorithmException, InvalidKeyException {
        Mac prf = Mac.getInstance(hmac);
        // An empty password still keys the HMAC (a SecretKeySpec refuses empty keys).
        prf.init(new java.security.Key() {
            @Override
            public String getAlgorithm() {
                return hmac;
            }

            @Override
            public String getFormat() {
                return "RAW";
            }

            @Override
            public byte[] getEncoded() {
                return password.clone();
            }
        });
        int hLen = prf.getMacLength();
        byte[] out = new byte[length];
        int blocks = (length + hLen - 1) / hLen;
        for (int i = 1; i <= blocks; i++) {
            prf.update(salt);
            prf.update(new byte[] {(byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i});
            byte[] u = prf.doFinal();
            byte[] t = u.clone();
            for (int c = 1; c < iterations; c++) {
                u = prf.doFinal(u);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            int at = (i - 1) * hLen;
            System.arraycopy(t, 0, out, at, Math.min(hLen, length - at));
        }
        return out;
    }

    public final KeySpec getKeySpec(SecretKey key, Class<?> keySpec) throws InvalidKeySpecException {
        throw new InvalidKeySpecException("Unsupported key spec: " + keySpec);
    }

    /** A derived key: its algorithm is the factory's. */
    private static final class DerivedKey extends SecretKeySpec {
        private static final long serialVersionUID = 1L;

        DerivedKey(byte[] key, String algorithm) {
            super(key, algorithm);
        }
    }
}
