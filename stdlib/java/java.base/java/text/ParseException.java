package java.text;

/** Signals that an error has been reached unexpectedly while parsing. */
public class ParseException extends Exception {
    private static final long serialVersionUID = 2703218443322787634L;

    private final int errorOffset;

    public ParseException(String s, int errorOffset) {
        super(s);
        this.errorOffset = errorOffset;
    }

    /** Returns the position where the error was found. */
    public int getErrorOffset() {
        return errorOffset;
    }
}
