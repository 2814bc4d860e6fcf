package javax.crypto;

/** Input length does not match the cipher's block size. */
public class IllegalBlockSizeException extends java.security.GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public IllegalBlockSizeException() {}

    public IllegalBlockSizeException(String msg) {
        super(msg);
    }

}
