package javax.crypto;

/** The authentication tag of decrypted AEAD data does not match. */
public class AEADBadTagException extends BadPaddingException {
    private static final long serialVersionUID = 1L;

    public AEADBadTagException() {}

    public AEADBadTagException(String msg) {
        super(msg);
    }

}
