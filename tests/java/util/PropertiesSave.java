package util;

import java.io.*;
import java.util.*;

/**
 * Properties.store writes comments, a date line and escaped key=value lines in the table's
 * order; store(OutputStream) writes ISO 8859-1 with Unicode escapes; load reads it all back.
 */
public class PropertiesSave {
    static String withoutDate(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#") && line.matches("#\\w{3} \\w{3} .*\\d{4}")) {
                sb.append("#<date>\n");
            } else {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        p.setProperty("name", "Cortado");
        p.setProperty("key with spaces", " leading and trailing ");
        p.setProperty("path", "C:\\dir\\file.txt");
        p.setProperty("sep=colon:", "a=b:c#d!e");
        p.setProperty("#comment-like", "!bang");
        p.setProperty("unicode", "caf\u00e9 \u20ac \u4e2d");
        p.setProperty("ctrl", "tab\there\nnew\rret\fff");
        p.setProperty("empty", "");
        p.setProperty("", "empty key");
        for (int i = 0; i < 12; i++) {
            p.setProperty("k" + i, "v" + i);
        }

        StringWriter w = new StringWriter();
        p.store(w, "My settings\nsecond line\r\n#already a comment\r!bang line\u20ac");
        System.out.print(withoutDate(w.toString()));
        System.out.println("----");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p.store(bytes, null);
        System.out.print(withoutDate(bytes.toString("ISO-8859-1")));
        System.out.println("----");

        Properties back = new Properties();
        back.load(new StringReader(w.toString()));
        Properties back2 = new Properties();
        back2.load(new ByteArrayInputStream(bytes.toByteArray()));
        System.out.println(back.equals(p) + " " + back2.equals(p) + " " + back.size());
        System.out.println(new TreeMap<>(back2).equals(new TreeMap<>(p)));

        StringWriter trailing = new StringWriter();
        new Properties().store(new BufferedWriter(trailing), "ends with newline\n");
        System.out.print(withoutDate(trailing.toString()));
        Properties bad = new Properties();
        bad.put("k", 1);
        try {
            bad.store(new StringWriter(), null);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
    }
}
