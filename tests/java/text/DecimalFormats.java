package text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;

public class DecimalFormats {
    static final double[] VALUES = {0, -0.0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.0005, 0.0015, 0.0025, 0.125,
        1234567.891234, -1234.5678, 1e23, 1e-7, 123456789012.345, 3.14159265358979, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2, 99.995, 999.9999, 1.005,
        Double.MAX_VALUE, Double.MIN_VALUE, 42, 7e-4, 0.9999};

    static final String[] PATTERNS = {"#,##0.###", "#.000000000", "0.00", "#.##", "#", "0", "0000",
        "#,##0.00;(#,##0.00)", "#,##,###", "0.###E0", "##0.#####E0", "00.###E0", "0.0E00", "#%",
        "0.0\u2030", "'#'#,##0.0", "$#,##0.00", ".00", "#.", "#,##0.0#", "0.00 'units'", "'''' 0 'o''clock'",
        "##0.##E0", "000.00", "#,#00.0#"};

    public static void main(String[] args) throws Exception {
        NumberFormat nf = NumberFormat.getInstance();
        nf.setGroupingUsed(false);
        nf.setMaximumFractionDigits(9);
        nf.setMinimumFractionDigits(9);
        System.out.println(nf.format(-0.169075164) + " " + nf.format(1.274224153));
        for (String p : PATTERNS) {
            DecimalFormat df = new DecimalFormat(p);
            StringBuilder sb = new StringBuilder(p).append(" [").append(df.toPattern()).append("] ")
                    .append(df.getMinimumIntegerDigits()).append('/').append(df.getMaximumIntegerDigits()).append(' ')
                    .append(df.getMinimumFractionDigits()).append('/').append(df.getMaximumFractionDigits())
                    .append(" g=").append(df.isGroupingUsed()).append(df.getGroupingSize())
                    .append(" m=").append(df.getMultiplier())
                    .append(" pp=").append(df.getPositivePrefix()).append(" np=").append(df.getNegativePrefix())
                    .append(" ps=").append(df.getPositiveSuffix()).append(" ns=").append(df.getNegativeSuffix())
                    .append(" :");
            for (double v : VALUES) {
                sb.append(' ').append(df.format(v));
            }
            sb.append(" |");
            for (long v : new long[] {0, 5, -5, 1234567, Long.MIN_VALUE, Long.MAX_VALUE}) {
                sb.append(' ').append(df.format(v));
            }
            System.out.println(sb);
        }
        System.out.println(NumberFormat.getPercentInstance().format(0.256) + " "
                + NumberFormat.getIntegerInstance().format(2.5) + " " + NumberFormat.getIntegerInstance().format(3.5)
                + " " + NumberFormat.getCurrencyInstance(Locale.US).format(-1234.5)
                + " " + NumberFormat.getNumberInstance(Locale.US).format(1234.5678));
        DecimalFormat df = new DecimalFormat("0.00");
        for (RoundingMode mode : RoundingMode.values()) {
            if (mode == RoundingMode.UNNECESSARY) {
                continue;
            }
            df.setRoundingMode(mode);
            StringBuilder sb = new StringBuilder(mode.toString()).append(':');
            for (double v : new double[] {1.005, 1.015, 1.025, -1.005, -1.025, 2.675, 0.125, -0.125, 1.2345}) {
                sb.append(' ').append(df.format(v));
            }
            System.out.println(sb);
        }
        df = new DecimalFormat("0.0");
        System.out.println(df.format(new BigDecimal("1.25")) + " " + df.format(new BigDecimal("1.35")) + " "
                + df.format(new BigInteger("123456789012345678901234567890")) + " " + df.format(Integer.valueOf(7))
                + " " + df.format(1.25f));
        NumberFormat us = NumberFormat.getInstance(Locale.US);
        for (String s : new String[] {"1,234.5", "12", "-7", "1.0", "3.5E3", "-0", "abc", "12abc", "1,2,3", "9223372036854775808"}) {
            ParsePosition pp = new ParsePosition(0);
            Number n = us.parse(s, pp);
            System.out.println(s + " -> " + n + (n == null ? "" : " (" + n.getClass().getSimpleName() + ")")
                    + " idx=" + pp.getIndex() + " err=" + pp.getErrorIndex());
        }
        try {
            us.parse("xyz");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " at " + e.getErrorOffset());
        }
        DecimalFormat pct = new DecimalFormat("#%");
        System.out.println(pct.parse("50%") + " " + pct.parse("12.5%"));
        DecimalFormat bd = new DecimalFormat("#,##0.##");
        bd.setParseBigDecimal(true);
        System.out.println(bd.parse("1,234.567") + " " + bd.parse("-0.10"));
        DecimalFormat cur = new DecimalFormat("\u00a4#,##0.00", new DecimalFormatSymbols(Locale.US));
        System.out.println(cur.format(-1234.567) + " " + cur.toPattern() + " " + cur.getPositivePrefix());
        DecimalFormat de = new DecimalFormat("#,##0.00", new DecimalFormatSymbols(Locale.GERMANY));
        System.out.println(de.format(1234567.891) + " " + de.toLocalizedPattern());
        StringBuffer buf = new StringBuffer("x=");
        FieldPosition fp = new FieldPosition(NumberFormat.INTEGER_FIELD);
        new DecimalFormat("#,##0.00").format(-12345.678, buf, fp);
        System.out.println(buf + " " + fp.getBeginIndex() + ".." + fp.getEndIndex());
        fp = new FieldPosition(NumberFormat.FRACTION_FIELD);
        buf = new StringBuffer();
        new DecimalFormat("#,##0.00").format(12345.678, buf, fp);
        System.out.println(buf + " " + fp.getBeginIndex() + ".." + fp.getEndIndex());
        DecimalFormat custom = new DecimalFormat("0.000");
        custom.setMinimumIntegerDigits(3);
        custom.setMaximumFractionDigits(1);
        custom.setPositivePrefix("+");
        custom.setDecimalSeparatorAlwaysShown(true);
        System.out.println(custom.format(4.56) + " " + custom.format(-4.56) + " " + custom.toPattern()
                + " " + custom.getMinimumFractionDigits());
        custom.applyPattern("#,##0.0#;-#,##0.0#");
        System.out.println(custom.format(-1234.5) + " " + custom.toPattern());
        System.out.println(new DecimalFormat("0.00").equals(new DecimalFormat("0.00")) + " "
                + new DecimalFormat("0.00").equals(new DecimalFormat("0.0")));
        DecimalFormat cl = (DecimalFormat) custom.clone();
        System.out.println(cl.format(3) + " " + cl.equals(custom));
        for (String bad : new String[] {"#.#.#", "0#", "0.0E", "#,##0,", "'abc"}) {
            try {
                new DecimalFormat(bad);
                System.out.println(bad + " ok");
            } catch (IllegalArgumentException e) {
                System.out.println(bad + " " + e.getMessage());
            }
        }
    }
}
