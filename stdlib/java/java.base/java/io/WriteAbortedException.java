package java.io;

/** What a reader throws for a stream whose writer failed with an ObjectStreamException. */
public class WriteAbortedException extends ObjectStreamException {
    private static final long serialVersionUID = -3326426625597282442L;

    public Exception detail;

    public WriteAbortedException(String s, Exception ex) {
        super(s);
        initCause(null);
        detail = ex;
    }

    @Override
    public String getMessage() {
        if (detail == null) {
            return super.getMessage();
        }
        return super.getMessage() + "; " + detail.toString();
    }

    @Override
    public Throwable getCause() {
        return detail;
    }
}
