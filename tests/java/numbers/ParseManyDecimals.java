package numbers;

/** Parses many generated decimal strings (short and long, tiny and huge exponents) as double and float. */
public class ParseManyDecimals {
    static long seed = 12345;

    static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) ((seed >>> 33) % bound);
    }

    static String generate() {
        StringBuilder b = new StringBuilder();
        if (next(4) == 0) b.append('-');
        int intDigits = next(12);
        for (int i = 0; i < intDigits; i++) b.append((char) ('0' + next(10)));
        if (intDigits == 0 || next(2) == 0) {
            b.append('.');
            int fracDigits = 1 + next(next(5) == 0 ? 25 : 10);
            for (int i = 0; i < fracDigits; i++) b.append((char) ('0' + next(10)));
        }
        int kind = next(5);
        if (kind == 0) b.append('e').append(next(60) - 30);
        else if (kind == 1) b.append('E').append(next(700) - 350);
        else if (kind == 2) b.append("e-").append(next(50));
        return b.toString();
    }

    public static void main(String[] args) {
        long doubleHash = 0, floatHash = 0;
        for (int i = 0; i < 4000; i++) {
            String s = generate();
            double d = Double.parseDouble(s);
            float f = Float.parseFloat(s);
            doubleHash = doubleHash * 31 + Double.doubleToRawLongBits(d);
            floatHash = floatHash * 31 + Float.floatToRawIntBits(f);
            if (i % 400 == 0) System.out.println(s + " -> " + d + " / " + f);
        }
        System.out.println("double hash " + doubleHash);
        System.out.println("float hash " + floatHash);
        String[] edge = {"9007199254740993", "0.1", "1e22", "1e23", "123456789012345e-22", "4.35e-21",
            "1.7976931348623157e308", "4.9e-324", "2.4703282292062327e-324", "16777217", "3.4028235e38",
            "1.4e-45", "0.3", "99999999999999999999e-5", "8.589973e9", "1.00000017881393432617187499"};
        for (String s : edge) System.out.println(s + " -> " + Double.parseDouble(s) + " / " + Float.parseFloat(s));
    }
}
