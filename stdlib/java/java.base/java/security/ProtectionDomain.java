package java.security;

/**
 * A protection domain. Cortado has no security manager: a domain only carries what it was
 * made with, and {@code ClassLoader.defineClass} accepts and ignores it.
 */
public class ProtectionDomain {
    private final Object codeSource;

    /** Cortado's form: the code source is kept as given (there is no CodeSource class). */
    public ProtectionDomain(Object codesource, Object permissions) {
        this.codeSource = codesource;
    }

    public final ClassLoader getClassLoader() {
        return null;
    }

    @Override
    public String toString() {
        return "ProtectionDomain  " + codeSource + "\n null\n <no principals>\n null\n";
    }
}
