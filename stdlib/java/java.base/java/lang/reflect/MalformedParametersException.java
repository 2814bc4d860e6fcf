package java.lang.reflect;

/** Thrown when the parameters attribute of a method is malformed. */
public class MalformedParametersException extends RuntimeException {
    private static final long serialVersionUID = 20130919L;

    public MalformedParametersException() {
        super();
    }

    public MalformedParametersException(String message) {
        super(message);
    }
}
