package java.nio;

/** Thrown when a content-mutation method is invoked upon a read-only buffer. */
public class ReadOnlyBufferException extends UnsupportedOperationException {
    private static final long serialVersionUID = -1210063976496234090L;

    public ReadOnlyBufferException() {
    }
}
