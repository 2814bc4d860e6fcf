package java.security.spec;

/** An invalid key specification. */
public class InvalidKeySpecException extends java.security.GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public InvalidKeySpecException() {}

    public InvalidKeySpecException(String msg) {
        super(msg);
    }

    public InvalidKeySpecException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidKeySpecException(Throwable cause) {
        super(cause);
    }
}
