package java.security;

/** The UnrecoverableEntry exception of the security framework. */
public class UnrecoverableEntryException extends GeneralSecurityException {
    private static final long serialVersionUID = -4527142945246286535L;

    public UnrecoverableEntryException() {
        super();
    }

    public UnrecoverableEntryException(String message) {
        super(message);
    }
}
