package javax.crypto;

/** Input data is not properly padded. */
public class BadPaddingException extends java.security.GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public BadPaddingException() {}

    public BadPaddingException(String msg) {
        super(msg);
    }

}
