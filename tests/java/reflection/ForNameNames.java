package reflection;

/** Class.forName and ClassLoader.loadClass with odd names: primitive keywords, slashes,
 *  malformed array descriptors, missing element classes, the boot loader. */
public class ForNameNames {
    static class Inner {}

    public static void main(String[] args) throws Exception {
        String[] names = {
            "int", "void", "boolean", "[I", "[[D", "[V", "[int", "I", "java.lang.String",
            "java/lang/String", "[Ljava.lang.String;", "[Ljava/lang/String;", "[Ljava.lang.String",
            "[Lreflection.ForNameNames;", "reflection.ForNameNames", "reflection.fornamenames", "", "[", "[[",
            "java.lang.Integer.TYPE", "Ljava.lang.String;", "[Lint;", "[L;", "java.util.Map$Entry",
            "java.util.Map.Entry", " reflection.ForNameNames", "reflection.ForNameNames$Inner",
            "[Lreflection.ForNameNames$Inner;", "java.lang.Nope", "[Lnope.Foo;", "[[Lnope.Foo;", "a..b",
            "a.", ".a", "a;b", "a[b", "[Ljava.lang.String;;", "[J;", "a b", "\u00e9t\u00e9", "[L/x;",
            "[La//b;", "[La/;", "[Ljava.lang.Object;", "[[[Ljava.util.List;", "[".repeat(255) + "I",
            "[".repeat(256) + "I", "reflection.ForNameNames$Nope"
        };
        ClassLoader cl = ForNameNames.class.getClassLoader();
        for (String n : names) {
            String shown = n.length() > 40 ? n.substring(0, 10) + "...(" + n.length() + ")" : n;
            try {
                System.out.println("forName(" + shown + ") = " + Class.forName(n).getName().length());
            } catch (Throwable e) {
                System.out.println("forName(" + shown + ") ! " + e.getClass().getName() + ": " + abbreviate(e.getMessage()));
            }
            try {
                System.out.println("  no-init app: " + Class.forName(n, false, cl).getTypeName());
            } catch (Throwable e) {
                System.out.println("  no-init app ! " + e.getClass().getName() + ": " + abbreviate(e.getMessage()));
            }
            try {
                System.out.println("  boot: " + Class.forName(n, false, null).getTypeName());
            } catch (Throwable e) {
                System.out.println("  boot ! " + e.getClass().getName() + ": " + abbreviate(e.getMessage()));
            }
            try {
                System.out.println("  loadClass: " + cl.loadClass(n).getTypeName());
            } catch (Throwable e) {
                System.out.println("  loadClass ! " + e.getClass().getName() + ": " + abbreviate(e.getMessage()));
            }
        }
        try {
            Class.forName(null);
        } catch (NullPointerException e) {
            System.out.println("null name: NullPointerException");
        }
        System.out.println(int.class.getName() + " " + Integer.TYPE + " " + void.class + " " + int[].class.getComponentType());
    }

    static String abbreviate(String s) {
        return s != null && s.length() > 40 ? s.substring(0, 10) + "...(" + s.length() + ")" : s;
    }
}
