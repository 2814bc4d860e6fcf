package format;

import java.util.IllegalFormatException;

public class FormatErrors {
    static void attempt(String fmt, Object... args) {
        try {
            System.out.println("'" + fmt + "' -> '" + String.format(fmt, args) + "'");
        } catch (IllegalFormatException e) {
            System.out.println("'" + fmt + "' -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("%d", "str");
        attempt("%d");
        attempt("%q", 1);
        attempt("%.2d", 5);
        attempt("%-d", 5);
        attempt("%c", 3.5);
        attempt("%s %s", "only one");
        attempt("%,x", 255);
        attempt("%f", 10);
        attempt("%5%");
        attempt("%s", "fine");
        attempt("%b", "anything non-null is true");
        attempt("%0s", "x");
        attempt("%#s", "x");
        attempt("%c", 0x110000);
    }
}
