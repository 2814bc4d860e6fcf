package lang;

import java.text.*;
import java.util.*;

// Identity hashes after java.text number formatting: the first DecimalFormatSymbols (made by
// DecimalFormat, NumberFormat or directly) draws what HotSpot's locale-provider machinery
// draws, shared with Formatter's, whose double conversions then draw only their own. (Other
// locales' data draws more, which Cortado does not reproduce.)
public class NumberFormatIdentityHashes {
    static int h() { return System.identityHashCode(new Object()); }

    public static void main(String[] args) {
        System.out.println(h());
        System.out.println(new DecimalFormat("#,##0.00").format(1234.5));
        System.out.println(h());
        System.out.println(NumberFormat.getPercentInstance().format(0.25));
        System.out.println(h());
        System.out.println(String.format("%d", 12));
        System.out.println(h());
        System.out.println(String.format("%,.2f", 1234.5));
        System.out.println(h());
        System.out.println(DecimalFormatSymbols.getInstance().getDecimalSeparator());
        System.out.println(h());
        Object[] objs = {new Object(), new int[0], new StringBuilder[0]};
        int hs = 0;
        for (Object o : objs) hs = 31 * hs + o.hashCode();
        System.out.println(hs);
    }
}
