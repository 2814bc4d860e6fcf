package java.net;

public class UnknownHostException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    public UnknownHostException(String message) {
        super(message);
    }

    public UnknownHostException() {
        super();
    }
}
