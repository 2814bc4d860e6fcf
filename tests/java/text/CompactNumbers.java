package text;

import java.text.*;
import java.util.*;
import java.math.*;
public class CompactNumbers {
    public static void main(String[] args) throws Exception {
        for (NumberFormat.Style st : NumberFormat.Style.values()) {
            NumberFormat c = NumberFormat.getCompactNumberInstance(Locale.US, st);
            StringBuilder sb = new StringBuilder(st + ":");
            for (long v : new long[]{0, 1, 999, 1000, 1499, 1500, 2500, 9999, 10000, 99999, 999499, 999500, 999999, 1000000, 1234567, 25000000, 999999999, 1000000000, 1500000000000L, 1234567890123456L, Long.MAX_VALUE, -1234, -999999})
                sb.append(" ").append(c.format(v));
            for (double d : new double[]{0.5, 1.5, 2.5, 1234.5, -0.4, 1e20, Double.NaN})
                sb.append(" ").append(c.format(d));
            sb.append(" ").append(c.format(new BigInteger("123456789012345678901"))).append(" ").append(c.format(new BigDecimal("12345.678")));
            c.setMaximumFractionDigits(2);
            sb.append(" |");
            for (long v : new long[]{1234, 1255, 15, 1999999, 999999}) sb.append(" ").append(c.format(v));
            sb.append(" ").append(c.format(1234.5678));
            c.setGroupingUsed(true);
            sb.append(" ").append(c.format(1234567890123456L));
            System.out.println(sb);
        }
        NumberFormat d = NumberFormat.getCompactNumberInstance();
        System.out.println(d.format(12345) + " " + d.getMaximumFractionDigits() + " " + d.isGroupingUsed() + " " + d.getRoundingMode() + " " + d.parse("12K") + " " + d.parse("1.5M") + " " + NumberFormat.getCompactNumberInstance(Locale.UK, NumberFormat.Style.LONG).format(3000));
        NumberFormat h = NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.SHORT);
        h.setRoundingMode(java.math.RoundingMode.HALF_UP);
        System.out.println(h.format(999.5) + " " + h.format(2500) + " " + h.format(-1500) + " " + h.format(0.0) + " " + h.format(-0.0));
    }
}
