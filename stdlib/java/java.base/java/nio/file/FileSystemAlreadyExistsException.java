package java.nio.file;

/** Thrown when creating a file system that already exists. */
public class FileSystemAlreadyExistsException extends RuntimeException {
    private static final long serialVersionUID = -5438419127181131148L;

    public FileSystemAlreadyExistsException() {
        super();
    }

    public FileSystemAlreadyExistsException(String message) {
        super(message);
    }
}
