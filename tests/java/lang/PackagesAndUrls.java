package lang;

import java.lang.invoke.SerializedLambda;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Date;

public class PackagesAndUrls {
    public static void main(String[] args) throws Exception {
        Package p = PackagesAndUrls.class.getPackage();
        System.out.println(p.getName() + " | " + p + " | " + (p == String.class.getPackage()) + " "
                + (p == PackagesAndUrls.class.getPackage()) + " " + p.getImplementationVersion() + " " + p.isSealed());
        System.out.println(String.class.getPackage().getName() + " " + java.util.List.class.getPackage());
        System.out.println(int.class.getPackage() + " " + String[].class.getPackage() + " "
                + Thread.State.class.getPackage().getName());
        System.out.println(p.getAnnotations().length + " " + p.hashCode());

        String[] specs = {"http://example.com", "http://example.com/", "https://user:pw@example.com:8443/a/b/c.html?x=1&y=2#frag",
            "file:/tmp/x.txt", "file:///tmp/y.txt", "ftp://ftp.example.org/pub", "HTTP://Example.COM/Path",
            "mailto:someone@example.com", "jar:file:/a.jar!/b/C.class", "http://h:80/p?q", "http://h/p/../q/./r"};
        for (String s : specs) {
            URL u = new URL(s);
            System.out.println(u + " proto=" + u.getProtocol() + " host=" + u.getHost() + " port=" + u.getPort()
                    + " default=" + u.getDefaultPort() + " file=" + u.getFile() + " path=" + u.getPath()
                    + " query=" + u.getQuery() + " ref=" + u.getRef() + " auth=" + u.getAuthority()
                    + " user=" + u.getUserInfo());
        }
        URL base = new URL("http://example.com/docs/guide/index.html?x");
        for (String rel : new String[] {"other.html", "/root.html", "../up.html", "#sec", "?q=2", "https://x.org/"}) {
            System.out.println(rel + " -> " + new URL(base, rel));
        }
        System.out.println(new URL("http", "example.com", 8080, "/a?b#c") + " " + new URL("http", "h", "/f"));
        System.out.println(new URL("http://a.com/x").equals(new URL("http://a.com/x")) + " "
                + new URL("http://a.com/x").equals(new URL("http://a.com/y")) + " "
                + new URL("http://a.com/x").sameFile(new URL("http://a.com/x#r")));
        for (String bad : new String[] {"no-protocol", "xyz://foo", "http://h:x/", ""}) {
            try {
                new URL(bad);
                System.out.println(bad + " ok");
            } catch (MalformedURLException e) {
                System.out.println(bad + " -> " + e.getMessage());
            }
        }

        SerializedLambda sl = new SerializedLambda(PackagesAndUrls.class, "java/util/function/Function", "apply",
                "(Ljava/lang/Object;)Ljava/lang/Object;", 6, "lang/PackagesAndUrls", "lambda$main$0",
                "(Ljava/lang/String;)Ljava/lang/Integer;", "(Ljava/lang/String;)Ljava/lang/Integer;", new Object[] {"cap"});
        System.out.println(sl);
        System.out.println(sl.getCapturingClass() + " " + sl.getImplMethodKind() + " " + sl.getCapturedArgCount() + " "
                + sl.getCapturedArg(0) + " " + sl.getFunctionalInterfaceMethodName());

        Date d = new Date(1_700_000_000_123L);
        Date e = new Date(0);
        System.out.println(d.getTime() + " " + d.after(e) + " " + e.before(d) + " " + d.compareTo(e) + " "
                + d.equals(new Date(1_700_000_000_123L)) + " " + d.hashCode());
        Date now = new Date();
        System.out.println(now.getTime() > 1_600_000_000_000L);
    }
}
