package util;

import java.util.Scanner;

/**
 * Scanner numerals (integer, fraction and exponent digits) take any Unicode digit,
 * supplementary ones included (a numeral the parser then rejects gives InputMismatchException
 * with the parser's message), and a grouped numeral may start with any digit but ASCII '0'.
 */
public class ScannerUnicodeDigits {
    public static void main(String[] args) {
        String[] tokens = {"\uD835\uDFCF\uD835\uDFD0", "-\uD835\uDFCF\uD835\uDFD0", "\uD835\uDFCF,\uD835\uDFD0\uD835\uDFD1\uD835\uDFD2",
                "\u0660,123", "0,123", "1,\uD835\uDFD0\uD835\uDFD1\uD835\uDFD2", "12,345", "1234,567", "\u0663,\u0664\u0665\u0666",
                "\uD835\uDFD7\uD835\uDFD7\uD835\uDFD7\uD835\uDFD7\uD835\uDFD7\uD835\uDFD7\uD835\uDFD7\uD835\uDFD7\uD835\uDFD7\uD835\uDFD7\uD835\uDFD7",
                "\uff11\uff12", "ff", "\uff11\uff46", "\uD835\uDFCFf", "+\uD835\uDFCE", "\u0967\u0968.\u0969",
                "1.\uD835\uDFD3", "\uD835\uDFCFe\uD835\uDFD0", ".\uD835\uDFD3", "1.5e\uD835\uDFD0", "\u0661.\u0665", "\u0661e\u0662"};
        for (String t : tokens) {
            StringBuilder o = new StringBuilder(t).append(": ");
            Scanner s = new Scanner(t + " end");
            o.append(s.hasNextInt()).append(' ').append(s.hasNextLong(16)).append(' ').append(s.hasNextBigInteger())
                    .append(' ').append(s.hasNextDouble()).append(' ').append(s.hasNextBigDecimal()).append(" |");
            try {
                o.append(' ').append(s.nextInt());
            } catch (RuntimeException e) {
                o.append(' ').append(e).append(" then ").append(s.next());
            }
            try {
                o.append(" | ").append(new Scanner(t).nextLong(16));
            } catch (RuntimeException e) {
                o.append(" | ").append(e);
            }
            try {
                o.append(" | ").append(new Scanner(t).nextBigInteger());
            } catch (RuntimeException e) {
                o.append(" | ").append(e);
            }
            try {
                o.append(" | ").append(new Scanner(t).nextDouble());
            } catch (RuntimeException e) {
                o.append(" | ").append(e);
            }
            try {
                o.append(" | ").append(new Scanner(t).nextBigDecimal());
            } catch (RuntimeException e) {
                o.append(" | ").append(e);
            }
            System.out.println(o);
        }
    }
}
