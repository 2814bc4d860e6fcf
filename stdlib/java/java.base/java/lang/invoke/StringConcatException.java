package java.lang.invoke;

public class StringConcatException extends Exception {
    private static final long serialVersionUID = 301L;

    public StringConcatException() {
        super();
    }

    public StringConcatException(String message) {
        super(message);
    }

    public StringConcatException(String message, Throwable cause) {
        super(message, cause);
    }
}
