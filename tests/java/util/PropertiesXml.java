package util;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class PropertiesXml {
    static void show(byte[] b, String cs) throws IOException { System.out.print(new String(b, cs)); System.out.println("[" + b.length + "]"); }
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        for (String k : "db.url db.user db.password app.name app.version log.level cache.size timeout retries zeta alpha Beta".split(" ")) p.setProperty(k, k.toUpperCase() + (k.length() % 3 == 0 ? " <&>\"'" : ""));
        p.setProperty("unicode", "caf\u00e9 \u20ac \uD83D\uDE00 \u2028 tab\tnl\ncr\r");
        p.setProperty("key with \"quotes\" & <angles>", "");
        p.put("notAString", 42); try { p.storeToXML(new ByteArrayOutputStream(), null); } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); } p.remove("notAString");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        p.storeToXML(b, "Config file\nsecond line <&>");
        show(b.toByteArray(), "UTF-8");
        Properties back = new Properties();
        back.loadFromXML(new ByteArrayInputStream(b.toByteArray()));
        Properties strings = new Properties(); for (String k : p.stringPropertyNames()) strings.setProperty(k, p.getProperty(k));
        System.out.println(back.equals(strings) + " " + back.size() + " " + back.getProperty("unicode").length() + " " + new TreeMap<>(back).firstKey());
        b.reset(); p.storeToXML(b, null, "ISO-8859-1"); show(b.toByteArray(), "ISO-8859-1");
        Properties back2 = new Properties(); back2.loadFromXML(new ByteArrayInputStream(b.toByteArray()));
        System.out.println(back2.equals(strings));
        b.reset(); p.storeToXML(b, "", StandardCharsets.US_ASCII); show(b.toByteArray(), "US-ASCII");
        b.reset(); p.storeToXML(b, "utf16", StandardCharsets.UTF_16); System.out.println(b.size());
        Properties back3 = new Properties(); back3.loadFromXML(new ByteArrayInputStream(b.toByteArray())); System.out.println(back3.equals(strings));
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n<!-- leading comment -->\n<properties>\n<comment>hi</comment>\n<entry key=\"a\">1 &amp; &lt;2&gt; &#65;&#x42; &quot;q&apos; &#x263A;</entry>\n  <entry key=\"b\"/>\n<entry key=\"c\"><![CDATA[<raw>&]]></entry>\n<!-- comment -->\n<entry key='d'>multi\r\nline</entry>\n<entry key=\"sp&#9;ace\">  padded  </entry>\n</properties>\n<!-- trailing -->\n";
        Properties q = new Properties(); q.loadFromXML(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<Object, Object> e : new TreeMap<>(q).entrySet()) System.out.println("[" + e.getKey() + "]=[" + e.getValue() + "]");
        Properties latin = new Properties(); latin.loadFromXML(new ByteArrayInputStream("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\"><properties><entry key=\"k\">\u00e9t\u00e9</entry></properties>".getBytes(StandardCharsets.ISO_8859_1)));
        System.out.println(latin);
        String[] bad = {"<properties><entry key=\"a\">x</entry></properties>", "<props/>", "<?xml version=\"1.0\"?><!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\"><properties><entry key=\"a\">x</entry>", "not xml"};
        for (String bd : bad) {
            try { new Properties().loadFromXML(new ByteArrayInputStream(bd.getBytes())); System.out.println("loaded?"); } catch (InvalidPropertiesFormatException e) { System.out.println("IPFE " + e.getMessage()); }
        }
        try { new Properties().storeToXML(new ByteArrayOutputStream(), "c", "NOPE-ENC"); } catch (UnsupportedEncodingException e) { System.out.println("UEE " + e.getMessage()); }
        try { new Properties().storeToXML(null, "c"); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        try { new Properties().loadFromXML(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        boolean[] closed = {false};
        InputStream tracking = new ByteArrayInputStream("<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\"><properties/>".getBytes()) { public void close() { closed[0] = true; } };
        Properties empty = new Properties(); empty.loadFromXML(tracking); System.out.println(empty.isEmpty() + " closed=" + closed[0]);
        Properties defs = new Properties(); defs.setProperty("fromDefault", "d"); Properties withDefs = new Properties(defs); withDefs.setProperty("own", "o");
        b.reset(); withDefs.storeToXML(b, null); show(b.toByteArray(), "UTF-8");
            validation();
    }
    static void validation() throws Exception {
 String h = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n";
 String[] bodies = {"<!-- c -->\n<properties/>", "<properties><entry key=\"a\">&#x263A;</entry></properties>", "<properties><entry key=\"sp&#9;ace\">x</entry></properties>", "<properties><entry key='d'>m\r\nl</entry></properties>", "<properties/>\n<!-- trailing -->\n", "<properties><entry key=\"c\"><![CDATA[<raw>&]]></entry></properties>", "<properties><entry key=\"a\">&quot;q&apos;</entry></properties>", "<properties>\n  <entry key=\"b\"/>\n</properties>", "<properties><entry key=\"a\">x<comment>y</comment>z</entry></properties>", "<properties><entry key=\"a\">1</entry><comment>late</comment><entry key=\"b\">2</entry></properties>", "<properties><foo/></properties>", "<properties><entry>x</entry></properties>", "<properties><comment/><comment/></properties>", "<properties>text<entry key=\"a\">1</entry></properties>"};
 for (String b : bodies) { Properties p = new Properties(); try { p.loadFromXML(new ByteArrayInputStream((h + b).getBytes("UTF-8"))); System.out.println("OK " + new TreeMap<>(p)); } catch (Exception e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); } }
 for (String d : new String[]{"<!DOCTYPE props SYSTEM \"http://java.sun.com/dtd/properties.dtd\"><props/>", "<!DOCTYPE properties SYSTEM \"other.dtd\"><properties/>", "<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\" [ ]><properties/>", "<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\"><other/>"}) { Properties p = new Properties(); try { p.loadFromXML(new ByteArrayInputStream(d.getBytes("UTF-8"))); System.out.println("OK " + p); } catch (Exception e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); } }
    }
}
