package java.security.spec;

/** An invalid parameter specification. */
public class InvalidParameterSpecException extends java.security.GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public InvalidParameterSpecException() {}

    public InvalidParameterSpecException(String msg) {
        super(msg);
    }

}
