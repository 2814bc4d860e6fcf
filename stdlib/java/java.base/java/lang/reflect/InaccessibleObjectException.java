package java.lang.reflect;

/** Thrown when Java language access checks cannot be suppressed (setAccessible across modules). */
public class InaccessibleObjectException extends RuntimeException {
    private static final long serialVersionUID = 4158786093378140901L;

    public InaccessibleObjectException() {
    }

    public InaccessibleObjectException(String msg) {
        super(msg);
    }
}
