package java.lang;

import java.io.BufferedReader;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Console I/O for compact source files (Java 25, JEP 512): lines to System.out, lines from
 * System.in, as the JDK's.
 */
public final class IO {
    private static BufferedReader br;

    private IO() {
        throw new Error("no instances");
    }

    public static void println(Object obj) {
        System.out.println(obj);
    }

    public static void println() {
        System.out.println();
    }

    /** Prints obj and flushes, so that a prompt shows before the program waits for input. */
    public static void print(Object obj) {
        var out = System.out;
        out.print(obj);
        out.flush();
    }

    /** The next line of System.in without its terminator, or null at the end. */
    public static String readln() {
        try {
            return reader().readLine();
        } catch (IOException ioe) {
            throw new IOError(ioe);
        }
    }

    public static String readln(String prompt) {
        print(prompt);
        return readln();
    }

    /** One reader for the program's life, so that lines it buffered are not lost. */
    private static synchronized BufferedReader reader() {
        if (br == null) {
            String enc = jdk.internal.util.StaticProperty.get("stdin.encoding", "");
            Charset cs = Charset.forName(enc, StandardCharsets.UTF_8);
            br = new BufferedReader(new InputStreamReader(System.in, cs));
        }
        return br;
    }
}
