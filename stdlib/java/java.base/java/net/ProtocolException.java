package java.net;

/** Thrown for an error in the underlying protocol, such as a TCP error. */
public class ProtocolException extends java.io.IOException {
    private static final long serialVersionUID = -6098449442062388080L;

    public ProtocolException() {
        super();
    }

    public ProtocolException(String message) {
        super(message);
    }
}
