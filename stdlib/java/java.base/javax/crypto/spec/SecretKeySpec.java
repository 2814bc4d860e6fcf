package javax.crypto.spec;

import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.SecretKey;

/** A secret key given by its bytes. */
public class SecretKeySpec implements KeySpec, SecretKey {
    private static final long serialVersionUID = 6577238317307289933L;

    private final byte[] key;
    private final String algorithm;

    public SecretKeySpec(byte[] key, String algorithm) {
        if (key == null || algorithm == null) {
            throw new IllegalArgumentException("Missing argument");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("Empty key");
        }
        this.key = key.clone();
        this.algorithm = algorithm;
    }

    public SecretKeySpec(byte[] key, int offset, int len, String algorithm) {
        if (key == null || algorithm == null) {
            throw new IllegalArgumentException("Missing argument");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("Empty key");
        }
        if (key.length - offset < len) {
            throw new IllegalArgumentException("Invalid offset/length combination");
        }
        if (len < 0) {
            throw new ArrayIndexOutOfBoundsException("len is negative");
        }
        this.key = Arrays.copyOfRange(key, offset, offset + len);
        this.algorithm = algorithm;
    }

    @Override
    public String getAlgorithm() {
        return algorithm;
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    @Override
    public byte[] getEncoded() {
        return key.clone();
    }

    @Override
    public int hashCode() {
        int value = 0;
        for (int i = 1; i < key.length; i++) {
            value += key[i] * i;
        }
        if (algorithm.equalsIgnoreCase("TripleDES")) {
            return value ^ "desede".hashCode();
        }
        return value ^ algorithm.toLowerCase(Locale.ENGLISH).hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SecretKey other)) {
            return false;
        }
        String otherAlgorithm = other.getAlgorithm();
        if (!(otherAlgorithm.equalsIgnoreCase(algorithm)
                || (otherAlgorithm.equalsIgnoreCase("DESede") && algorithm.equalsIgnoreCase("TripleDES"))
                || (otherAlgorithm.equalsIgnoreCase("TripleDES") && algorithm.equalsIgnoreCase("DESede")))) {
            return false;
        }
        return java.security.MessageDigest.isEqual(key, other.getEncoded());
    }
}
