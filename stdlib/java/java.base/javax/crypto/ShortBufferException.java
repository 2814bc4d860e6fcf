package javax.crypto;

/** An output buffer is too short for the result. */
public class ShortBufferException extends java.security.GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public ShortBufferException() {}

    public ShortBufferException(String msg) {
        super(msg);
    }

}
