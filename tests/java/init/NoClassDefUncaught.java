package init;

public class NoClassDefUncaught {
    static class Broken {
        static int x = 1 / Integer.parseInt("0");
        static int get() { return x; }
    }

    public static void main(String[] args) {
        try {
            System.out.println(Broken.get());
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: " + e.getCause());
        }
        System.out.println("second use escapes:");
        System.out.println(Broken.get());
    }
}
