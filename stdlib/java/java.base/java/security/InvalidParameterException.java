package java.security;

/** An invalid parameter passed to a method (an unchecked exception, unlike most here). */
public class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = -857968536935667808L;

    public InvalidParameterException() {}

    public InvalidParameterException(String msg) {
        super(msg);
    }
}
