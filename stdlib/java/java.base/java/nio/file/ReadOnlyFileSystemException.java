package java.nio.file;

/** Thrown when a read-only file system is asked to change. */
public class ReadOnlyFileSystemException extends UnsupportedOperationException {
    private static final long serialVersionUID = -6822409595617487197L;

    public ReadOnlyFileSystemException() {
    }
}
