package java.io;

import java.nio.charset.Charset;

/**
 * The character-based console device. Cortado never has one: {@link System#console()} returns
 * null, as HotSpot does when standard input or output is not a terminal (pipes, files, the
 * embedding API). The class exists so that programs which check for a console link and run.
 */
public final class Console implements Flushable {
    private Console() {}

    public PrintWriter writer() {
        throw new IllegalStateException("no console");
    }

    public Reader reader() {
        throw new IllegalStateException("no console");
    }

    public Console format(String fmt, Object... args) {
        throw new IllegalStateException("no console");
    }

    public Console printf(String format, Object... args) {
        return format(format, args);
    }

    public String readLine(String fmt, Object... args) {
        throw new IllegalStateException("no console");
    }

    public String readLine() {
        throw new IllegalStateException("no console");
    }

    public char[] readPassword(String fmt, Object... args) {
        throw new IllegalStateException("no console");
    }

    public char[] readPassword() {
        throw new IllegalStateException("no console");
    }

    @Override
    public void flush() {}

    public Charset charset() {
        return Charset.defaultCharset();
    }
}
