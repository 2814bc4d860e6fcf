package java.io;

public class NotActiveException extends ObjectStreamException {
    private static final long serialVersionUID = 1L;

    public NotActiveException(String message) {
        super(message);
    }

    public NotActiveException() {
        super();
    }
}
