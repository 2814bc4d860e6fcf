package java.lang;

public class NullPointerException extends RuntimeException {
    private static final long serialVersionUID = 5162710183389028792L;

    /**
     * 1 when the VM threw this exception and its helpful message (JEP 358) has not been
     * computed yet; 2 once computed. Set by the VM, so explicitly created instances stay 0.
     */
    private transient int extendedMessageState;
    private transient String extendedMessage;

    public NullPointerException() {
        super();
    }

    public NullPointerException(String message) {
        super(message);
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        if (message == null && extendedMessageState == 1) {
            extendedMessage = getExtendedNPEMessage();
            extendedMessageState = 2;
        }
        return message != null ? message : extendedMessage;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // a second fill would replace the frame the helpful message describes: compute it first
        if (extendedMessageState == 1) {
            extendedMessage = getExtendedNPEMessage();
            extendedMessageState = 2;
        }
        return super.fillInStackTrace();
    }

    /** The message computed from the bytecode that failed, or null. */
    private native String getExtendedNPEMessage();
}
