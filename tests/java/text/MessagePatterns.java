package text;

import java.text.*;
import java.util.*;

public class MessagePatterns {
    public static void main(String[] args) {
        String[] patterns = {
            "{0} has {1,number,integer} items costing {2,number,currency}",
            "{0,number} and {0,number,percent} and {0,number,#.##} and {0,number,000.0#} and {1,number, integer }",
            "On {1,date} / {1,date,short} / {1,date,medium} / {1,date,long} / {1,date,full} / {1,date,yyyy-MM-dd}",
            "At {1,time} / {1,time,short} / {1,time,medium} / {1,time,long} / {1,time,full} / {1,time,HH:mm}",
            "{3,choice,0#no files|1#one file|1<{3,number,integer} files} and {4,choice,-1<neg|0#zero|0<pos}",
            "It''s '{'literal'}' {0} with 'quoted {0}' text and a '' quote",
            "{0}{1}{2}",
            "{2,choice,0#x|2#y'#'|3<z'|'}",
        };
        Object[] args0 = {1234.5678, new Date(1700000000000L), 2, 3, 5};
        for (String p : patterns) {
            for (Locale l : new Locale[]{Locale.US, Locale.GERMANY}) {
                MessageFormat mf = new MessageFormat(p, l);
                System.out.println(l + ": " + mf.toPattern());
            }
        }
        MessageFormat mf = new MessageFormat("{0,number,integer} on {1,date,long} by {2}", Locale.US);
        mf.setFormatByArgumentIndex(1, null);
        mf.setFormatByArgumentIndex(2, new DecimalFormat("0.00"));
        System.out.println(mf.toPattern());
        mf.setFormatByArgumentIndex(0, NumberFormat.getPercentInstance(Locale.US));
        mf.setFormatByArgumentIndex(2, new SimpleDateFormat("dd/MM", Locale.US));
        System.out.println(mf.toPattern());
        mf.setFormatByArgumentIndex(2, DateFormat.getTimeInstance(DateFormat.SHORT, Locale.US));
        mf.setFormatByArgumentIndex(0, new ChoiceFormat(new double[]{0, 1}, new String[]{"none", "some"}));
        System.out.println(mf.toPattern());
        mf.applyPattern("{0} again '{1}'");
        System.out.println(mf.toPattern() + " " + new MessageFormat(mf.toPattern(), Locale.US).format(new Object[]{"x"}));
    }
}
