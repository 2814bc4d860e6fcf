package java.security.spec;

/** A transparent specification of key material. */
public interface KeySpec {}
