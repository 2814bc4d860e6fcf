package javax.crypto;

/** A padding mechanism is requested that is not available. */
public class NoSuchPaddingException extends java.security.GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public NoSuchPaddingException() {}

    public NoSuchPaddingException(String msg) {
        super(msg);
    }

}
