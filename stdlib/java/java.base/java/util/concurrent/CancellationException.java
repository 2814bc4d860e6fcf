package java.util.concurrent;

/** See the Java SE 17 API documentation. */
public class CancellationException extends IllegalStateException {
    private static final long serialVersionUID = -9202173006928992231L;

    public CancellationException() {
        super();
    }

    public CancellationException(String message) {
        super(message);
    }
}
