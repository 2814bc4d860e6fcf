package java.nio;

/** Thrown when a relative get operation reaches the source buffer's limit. */
public class BufferUnderflowException extends RuntimeException {
    private static final long serialVersionUID = -1713313658691622206L;

    public BufferUnderflowException() {
    }
}
