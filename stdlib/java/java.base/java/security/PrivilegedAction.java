package java.security;

/** A computation run with privileges enabled (AccessController.doPrivileged). */
public interface PrivilegedAction<T> {
    T run();
}
