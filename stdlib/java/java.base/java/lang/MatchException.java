package java.lang;

/**
 * Thrown when an exhaustive pattern match (switch over a sealed hierarchy, record
 * deconstruction) matches nothing at run time (Java 21). Code compiled for release 21 and later
 * refers to it.
 */
public final class MatchException extends RuntimeException {
    public MatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
