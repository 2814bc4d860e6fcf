package java.nio.file;

/** Thrown when an operation is attempted on a closed watch service. */
public class ClosedWatchServiceException extends IllegalStateException {
    private static final long serialVersionUID = 1853336266231677732L;

    public ClosedWatchServiceException() {
    }
}
