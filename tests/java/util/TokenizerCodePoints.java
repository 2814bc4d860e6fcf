package util;

import java.util.*;
/** StringTokenizer over characters and, when a delimiter is supplementary, code points. */
public class TokenizerCodePoints {
    static void show(StringTokenizer st) {
        StringBuilder sb = new StringBuilder("[" + st.countTokens() + "]");
        while (st.hasMoreTokens()) sb.append('<').append(st.nextToken()).append('>');
        System.out.println(sb);
    }
    public static void main(String[] a) {
        show(new StringTokenizer("  a b\tc\n\nd  "));
        show(new StringTokenizer("a,b;;c", ",;"));
        show(new StringTokenizer("a,b;;c", ",;", true));
        show(new StringTokenizer("x😀y😀😀z", "😀"));
        show(new StringTokenizer("x😀y😀😀z", "😀", true));
        show(new StringTokenizer("x😀y😁z", "\uD83D"));
        show(new StringTokenizer("héllo wörld ñ", "ö "));
        show(new StringTokenizer("", ","));
        show(new StringTokenizer(",,,", ","));
        StringTokenizer st = new StringTokenizer("a b,c d", " ");
        System.out.println(st.nextToken() + "|" + st.nextToken(",") + "|" + st.nextToken() + "|" + st.hasMoreTokens());
        try { new StringTokenizer("a b", null).nextToken(); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { new StringTokenizer("").nextToken(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        StringTokenizer e = new StringTokenizer("p q");
        while (e.hasMoreElements()) System.out.print(e.nextElement() + ";");
        System.out.println();
    }
}
