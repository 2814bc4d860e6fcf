package java.nio;

/** Thrown when a relative put operation reaches the target buffer's limit. */
public class BufferOverflowException extends RuntimeException {
    private static final long serialVersionUID = -5484897634319144535L;

    public BufferOverflowException() {
    }
}
