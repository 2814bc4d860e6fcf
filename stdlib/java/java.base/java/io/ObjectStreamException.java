package java.io;

public abstract class ObjectStreamException extends IOException {
    private static final long serialVersionUID = 1L;

    protected ObjectStreamException(String message) {
        super(message);
    }

    protected ObjectStreamException() {
        super();
    }
}
