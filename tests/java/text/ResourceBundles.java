package text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeSet;

public class ResourceBundles {
    public static class Labels extends ListResourceBundle {
        protected Object[][] getContents() {
            return new Object[][] {{"ok", "OK"}, {"cancel", "Cancel"}, {"count", 3}, {"arr", new String[] {"a", "b"}}, {"title", "Base title"}};
        }
    }

    public static class Labels_de extends ListResourceBundle {
        protected Object[][] getContents() {
            return new Object[][] {{"ok", "Gut"}, {"cancel", "Abbrechen"}};
        }
    }

    static void dump(ResourceBundle b) {
        List<String> keys = Collections.list(b.getKeys());
        System.out.println(b.getClass().getName() + " locale=[" + b.getLocale() + "] base=" + b.getBaseBundleName() + " keys=" + keys
            + " keySet=" + new TreeSet<>(b.keySet()));
    }

    public static void main(String[] args) throws Exception {
        for (Locale l : new Locale[] {Locale.ROOT, Locale.ENGLISH, Locale.FRENCH, Locale.FRANCE, new Locale("fr", "CA"), Locale.GERMAN,
                Locale.GERMANY, Locale.JAPANESE}) {
            ResourceBundle b = ResourceBundle.getBundle("text.rbmessages", l);
            dump(b);
            System.out.println("  greeting=" + b.getString("greeting") + " farewell=" + b.getString("farewell") + " has(only_fr)="
                + b.containsKey("only_fr") + " cafe=" + b.getString("cafe"));
            ResourceBundle lb = ResourceBundle.getBundle("text.ResourceBundles$Labels", l);
            dump(lb);
            System.out.println("  ok=" + lb.getString("ok") + " count=" + lb.getObject("count") + " arr=" + Arrays.toString(lb.getStringArray("arr"))
                + " title=" + lb.getString("title"));
        }
        ResourceBundle b = ResourceBundle.getBundle("text.rbmessages");
        System.out.println(b == ResourceBundle.getBundle("text.rbmessages") ? "cached" : "not cached");
        System.out.println(ResourceBundle.getBundle("text.rbmessages", Locale.FRANCE) == ResourceBundle.getBundle("text.rbmessages", Locale.FRANCE));
        try {
            b.getString("nope");
        } catch (MissingResourceException e) {
            System.out.println(e.getMessage() + " | " + e.getClassName() + " | " + e.getKey());
        }
        try {
            ResourceBundle.getBundle("text.none");
        } catch (MissingResourceException e) {
            System.out.println(e.getMessage() + " | " + e.getClassName() + " | " + e.getKey());
        }
        try {
            ResourceBundle.getBundle("text.none", Locale.FRANCE);
        } catch (MissingResourceException e) {
            System.out.println(e.getMessage() + " | " + e.getClassName() + " | " + e.getKey());
        }
        try {
            ResourceBundle.getBundle("text.ResourceBundles$Labels").getString("count");
        } catch (ClassCastException e) {
            System.out.println("ClassCastException for a non-String resource");
        }
        try {
            ResourceBundle.getBundle("text.ResourceBundles$Labels").getString("zzz");
        } catch (MissingResourceException e) {
            System.out.println(e.getMessage() + " | " + e.getClassName() + " | " + e.getKey());
        }
        try {
            b.getString(null);
        } catch (NullPointerException e) {
            System.out.println("NPE for a null key");
        }
        try {
            ResourceBundle.getBundle(null);
        } catch (NullPointerException e) {
            System.out.println("NPE for a null base name");
        }
        System.out.println(MessageFormat.format(b.getString("pattern"), "Ann", 3));
        ResourceBundle latin = ResourceBundle.getBundle("text.rblatin1");
        System.out.println(latin.getString("word") + " " + latin.getString("word").length());
        PropertyResourceBundle direct = new PropertyResourceBundle(new java.io.StringReader("a=1\nb = two\n# comment\nc:3"));
        List<String> keys = new ArrayList<>(direct.keySet());
        Collections.sort(keys);
        System.out.println(keys + " " + direct.getString("b") + " " + direct.getLocale() + " " + direct.getBaseBundleName());
        ResourceBundle.clearCache();
        System.out.println(ResourceBundle.getBundle("text.rbmessages", Locale.GERMAN).getString("greeting"));
    }
}
