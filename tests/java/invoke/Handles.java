package invoke;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

public class Handles {
    static int counter;
    static long big = 1L << 40;
    private static String secret = "hidden";
    int value;
    double ratio = 1.5;
    private String name;

    public Handles() {
        this("anonymous");
    }

    Handles(String name) {
        this.name = name;
    }

    static int twice(int x) {
        return 2 * x;
    }

    static long mix(int a, long b, double c, String d, char e, boolean f, byte g, short h,
            float i) {
        return a + b + (long) c + d.length() + e + (f ? 1 : 0) + g + h + (long) i;
    }

    static double half(double d) {
        return d / 2;
    }

    static void bump() {
        counter++;
    }

    static String join(String sep, Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (sb.length() > 0) {
                sb.append(sep);
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private String greet(String whom) {
        return name + " greets " + whom;
    }

    String describe() {
        return "Handles(" + name + ")";
    }

    static void fail(String message) {
        throw new IllegalStateException(message);
    }

    static class Base {
        String who() {
            return "base";
        }
    }

    static class Derived extends Base {
        @Override
        String who() {
            return "derived";
        }

        String superWho() throws Throwable {
            MethodHandle mh = MethodHandles.lookup().findSpecial(Base.class, "who",
                    MethodType.methodType(String.class), Derived.class);
            return (String) mh.invokeExact(this);
        }
    }

    interface Shape {
        double area();

        default String kind() {
            return "shape";
        }
    }

    static final class Square implements Shape {
        final double side;

        Square(double side) {
            this.side = side;
        }

        @Override
        public double area() {
            return side * side;
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        System.out.println("lookup " + lookup + " modes " + lookup.lookupModes());
        System.out.println("lookupClass " + lookup.lookupClass().getName());
        System.out.println("public " + MethodHandles.publicLookup() + " "
                + MethodHandles.publicLookup().lookupModes());
        MethodHandles.Lookup inString = lookup.in(String.class);
        System.out.println("in String " + inString + " " + inString.lookupModes());
        MethodHandles.Lookup inBase = lookup.in(Base.class);
        System.out.println("in Base " + inBase + " " + inBase.lookupModes());
        MethodHandles.Lookup priv = MethodHandles.privateLookupIn(Base.class, lookup);
        System.out.println("privateLookupIn " + priv + " " + priv.lookupModes());

        MethodHandle twice = lookup.findStatic(Handles.class, "twice",
                MethodType.methodType(int.class, int.class));
        System.out.println(twice + " " + twice.type());
        int r = (int) twice.invokeExact(21);
        System.out.println("invokeExact " + r);
        System.out.println("invoke boxed " + (Integer) twice.invoke(Integer.valueOf(5)));
        System.out.println("invoke widened " + (long) twice.invoke((short) 7));
        Object o = twice.invoke(8);
        System.out.println("invoke to Object " + o);
        System.out.println("invokeWithArguments " + twice.invokeWithArguments(9));
        System.out.println("invokeWithArguments list " + twice.invokeWithArguments(List.of(10)));

        MethodHandle mix = lookup.findStatic(Handles.class, "mix", MethodType.methodType(
                long.class, int.class, long.class, double.class, String.class, char.class,
                boolean.class, byte.class, short.class, float.class));
        long m = (long) mix.invokeExact(1, 100L, 2.75, "abc", 'A', true, (byte) 3, (short) 4,
                5.5f);
        System.out.println("mix " + m + " " + mix.type());

        MethodHandle half = lookup.findStatic(Handles.class, "half",
                MethodType.methodType(double.class, double.class));
        System.out.println("half " + (double) half.invokeExact(5.0) + " "
                + (double) half.invoke(3));

        MethodHandle bump = lookup.findStatic(Handles.class, "bump",
                MethodType.methodType(void.class));
        bump.invokeExact();
        bump.invoke();
        Object nothing = bump.invoke();
        System.out.println("bump " + counter + " " + nothing);

        MethodHandle join = lookup.findStatic(Handles.class, "join",
                MethodType.methodType(String.class, String.class, Object[].class));
        System.out.println("varargs " + join.isVarargsCollector() + " " + join);
        System.out.println("join " + (String) join.invoke("-", "a", "b", 3));
        System.out.println("join array " + (String) join.invoke("+", new Object[] {"x", "y"}));
        System.out.println("join none " + (String) join.invoke("+"));
        System.out.println("join iwa " + join.invokeWithArguments(",", 1, 2, 3));
        System.out.println("fixed " + join.asFixedArity().isVarargsCollector() + " "
                + (String) join.asFixedArity().invokeExact("/", new Object[] {"p", "q"}));

        Handles h = new Handles("h");
        MethodHandle greet = lookup.findVirtual(Handles.class, "greet",
                MethodType.methodType(String.class, String.class));
        System.out.println(greet + ": " + (String) greet.invokeExact(h, "you"));
        MethodHandle describe = lookup.findVirtual(Handles.class, "describe",
                MethodType.methodType(String.class));
        System.out.println((String) describe.invokeExact(h));
        MethodHandle bound = greet.bindTo(h);
        System.out.println(bound + ": " + (String) bound.invokeExact("them"));

        MethodHandle who = lookup.findVirtual(Base.class, "who",
                MethodType.methodType(String.class));
        System.out.println("virtual " + (String) who.invokeExact(new Base()) + " "
                + (String) who.invokeExact((Base) new Derived()));
        System.out.println("special " + new Derived().superWho());

        MethodHandle area = lookup.findVirtual(Shape.class, "area",
                MethodType.methodType(double.class));
        MethodHandle kind = lookup.findVirtual(Shape.class, "kind",
                MethodType.methodType(String.class));
        Shape sq = new Square(3);
        System.out.println("interface " + (double) area.invokeExact(sq) + " "
                + (String) kind.invokeExact(sq) + " " + area);

        MethodHandle size = lookup.findVirtual(List.class, "size",
                MethodType.methodType(int.class));
        System.out.println("List.size " + (int) size.invokeExact((List<?>) List.of(1, 2, 3)));
        MethodHandle concat = lookup.findVirtual(String.class, "concat",
                MethodType.methodType(String.class, String.class));
        System.out.println("concat " + (String) concat.invokeExact("foo", "bar"));
        MethodHandle valueOf = lookup.findStatic(String.class, "valueOf",
                MethodType.methodType(String.class, int.class));
        System.out.println("valueOf " + (String) valueOf.invokeExact(42));

        MethodHandle ctor = lookup.findConstructor(Handles.class,
                MethodType.methodType(void.class, String.class));
        Handles made = (Handles) ctor.invokeExact("made");
        System.out.println(ctor + " " + made.describe());
        MethodHandle listCtor = lookup.findConstructor(ArrayList.class,
                MethodType.methodType(void.class, int.class));
        Object list = listCtor.invoke(4);
        System.out.println(listCtor + " " + list);

        MethodHandle getValue = lookup.findGetter(Handles.class, "value", int.class);
        MethodHandle setValue = lookup.findSetter(Handles.class, "value", int.class);
        setValue.invokeExact(h, 17);
        System.out.println(getValue + " " + setValue + " " + (int) getValue.invokeExact(h));
        MethodHandle getRatio = lookup.findGetter(Handles.class, "ratio", double.class);
        System.out.println("ratio " + (double) getRatio.invokeExact(h));
        MethodHandle getName = lookup.findGetter(Handles.class, "name", String.class);
        System.out.println("name " + (String) getName.invokeExact(h));
        MethodHandle getBig = lookup.findStaticGetter(Handles.class, "big", long.class);
        MethodHandle setBig = lookup.findStaticSetter(Handles.class, "big", long.class);
        setBig.invokeExact(123456789012L);
        System.out.println(getBig + " " + setBig + " " + (long) getBig.invokeExact());
        MethodHandle getSecret = lookup.findStaticGetter(Handles.class, "secret",
                String.class);
        System.out.println("secret " + (String) getSecret.invokeExact());

        Method reflected = Handles.class.getDeclaredMethod("twice", int.class);
        MethodHandle un = lookup.unreflect(reflected);
        System.out.println("unreflect " + un + " " + (int) un.invokeExact(4));
        Method reflectedVirtual = Handles.class.getDeclaredMethod("describe");
        System.out.println("unreflect virtual " + lookup.unreflect(reflectedVirtual) + " "
                + (String) lookup.unreflect(reflectedVirtual).invokeExact(made));
        Constructor<Handles> c = Handles.class.getConstructor();
        MethodHandle unc = lookup.unreflectConstructor(c);
        System.out.println("unreflectConstructor " + unc + " "
                + ((Handles) unc.invokeExact()).describe());
        Field f = Handles.class.getDeclaredField("value");
        MethodHandle ug = lookup.unreflectGetter(f);
        MethodHandle us = lookup.unreflectSetter(f);
        us.invokeExact(made, 99);
        System.out.println("unreflect field " + ug + " " + us + " " + (int) ug.invokeExact(made));

        MethodHandle fail = lookup.findStatic(Handles.class, "fail",
                MethodType.methodType(void.class, String.class));
        try {
            fail.invokeExact("boom");
        } catch (IllegalStateException e) {
            System.out.println("propagated " + e);
        }
        try {
            String s = (String) describe.invokeExact((Handles) null);
            System.out.println(s);
        } catch (NullPointerException e) {
            System.out.println("null receiver " + e.getClass().getName());
        }
        MethodHandle nullHandle = null;
        try {
            int x = (int) nullHandle.invokeExact(1);
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("null handle " + e.getClass().getName());
        }

        // Hot loops: the call sites get compiled.
        long sum = 0;
        for (int i = 0; i < 20000; i++) {
            sum += (int) twice.invokeExact(i);
            sum += (long) twice.invoke(i & 7);
        }
        System.out.println("loop " + sum);
        double area2 = 0;
        for (int i = 0; i < 5000; i++) {
            area2 += (double) area.invokeExact((Shape) new Square(i % 10));
        }
        System.out.println("area loop " + area2);
    }
}
