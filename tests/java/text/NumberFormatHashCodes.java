package text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

public class NumberFormatHashCodes {
    public static void main(String[] a) {
        for (String p : new String[]{"#.##", "#.###", "0.0", "#", "#,##0.00", "$#.##", "0.00E0", "##0.#####E0", "'x'#;(#)", "#%"}) {
            DecimalFormat d = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.US));
            System.out.println(p + " " + d.hashCode() + " maxInt=" + d.getMaximumIntegerDigits() + " maxFrac=" + d.getMaximumFractionDigits() + " minInt=" + d.getMinimumIntegerDigits() + " minFrac=" + d.getMinimumFractionDigits() + " prefix=[" + d.getPositivePrefix() + "]");
        }
        NumberFormat n = NumberFormat.getInstance(Locale.US); System.out.println(n.hashCode() + " " + NumberFormat.getCurrencyInstance(Locale.US).hashCode() + " " + NumberFormat.getPercentInstance(Locale.US).hashCode() + " " + NumberFormat.getIntegerInstance(Locale.US).hashCode());
        DecimalFormat d = new DecimalFormat("#.##"); d.setMaximumFractionDigits(5); System.out.println(d.hashCode()); d.setMaximumIntegerDigits(4); System.out.println(d.hashCode());
    }
}
