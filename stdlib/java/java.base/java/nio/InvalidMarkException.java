package java.nio;

/** Thrown when resetting a buffer whose mark is not defined. */
public class InvalidMarkException extends IllegalStateException {
    private static final long serialVersionUID = 1698329710438510774L;

    public InvalidMarkException() {
    }
}
