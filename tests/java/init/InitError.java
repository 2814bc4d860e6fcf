package init;

public class InitError {
    static class Fragile {
        static int value = compute();
        static { System.out.println("Fragile static block (unreachable)"); }

        static int compute() {
            System.out.println("Fragile.compute()");
            int[] data = new int[2];
            return data[5];
        }

        static void use() { System.out.println("never printed"); }
    }

    static class Checked {
        static final String NAME;
        static {
            System.out.println("Checked.<clinit>");
            if (Boolean.parseBoolean("true")) throw new IllegalStateException("config missing");
            NAME = "x";
        }
    }

    static class Good {
        static { System.out.println("Good.<clinit>"); }
        static int v = 3;
    }

    public static void main(String[] args) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                System.out.println("attempt " + attempt + ": " + Fragile.value);
            } catch (Throwable t) {
                System.out.println("attempt " + attempt + ": " + t.getClass().getName() + ": " + t.getMessage());
                Throwable cause = t.getCause();
                if (cause != null) System.out.println("  cause: " + cause.getClass().getName() + ": " + cause.getMessage());
            }
        }
        try {
            Fragile.use();
        } catch (NoClassDefFoundError e) {
            System.out.println("static call: " + e.getMessage());
        }
        try {
            Object[] arr = new Fragile[2]; // array creation still works
            System.out.println("array ok: " + arr.length + " " + Fragile.class.getName());
        } catch (Throwable t) {
            System.out.println("unexpected " + t);
        }
        try {
            System.out.println(Checked.NAME);
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE: " + e.getMessage() + " / cause=" + e.getCause());
            System.out.println("  getException same as cause: " + (e.getException() == e.getCause()));
        }
        try {
            System.out.println(Checked.NAME);
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE: " + e.getMessage());
        }
        System.out.println("Good.v = " + Good.v);
    }
}
