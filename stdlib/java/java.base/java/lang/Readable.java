package java.lang;

import java.io.IOException;

/** A source of characters. (The JDK's read(CharBuffer) needs java.nio buffers, absent here.) */
public interface Readable {
}
