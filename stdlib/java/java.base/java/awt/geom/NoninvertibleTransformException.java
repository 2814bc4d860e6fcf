package java.awt.geom;

/** Thrown when an operation needs the inverse of a transform whose determinant is zero. */
public class NoninvertibleTransformException extends Exception {
    private static final long serialVersionUID = 6137225240503990466L;

    public NoninvertibleTransformException(String s) {
        super(s);
    }
}
