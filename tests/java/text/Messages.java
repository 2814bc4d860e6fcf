package text;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

public class Messages {
    static void show(String pattern, Object... args) {
        try {
            System.out.println(pattern + " -> " + MessageFormat.format(pattern, args));
        } catch (IllegalArgumentException e) {
            System.out.println(pattern + " -> " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        show("Hello, {0}!", "world");
        show("{0} and {1} and {0}", "a", 2);
        show("{1} {0}", "x");
        show("{0}", (Object) null);
        show("{0}", 1234567.891);
        show("{0}", 42L);
        show("{0}", new int[0].length);
        show("{0,number}", 1234.5678);
        show("{0,number,integer}", 1234.5);
        show("{0,number,integer}", 1235.5);
        show("{0,number,percent}", 0.256);
        show("{0,number,#.##}", 3.14159);
        show("{0,number,000.0}", 7.25);
        show("{0,number,#,##0.00}", 9876543.2);
        show("{0, number , integer}", 77.7);
        show("It''s {0}", "fine");
        show("'{0}' is literal, {0} is not", "X");
        show("'{'{0}'}'", "braced");
        show("a '' b '{1}' c", "A", "B");
        show("unterminated 'quote {0}", "z");
        show("{0,choice,0#no files|1#one file|1<{0,number,integer} files}", 0);
        show("{0,choice,0#no files|1#one file|1<{0,number,integer} files}", 1);
        show("{0,choice,0#no files|1#one file|1<{0,number,integer} files}", 1234);
        show("{0,choice,-1#negative|0#zero|0<positive}", -5);
        show("{0,choice,-1#negative|0#zero|0<positive}", 0.5);
        show("There {0,choice,0#are no files|1#is one file|1<are {0,number} files}.", 3);
        show("{0,choice,0#x|1#y}", "notanumber");
        show("{0,number}", "text");
        show("{0", "a");
        show("{0}}", "a");
        show("{x}", "a");
        show("{-1}", "a");
        show("{0,foo}", "a");
        show("{0,choice,#}", 1);
        show("{0,date,yyyy-MM-dd}", new Date(86_400_000L * 365));
        show("{0,time,HH:mm:ss}", new Date(3_723_000L));
        show("{0,date}", new Date(0));
        show("{0,date,short}", new Date(0));
        show("{0,date,long}", new Date(0));
        show("{0,date,full}", new Date(0));
        show("{0,time}", new Date(0));
        show("{0,time,short}", new Date(45_000_000L));
        show("{0}", new Date(1_000_000_000_000L));
        show("{0} {1} {2}", true, 'c', Arrays.asList(1, 2));

        MessageFormat mf = new MessageFormat("{1} has {0,number,integer} items, {2}");
        System.out.println(mf.format(new Object[] {3, "cart", "ok"}));
        System.out.println(mf.format(new Object[] {3}));
        System.out.println(mf.toPattern());
        System.out.println(new MessageFormat("it''s '{'quoted'}' {0}").toPattern());
        Format[] formats = mf.getFormats();
        System.out.println(formats.length + " " + (formats[0] == null) + " " + (formats[1] == null));
        System.out.println(mf.getFormatsByArgumentIndex().length);
        mf.setFormatByArgumentIndex(0, new ChoiceFormat("0#none|1#some"));
        System.out.println(mf.format(new Object[] {5, "box", "done"}));
        System.out.println(mf.getLocale());

        MessageFormat parser = new MessageFormat("name={0}, age={1,number,integer}.");
        Object[] parsed = parser.parse("name=Ann, age=42.");
        System.out.println(parsed.length + " " + parsed[0] + " " + parsed[1] + " "
                + parsed[1].getClass().getSimpleName());
        try {
            parser.parse("nome=Ann");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " at " + e.getErrorOffset());
        }

        ChoiceFormat cf = new ChoiceFormat("0#zero|1#one|2#two|2<many");
        for (double d : new double[] {-1, 0, 0.5, 1, 1.5, 2, 2.0001, 100, Double.NaN}) {
            System.out.print(cf.format(d) + " ");
        }
        System.out.println();
        System.out.println(Arrays.toString(cf.getLimits()) + " " + Arrays.toString(cf.getFormats()));
        System.out.println(cf.toPattern());
        ChoiceFormat arrays = new ChoiceFormat(new double[] {0, 1, 2}, new String[] {"a", "b", "c"});
        System.out.println(arrays.format(1) + arrays.format(5L) + " " + arrays.toPattern());
        try {
            new ChoiceFormat("1#a|0#b");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(String.format(Locale.ROOT, "%s", MessageFormat.format("{0}{1}", "", "")));
    }
}
