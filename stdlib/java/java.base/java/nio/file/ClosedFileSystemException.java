package java.nio.file;

/** Thrown when an operation is attempted on a closed file system. */
public class ClosedFileSystemException extends IllegalStateException {
    private static final long serialVersionUID = -8158336077256193488L;

    public ClosedFileSystemException() {
    }
}
