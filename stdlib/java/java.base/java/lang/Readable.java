package java.lang;

import java.io.IOException;

/** A source of characters. */
public interface Readable {
    /** Reads characters into the buffer; the number read, or -1 at the end of the source. */
    int read(java.nio.CharBuffer cb) throws IOException;
}
