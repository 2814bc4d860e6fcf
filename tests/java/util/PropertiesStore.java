package util;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

public class PropertiesStore {
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        p.setProperty("name", "Widget Pro");
        p.setProperty(" lead space key", "  lead space value  ");
        p.setProperty("path", "C:\\dir\\file.txt");
        p.setProperty("eq=colon:hash#bang!", "v=1:2#3!4");
        p.setProperty("tabs\tnl\ncr\rff\f", "x\ty\nz");
        p.setProperty("unicode", "caf\u00e9 \u20ac \u0001 \u007f");
        p.setProperty("empty", "");
        for (int i = 0; i < 12; i++) {
            p.setProperty("k" + i, String.valueOf(i * i));
        }
        String[] comments = {null, "simple", "line1\nline2\r\nline3\r#already\n!bang",
            "caf\u00e9 \u20ac \u0001 end\n", "", "a\n\nb", "a\r\rb", "\n", "#x", "x\r", "\r\n!"};
        for (String c : comments) {
            StringWriter sw = new StringWriter();
            p.store(sw, c);
            print("W", sw.toString());
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            p.store(bo, c);
            print("S", new String(bo.toByteArray(), StandardCharsets.ISO_8859_1));
        }
        StringWriter sw = new StringWriter();
        p.store(sw, null);
        Properties q = new Properties();
        q.load(new StringReader(sw.toString()));
        System.out.println("reloaded from writer: " + q.equals(p) + " " + q.size());
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        p.store(bo, "x");
        Properties r = new Properties();
        r.load(new ByteArrayInputStream(bo.toByteArray()));
        System.out.println("reloaded from stream: " + r.equals(p));
        try {
            p.store((Writer) null, "x");
        } catch (NullPointerException e) {
            System.out.println("NPE for a null writer");
        }
        Properties bad = new Properties();
        bad.put("k", 1);
        try {
            bad.store(new StringWriter(), null);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException for a non-String value");
        }
        Properties withDefaults = new Properties(p);
        withDefaults.setProperty("own", "1");
        StringWriter sw2 = new StringWriter();
        withDefaults.store(sw2, "defaults are not stored");
        print("D", sw2.toString());
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        withDefaults.save(saved, null);
        print("V", saved.toString(StandardCharsets.ISO_8859_1));
    }

    static void print(String tag, String s) {
        for (String l : s.split("\n", -1)) {
            if (l.matches("#[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d \\S+ \\d{4}")) {
                l = "#<date>";
            }
            System.out.println(tag + "|" + l.replace("\r", "<CR>").replace("\u0001", "<01>").replace("\u007f", "<7F>"));
        }
    }
}
