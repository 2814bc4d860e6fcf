package lang;

public class NativeLibraries {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + " loaded?");
        } catch (UnsatisfiedLinkError e) {
            String m = e.getMessage();
            // the search path itself is the host's
            int colon = m.indexOf("java.library.path:");
            System.out.println(label + ": " + e.getClass().getName() + ": " + (colon >= 0 ? m.substring(0, colon + 18) : m));
        }
    }

    public static void main(String[] args) {
        attempt("System.loadLibrary", () -> System.loadLibrary("nosuchlib"));
        attempt("Runtime.loadLibrary", () -> Runtime.getRuntime().loadLibrary("nosuchlib"));
        attempt("System.load relative", () -> System.load("libnosuch.so"));
        attempt("Runtime.load relative", () -> Runtime.getRuntime().load("libnosuch.so"));
        attempt("System.load absolute", () -> System.load("/nonexistent/libnosuch.so"));
        attempt("Runtime.load absolute", () -> Runtime.getRuntime().load("/nonexistent/libnosuch.so"));
        System.out.println(System.mapLibraryName("z"));
    }
}
