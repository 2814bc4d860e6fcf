package java.security;

/** Thrown when a key in a keystore cannot be recovered. */
public class UnrecoverableKeyException extends UnrecoverableEntryException {
    private static final long serialVersionUID = 7275063078190151277L;

    public UnrecoverableKeyException() {
        super();
    }

    public UnrecoverableKeyException(String message) {
        super(message);
    }
}
