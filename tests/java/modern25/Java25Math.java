package modern25;

import java.util.function.Supplier;

public class Java25Math {
    static void t(String label, Supplier<?> action) {
        try {
            System.out.println(label + " -> " + action.get());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    public static void main(String[] args) {
        t("unsignedMultiplyExact int", () -> Math.unsignedMultiplyExact(65536, 65535) + " " + Integer.toUnsignedString(Math.unsignedMultiplyExact(-1, 1)));
        t("unsignedMultiplyExact int overflow", () -> Math.unsignedMultiplyExact(65536, 65536));
        t("unsignedMultiplyExact long,int", () -> Long.toUnsignedString(Math.unsignedMultiplyExact(1L << 31, -1)));
        t("unsignedMultiplyExact long overflow", () -> Math.unsignedMultiplyExact(1L << 32, 1L << 32));
        t("powExact", () -> Math.powExact(3, 19) + " " + Math.powExact(-2, 31) + " " + Math.powExact(-1, 7) + " " + Math.powExact(0, 0) + " " + Math.powExact(7L, 22) + " " + StrictMath.powExact(2L, 62));
        t("powExact overflow", () -> Math.powExact(3, 21));
        t("powExact long overflow", () -> Math.powExact(10L, 19));
        t("powExact negative", () -> Math.powExact(2, -1));
        t("unsignedPowExact", () -> Integer.toUnsignedString(Math.unsignedPowExact(2, 31)) + " " + Long.toUnsignedString(Math.unsignedPowExact(2L, 63)) + " " + Math.unsignedPowExact(1, 1000));
        t("unsignedPowExact overflow", () -> Math.unsignedPowExact(2, 32));
        t("unsignedPowExact long overflow", () -> Math.unsignedPowExact(3L, 41));
        for (int x = -3; x <= 3; x++) {
            StringBuilder sb = new StringBuilder(x + ":");
            for (int n = 0; n <= 40; n += 5) {
                try {
                    sb.append(' ').append(Math.powExact(x, n));
                } catch (ArithmeticException e) {
                    sb.append(" ovf");
                }
            }
            System.out.println(sb);
        }
    }
}
