package invoke;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;

class DefinedPayload {
    static int created;

    DefinedPayload() {
        created++;
    }

    @Override
    public String toString() {
        return "payload #" + created;
    }
}

public class DefineClass {
    interface Action {
        Object run() throws Throwable;
    }

    static void attempt(String what, Action action) {
        try {
            System.out.println(what + ": " + action.run());
        } catch (Throwable t) {
            System.out.println(what + ": " + t);
        }
    }

    public static void main(String[] args) throws Throwable {
        byte[] bytes;
        try (InputStream in = DefineClass.class.getResourceAsStream("DefinedPayload.class")) {
            bytes = in.readAllBytes();
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        Class<?> defined = lookup.defineClass(bytes);
        System.out.println("defined " + defined.getName() + " "
                + (defined.getClassLoader() == DefineClass.class.getClassLoader()));
        Object instance = defined.getDeclaredConstructor().newInstance();
        System.out.println("instance " + instance);
        System.out.println("same class " + (new DefinedPayload().getClass() == defined) + " "
                + DefinedPayload.created);
        attempt("again", () -> lookup.defineClass(bytes));
        attempt("foreign lookup", () -> lookup.in(String.class).defineClass(bytes));
        attempt("public lookup", () -> MethodHandles.publicLookup().defineClass(bytes));
        // The same class renamed to package "invokx" (a name of the same length).
        byte[] other = bytes.clone();
        byte[] from = "invoke/DefinedPayload".getBytes("UTF-8");
        for (int i = 0; i + from.length <= other.length; i++) {
            boolean match = true;
            for (int j = 0; j < from.length && match; j++) {
                match = other[i + j] == from[j];
            }
            if (match) {
                other[i + 5] = 'x';
            }
        }
        attempt("other package", () -> lookup.defineClass(other));
        attempt("garbage", () -> lookup.defineClass(new byte[] {1, 2, 3}));
        attempt("empty", () -> lookup.defineClass(new byte[0]));
    }
}
