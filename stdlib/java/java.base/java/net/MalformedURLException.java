package java.net;

import java.io.IOException;

/** Thrown to indicate that a malformed URL has occurred. */
public class MalformedURLException extends IOException {
    private static final long serialVersionUID = -182787522200415866L;

    public MalformedURLException() {
    }

    public MalformedURLException(String msg) {
        super(msg);
    }
}
