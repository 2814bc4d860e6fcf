package java.nio.file;

/** Thrown when an operation is attempted on a closed directory stream. */
public class ClosedDirectoryStreamException extends IllegalStateException {
    private static final long serialVersionUID = 4228386650900895400L;

    public ClosedDirectoryStreamException() {
    }
}
