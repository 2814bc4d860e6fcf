package javax.security.auth;

/** A destroy operation failed. */
public class DestroyFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public DestroyFailedException() {}

    public DestroyFailedException(String msg) {
        super(msg);
    }

}
