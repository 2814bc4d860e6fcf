package jdk.internal.util;

/**
 * Identity hashes HotSpot 17's class library draws from the running thread's sequence the
 * first time (per VM) it does certain things, which Cortado's library does differently; drawing
 * as many keeps the program's own identity hashes (default {@code toString}, iteration order
 * of hash sets of objects without {@code hashCode}) in step with {@code java}'s. Measured by
 * printing {@code System.identityHashCode(new Object())} around each operation on HotSpot 17
 * (default locale {@code en}) and finding the values' positions in its sequence:
 * <ul>
 * <li>the first {@code Formatter.format} (any {@code String.format}, {@code printf},
 *     {@code formatted}) and the first {@code DecimalFormatSymbols} share 1;
 * <li>a format string's first literal text (not {@code %n} or {@code %%}): 1;
 * <li>the first {@code DecimalFormatSymbols} (the locale-provider machinery; also reached by
 *     {@code Formatter}'s {@code %d} and floating-point conversions in a locale other than
 *     {@code Locale.US}, and by {@code DecimalFormat}/{@code NumberFormat}): 10 more;
 * <li>the first {@code %e}/{@code %f}/{@code %g} of a {@code float} or {@code double}
 *     (its {@code FormattedFloatingDecimal} buffer, a lambda): 4.
 * </ul>
 */
public final class IdentityHashDraws {
    private static boolean format;
    private static boolean literal;
    private static boolean symbols;
    private static boolean floating;

    private IdentityHashDraws() {}

    private static void draw(int count) {
        for (int i = 0; i < count; i++) {
            System.identityHashCode(new Object());
        }
    }

    /** A {@code Formatter.format} call. */
    public static synchronized void format() {
        if (!format) {
            format = true;
            draw(1);
        }
    }

    /** A format string's literal text. */
    public static synchronized void literal() {
        if (!literal) {
            literal = true;
            draw(1);
        }
    }

    /** A {@code DecimalFormatSymbols} is made (or {@code Formatter} localizes a number). */
    public static synchronized void symbols() {
        format();
        if (!symbols) {
            symbols = true;
            draw(10);
        }
    }

    /** {@code Formatter} prints a {@code float} or {@code double} in decimal. */
    public static synchronized void floating() {
        if (!floating) {
            floating = true;
            draw(4);
        }
    }
}
