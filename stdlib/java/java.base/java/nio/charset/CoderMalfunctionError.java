package java.nio.charset;

/** Thrown when a coder's decodeLoop or encodeLoop throws an unexpected exception. */
public class CoderMalfunctionError extends Error {
    private static final long serialVersionUID = -1151412348057794301L;

    public CoderMalfunctionError(Exception cause) {
        super(cause);
    }
}
