package java.security.spec;

/** A transparent specification of cryptographic parameters. */
public interface AlgorithmParameterSpec {}
