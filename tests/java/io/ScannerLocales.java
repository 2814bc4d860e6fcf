package io;

import java.math.BigDecimal;
import java.util.*;

/**
 * Scanner reads numbers with its locale's group and decimal separators (the default format
 * locale unless useLocale says otherwise), as the JDK: "1.234,5" is a double in German, "1,5"
 * is not one in English.
 */
public class ScannerLocales {
    public static void main(String[] args) {
        String input = "1.5 2,5 1,000 1.000 1.234,5 -3,25 1'000 1\u2019000 +7 ,5 .5 1.234.567 12.34.56 1,5e3 NaN";
        Locale[] locales = {Locale.GERMANY, Locale.FRANCE, Locale.US, Locale.ITALY, new Locale("de", "CH"), Locale.ROOT,
            Locale.ENGLISH, new Locale("pl", "PL")};
        for (Locale l : locales) {
            Scanner s = new Scanner(input).useLocale(l);
            StringBuilder sb = new StringBuilder(l + ":");
            while (s.hasNext()) {
                sb.append(" [");
                if (s.hasNextInt()) {
                    sb.append("i");
                }
                if (s.hasNextLong()) {
                    sb.append("l");
                }
                if (s.hasNextBigDecimal()) {
                    sb.append("b");
                }
                if (s.hasNextFloat()) {
                    sb.append("f");
                }
                if (s.hasNextDouble()) {
                    sb.append(s.nextDouble());
                } else {
                    sb.append(s.next());
                }
                sb.append("]");
            }
            System.out.println(sb);
        }
        Scanner de = new Scanner("3,75 1.000.000 2,5 9.999,99").useLocale(Locale.GERMANY);
        System.out.println(de.nextFloat() + " " + de.nextInt() + " " + de.nextBigDecimal() + " " + de.nextBigDecimal());
        Scanner fr = new Scanner("1\u202f234,5 12\u202f345").useLocale(Locale.FRANCE);
        System.out.println(fr.nextDouble() + " " + fr.nextLong());
        Scanner us = new Scanner("2,5 1,234.5");
        try {
            us.nextDouble();
        } catch (InputMismatchException e) {
            System.out.println("mismatch " + us.next() + " then " + us.nextDouble());
        }
        Scanner reset = new Scanner("1,5 1,5").useLocale(Locale.GERMANY);
        System.out.println(reset.nextDouble() + " " + reset.reset().hasNextDouble() + " " + reset.locale());
        System.out.println(new Scanner("x").locale().equals(Locale.getDefault(Locale.Category.FORMAT)));
        BigDecimal b = new Scanner("0,10").useLocale(Locale.ITALY).nextBigDecimal();
        System.out.println(b + " " + b.scale());
    }
}
