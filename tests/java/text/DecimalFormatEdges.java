package text;

import java.math.*;
import java.text.*;
import java.util.*;

/** DecimalFormat's rounding at the edge of the fraction digits: values whose first digit lies
 *  beyond them, under every rounding mode, and ties of BigDecimals with trailing zeros. */
public class DecimalFormatEdges {
    public static void main(String[] args) {
        tiny();
        ties();
    }

    static void tiny() {
        double[] vs = {5.7e-5, -5.7e-5, 0.0004, 0.004, -0.004, 0.005, 0.0051, 0.0049, 0.00999, 0.009, -0.0099, 0.05, 0.000001, 1e-10, 0.0};
        for (String p : new String[]{"#,##0.00", "0.0", "#.###", "0.00E0", "#%"}) {
            for (RoundingMode m : RoundingMode.values()) {
                if (m == RoundingMode.UNNECESSARY) continue;
                DecimalFormat df = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.US));
                df.setRoundingMode(m);
                StringBuilder sb = new StringBuilder(p + " " + m + ":");
                for (double v : vs) sb.append(' ').append(df.format(v)).append('/').append(df.format(new BigDecimal(Double.toString(v))));
                System.out.println(sb);
            }
        }
    }

    static void ties() {
        String[] vs = {"0.5", "0.50", "0.500", "2.5", "2.50", "2.500", "3.5", "3.50", "12.125", "12.1250", "12.135", "12.13500", "0.05", "0.050", "0.0050", "0.005", "-2.50", "1.25", "1.2500", "0.125", "0.1250"};
        for (String p : new String[]{"0", "0.0", "0.00", "#.##", "#%"}) {
            for (RoundingMode m : new RoundingMode[]{RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN}) {
                DecimalFormat df = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.US));
                df.setRoundingMode(m);
                StringBuilder sb = new StringBuilder(p + " " + m + ":");
                for (String v : vs) sb.append(' ').append(v).append('=').append(df.format(new BigDecimal(v)));
                System.out.println(sb);
            }
        }
        NumberFormat nf = NumberFormat.getInstance(Locale.US);
        nf.setMaximumFractionDigits(2);
        System.out.println(nf.format(new BigDecimal("1.2350")) + " " + nf.format(new BigDecimal("1.2450")) + " " + nf.format(new BigDecimal("1.245")) + " " + nf.format(new BigDecimal("1.2451")));
    }
}
