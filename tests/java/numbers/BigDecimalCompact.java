package numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * BigDecimal arithmetic on values around the long range (where a runtime may take long fast
 * paths) and beyond: add, subtract, multiply, compareTo, setScale, divide with every
 * rounding mode, parsing and precision; a checksum per operation and some samples.
 */
public class BigDecimalCompact {
    static final Random RANDOM = new Random(20261128);

    static BigDecimal value() {
        long unscaled;
        switch (RANDOM.nextInt(8)) {
            case 0: unscaled = RANDOM.nextInt(2000) - 1000; break;
            case 1: unscaled = Long.MAX_VALUE - RANDOM.nextInt(1000); break;
            case 2: unscaled = Long.MIN_VALUE + RANDOM.nextInt(1000); break;
            case 3: unscaled = (RANDOM.nextBoolean() ? 1 : -1) * (long) Math.pow(10, RANDOM.nextInt(19)); break;
            case 4: unscaled = RANDOM.nextLong() >> RANDOM.nextInt(64); break;
            case 5: unscaled = 3037000499L + RANDOM.nextInt(5) - 2; break;
            default: unscaled = RANDOM.nextLong(); break;
        }
        BigInteger u = BigInteger.valueOf(unscaled);
        if (RANDOM.nextInt(6) == 0) u = u.multiply(BigInteger.valueOf(RANDOM.nextInt(1000) + 2));
        int scale = RANDOM.nextInt(40) - 10;
        return new BigDecimal(u, scale);
    }

    static final CRC32[] SUMS = new CRC32[9];
    static final String[] NAMES = {"add", "subtract", "multiply", "compare", "setScale", "divide", "parse", "precision", "round"};
    static int samples;

    static void record(int op, String text) {
        SUMS[op].update(text.getBytes());
        if (samples < 60 && RANDOM.nextInt(200) == 0) {
            samples++;
            System.out.println(NAMES[op] + ": " + text);
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < SUMS.length; i++) SUMS[i] = new CRC32();
        RoundingMode[] modes = RoundingMode.values();
        for (int i = 0; i < 4000; i++) {
            BigDecimal a = value(), b = value();
            record(0, a.add(b).toString());
            record(1, a.subtract(b).toString());
            record(2, a.multiply(b).toString());
            record(3, a.compareTo(b) + " " + b.compareTo(a) + " " + a.equals(b) + " " + a.max(b));
            int newScale = a.scale() + RANDOM.nextInt(30) - 15;
            RoundingMode mode = modes[RANDOM.nextInt(modes.length)];
            try {
                record(4, a.setScale(newScale, mode).toString());
            } catch (ArithmeticException e) {
                record(4, "AE " + e.getMessage());
            }
            try {
                record(5, a.divide(b, RANDOM.nextInt(30), mode).toPlainString());
            } catch (ArithmeticException e) {
                record(5, "AE " + e.getMessage());
            }
            String text = a.toString();
            record(6, new BigDecimal(text).equals(a) + " " + new BigDecimal(a.toPlainString()).compareTo(a) + " " + text);
            record(7, a.precision() + " " + a.unscaledValue().bitLength() + " " + a.signum());
            try {
                record(8, a.round(new MathContext(RANDOM.nextInt(20) + 1, mode)).toString());
            } catch (ArithmeticException e) {
                record(8, "AE " + e.getMessage());
            }
        }
        String[] literals = {"0", "-0", "000000000000000000000123", "123456789012345678", "1234567890123456789",
            "-9223372036854775808", "9223372036854775807", "9223372036854775808", "0.000000000000000000001",
            "1E+5", "-1.50e-3", "+42.", ".5", "99999999999999999999999999.99", "1000000", "0.0000"};
        for (String s : literals) {
            BigDecimal v = new BigDecimal(s);
            System.out.println(s + " -> " + v + " scale " + v.scale() + " precision " + v.precision()
                    + " plain " + v.toPlainString() + " x10 " + v.multiply(BigDecimal.TEN) + " +1 " + v.add(BigDecimal.ONE));
        }
        for (int i = 0; i < SUMS.length; i++) {
            System.out.println(NAMES[i] + " " + Long.toHexString(SUMS[i].getValue()));
        }
    }
}
