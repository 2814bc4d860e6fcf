package text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

public class CurrencyBasics {
    record Price(String item, long cents, Currency currency) {
        String show(Locale locale) {
            NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
            nf.setCurrency(currency);
            int digits = currency.getDefaultFractionDigits();
            nf.setMinimumFractionDigits(digits);
            nf.setMaximumFractionDigits(digits);
            return nf.format(cents / Math.pow(10, digits));
        }
    }

    public static void main(String[] args) {
        for (String code : new String[] {"USD", "EUR", "GBP", "JPY", "CHF", "INR", "CAD", "AUD", "CNY", "KRW", "BHD", "XXX", "XAU", "ADP"}) {
            Currency c = Currency.getInstance(code);
            System.out.printf("%s %s %d %s %-22s en=%s US=%s UK=%s DE=%s FR=%s JP=%s root=%s%n", c, c.getCurrencyCode(),
                c.getDefaultFractionDigits(), c.getNumericCodeAsString(), c.getDisplayName(Locale.ENGLISH),
                c.getSymbol(Locale.ENGLISH), c.getSymbol(Locale.US), c.getSymbol(Locale.UK), c.getSymbol(Locale.GERMANY),
                c.getSymbol(Locale.FRANCE), c.getSymbol(Locale.JAPAN), c.getSymbol(Locale.ROOT));
        }
        System.out.println(Currency.getInstance("USD") == Currency.getInstance(Locale.US));
        System.out.println(Currency.getInstance("EUR").equals(Currency.getInstance(Locale.GERMANY)));
        System.out.println(Currency.getInstance("USD").getSymbol() + " " + Currency.getInstance("USD").getDisplayName()
            + " " + Currency.getInstance("USD").getNumericCode());
        for (String cc : new String[] {"US", "GB", "DE", "JP", "IN", "BR", "CH", "MX", "ZA", "SE", "AQ", "us"}) {
            Currency c = Currency.getInstance(new Locale("", cc));
            System.out.print(cc + "=" + c + " ");
        }
        System.out.println();
        for (String bad : new String[] {"ZZZ", "usd", "US", "", "USDX"}) {
            try {
                Currency.getInstance(bad);
            } catch (IllegalArgumentException e) {
                System.out.print("IAE(" + bad + ") ");
            }
        }
        for (Locale l : new Locale[] {Locale.ENGLISH, new Locale("", "ZZ"), Locale.ROOT}) {
            try {
                Currency.getInstance(l);
            } catch (IllegalArgumentException e) {
                System.out.print("IAE(" + l + ") ");
            }
        }
        System.out.println();
        try {
            Currency.getInstance((String) null);
        } catch (NullPointerException e) {
            System.out.println("NPE for a null code");
        }
        TreeMap<String, Integer> digits = new TreeMap<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            digits.merge("digits " + c.getDefaultFractionDigits(), 1, Integer::sum);
        }
        System.out.println(Currency.getAvailableCurrencies().size() + " " + digits);

        NumberFormat nf = NumberFormat.getCurrencyInstance(Locale.US);
        System.out.println(nf.getCurrency() + " " + nf.format(12.5));
        nf.setCurrency(Currency.getInstance("EUR"));
        System.out.println(nf.format(12.5) + " " + nf.getCurrency());
        nf.setCurrency(Currency.getInstance("JPY"));
        System.out.println(nf.format(12.5) + " " + nf.getMaximumFractionDigits());
        nf.setCurrency(Currency.getInstance("CHF"));
        System.out.println(nf.format(-12.5));
        System.out.println(NumberFormat.getCurrencyInstance(Locale.JAPAN).format(1234.56) + " "
            + NumberFormat.getCurrencyInstance(Locale.KOREA).format(1234.56) + " "
            + NumberFormat.getCurrencyInstance(new Locale("en", "IN")).format(1234.56) + " "
            + NumberFormat.getCurrencyInstance(Locale.UK).format(1234.56) + " "
            + NumberFormat.getCurrencyInstance(Locale.CANADA).format(1234.56));
        System.out.println(NumberFormat.getCurrencyInstance(Locale.GERMANY).getCurrency() + " "
            + NumberFormat.getInstance(Locale.US).getCurrency() + " "
            + NumberFormat.getCurrencyInstance(Locale.ROOT).getCurrency() + " "
            + new DecimalFormatSymbols(Locale.US).getCurrency() + " "
            + new DecimalFormatSymbols(Locale.JAPAN).getCurrency() + " "
            + NumberFormat.getCurrencyInstance().getCurrency());
        for (String tag : new String[] {"en-US", "en-GB", "fr-CA", "de-CH", "pt-BR", "es-MX", "zh-TW", "ru-RU", "sv-SE", "en-IN", "en-AU", "tr-TR"}) {
            DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.forLanguageTag(tag));
            System.out.print(tag + ":" + s.getCurrencySymbol() + "/" + s.getInternationalCurrencySymbol() + " ");
        }
        System.out.println();
        DecimalFormatSymbols dfs = new DecimalFormatSymbols(Locale.US);
        dfs.setCurrency(Currency.getInstance("GBP"));
        System.out.println(dfs.getCurrencySymbol() + " " + dfs.getInternationalCurrencySymbol());
        dfs.setInternationalCurrencySymbol("EUR");
        System.out.println(dfs.getCurrencySymbol() + " " + dfs.getCurrency());
        dfs.setInternationalCurrencySymbol("XYZ");
        System.out.println(dfs.getCurrencySymbol() + " " + dfs.getCurrency());
        DecimalFormat df = new DecimalFormat("\u00a4#,##0.00;(\u00a4#,##0.00) \u00a4\u00a4", new DecimalFormatSymbols(Locale.US));
        System.out.println(df.format(3) + " " + df.format(-3) + " " + df.getCurrency());
        df.setCurrency(Currency.getInstance("INR"));
        System.out.println(df.format(3) + " " + df.format(-3));

        List<Price> cart = new ArrayList<>(List.of(new Price("book", 1999, Currency.getInstance("USD")),
            new Price("ramen", 850, Currency.getInstance("JPY")), new Price("tea", 450, Currency.getInstance("GBP")),
            new Price("gold", 123456, Currency.getInstance("BHD"))));
        Map<String, List<String>> byCode = new TreeMap<>();
        for (Price p : cart) {
            byCode.computeIfAbsent(p.currency().getCurrencyCode(), k -> new ArrayList<>()).add(p.item() + " " + p.show(Locale.US));
        }
        System.out.println(byCode);
    }
}
