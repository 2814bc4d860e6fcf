package java.nio.file;

/** Thrown when no provider of the required type is found. */
public class ProviderNotFoundException extends RuntimeException {
    private static final long serialVersionUID = -1880012509822920354L;

    public ProviderNotFoundException() {
        super();
    }

    public ProviderNotFoundException(String message) {
        super(message);
    }
}
