package java.util.concurrent;

/** See the Java SE 17 API documentation. */
public class TimeoutException extends Exception {
    private static final long serialVersionUID = 1900926677490660714L;

    public TimeoutException() {
        super();
    }

    public TimeoutException(String message) {
        super(message);
    }
}
