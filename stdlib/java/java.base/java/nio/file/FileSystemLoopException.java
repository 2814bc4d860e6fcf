package java.nio.file;

/** Thrown (passed to visitFileFailed) when a walk that follows links meets a cycle. */
public class FileSystemLoopException extends FileSystemException {
    private static final long serialVersionUID = 4843039591949217617L;

    public FileSystemLoopException(String file) {
        super(file);
    }
}
