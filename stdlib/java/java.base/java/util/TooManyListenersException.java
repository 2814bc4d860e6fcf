package java.util;

/** Thrown by unicast event sources that already have their one listener. */
public class TooManyListenersException extends Exception {
    private static final long serialVersionUID = 5074640544770687831L;

    public TooManyListenersException() {
        super();
    }

    public TooManyListenersException(String s) {
        super(s);
    }
}
