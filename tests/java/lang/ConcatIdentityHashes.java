package lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Identity hashes as HotSpot 17 gives them after string concatenations: its
 * StringConcatFactory bootstrap spins lambda-form classes (one identity hash each), as many
 * as its method-handle caches lack for the call site's shape, so later objects' hashes
 * depend on every concatenation shape linked before. Also the Class objects of application
 * classes, which HotSpot's loader hashes when it defines them.
 */
public class ConcatIdentityHashes {
    static class Foo {
    }

    static class Bar {
    }

    enum Color { RED, GREEN, BLUE, CYAN, MAGENTA, YELLOW, BLACK, WHITE }

    static final List<String> results = new ArrayList<>();

    static void mark(String what) {
        System.out.println(what + ": " + Integer.toHexString(System.identityHashCode(new Object())));
    }

    public static void main(String[] args) {
        Object o = new Object();
        System.out.println(o);
        int x = 5;
        String s = "x=" + x + " " + o;
        System.out.println(s);
        System.out.println(new Foo() + " and " + new Foo());
        System.out.println("n " + 3.5 + 'c' + 7L);
        System.out.println(new Foo());

        long l = 7L;
        char c = 'c';
        boolean b = true;
        double d = 1.5;
        float f = 2.5f;
        byte by = 1;
        short sh = 2;
        int[] array = {1, 2};
        StringBuilder builder = new StringBuilder("sb");
        CharSequence chars = "cs";
        String nothing = null;
        results.add("p" + x);
        mark("int");
        results.add("q" + x);
        mark("int again");
        results.add("p" + c + "," + b);
        mark("char boolean");
        results.add("p" + by + sh);
        mark("byte short");
        results.add("p" + l);
        mark("long");
        results.add(s + l + "!");
        mark("String long suffix");
        results.add(l + s);
        mark("long String");
        results.add("p" + d);
        mark("double");
        results.add("p" + f);
        mark("float");
        results.add("p" + f + d + x + l + c);
        mark("float double int long char");
        results.add(s + s);
        mark("String String");
        results.add("p" + s);
        mark("prefix String");
        results.add(s + "q");
        mark("String suffix");
        results.add(s + nothing + builder + chars + array.length + array[0]);
        mark("six");
        results.add("[" + s + "|" + x + "|" + l + "|" + d + "|" + c + "|" + b + "|" + f + "|" + s
                + "|" + x + "|" + l + "|" + builder + "|" + chars + "]");
        mark("twelve");
        results.add("[" + s + "|" + x + "|" + l + "|" + d + "|" + c + "|" + b + "|" + f + "|" + s
                + "|" + x + "|" + l + "|" + builder + "|" + chars + "]");
        mark("twelve, same shape");
        results.add("\u0001" + x + "\u0002" + s);
        mark("tag characters");
        for (int i = 0; i < 300; i++) {
            results.add("loop " + i + " " + (i * 2L));
        }
        mark("loop");
        System.out.println(results.get(results.size() - 1) + " " + results.size());

        Set<Object> objects = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            objects.add(i % 2 == 0 ? new Foo() : new Bar());
        }
        StringBuilder order = new StringBuilder();
        for (Object e : objects) {
            order.append(e.getClass().getSimpleName()).append(' ');
        }
        System.out.println(order);
        System.out.println(objects.size() + " " + new Bar());
        Map<Color, Integer> colors = new HashMap<>();
        for (Color color : Color.values()) {
            colors.put(color, color.ordinal());
        }
        System.out.println(colors);
        Set<Class<?>> classes = new HashSet<>(
                List.of(ConcatIdentityHashes.class, Foo.class, Bar.class, Color.class));
        System.out.println(classes);
        System.out.println(Integer.toHexString(ConcatIdentityHashes.class.hashCode()) + " "
                + Integer.toHexString(Foo.class.hashCode()) + " "
                + Integer.toHexString(Color.class.hashCode()));
        mark("end");
    }
}
