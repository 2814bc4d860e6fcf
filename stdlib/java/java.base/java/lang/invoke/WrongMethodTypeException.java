package java.lang.invoke;

public class WrongMethodTypeException extends RuntimeException {
    private static final long serialVersionUID = 292L;

    public WrongMethodTypeException() {
        super();
    }

    public WrongMethodTypeException(String message) {
        super(message);
    }
}
