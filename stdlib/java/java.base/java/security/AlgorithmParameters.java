package java.security;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.InvalidParameterSpecException;

/** Opaque algorithm parameters: here, a cipher's IV (and GCM's tag length) from `Cipher.getParameters`. */
public class AlgorithmParameters {
    private final String algorithm;
    private AlgorithmParameterSpec spec;

    protected AlgorithmParameters(String algorithm, AlgorithmParameterSpec spec) {
        this.algorithm = algorithm;
        this.spec = spec;
    }

    public static AlgorithmParameters getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm.equalsIgnoreCase("AES") || algorithm.equalsIgnoreCase("GCM")) {
            return new AlgorithmParameters(algorithm.toUpperCase(), null);
        }
        throw new NoSuchAlgorithmException(algorithm + " AlgorithmParameters not available");
    }

    public final String getAlgorithm() {
        return algorithm;
    }

    public final void init(AlgorithmParameterSpec paramSpec) throws InvalidParameterSpecException {
        if (spec != null) {
            throw new InvalidParameterSpecException("already initialized");
        }
        spec = paramSpec;
    }

    public final <T extends AlgorithmParameterSpec> T getParameterSpec(Class<T> paramSpec)
            throws InvalidParameterSpecException {
        if (spec == null) {
            throw new InvalidParameterSpecException("not initialized");
        }
        if (!paramSpec.isInstance(spec)) {
            throw new InvalidParameterSpecException("Inappropriate parameter specification");
        }
        return paramSpec.cast(spec);
    }

    @Override
    public final String toString() {
        return spec == null ? null : algorithm + " parameters";
    }
}
