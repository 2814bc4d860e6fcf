package reflection;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

public class GenericTypes {
    static class Box<T extends Comparable<T>> implements Comparable<Box<T>>, Serializable {
        T value;
        List<? extends Number> numbers;
        Map<String, ? super Integer> sink;
        T[] array;
        List<T>[] lists;
        List<String[]> stringArrays;
        List<int[]> intArrays;
        Map.Entry<String, List<T>> entry;
        int plain;
        String text;
        List<?> anything;
        Inner inner;

        Box(T value, List<? super T> out) {}

        public int compareTo(Box<T> o) {
            return 0;
        }

        <R extends Number & Comparable<R>> R convert(Function<? super T, R> f, R... rs)
                throws IllegalStateException {
            return null;
        }

        <E extends Exception> void fail(E e) throws E, java.io.IOException {}

        static <K, V extends List<K>> Map<K, V> make(K k) {
            return null;
        }

        String nothing(int a, String b) {
            return b;
        }

        class Inner {
            List<T> items;
        }
    }

    static class Outer<A> {
        class Nested<B> {}

        Nested<String> nested;
        Outer<Integer>.Nested<Long> qualified;
    }

    static class StringList extends ArrayList<String> implements Comparator<String> {
        public int compare(String a, String b) {
            return 0;
        }
    }

    interface Mapper<I, O> extends Function<I, O>, Serializable {}

    record Pair<L, R>(L left, List<R> right) {}

    static String describe(Type t) {
        if (t == null) {
            return "null";
        }
        if (t instanceof Class) {
            return "Class(" + ((Class<?>) t).getName() + ")";
        }
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            StringBuilder sb = new StringBuilder("PT(raw=" + describe(p.getRawType()) + ", owner="
                    + describe(p.getOwnerType()) + ", args=[");
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(describe(args[i]));
            }
            return sb.append("])").toString();
        }
        if (t instanceof TypeVariable) {
            TypeVariable<?> v = (TypeVariable<?>) t;
            Object decl = v.getGenericDeclaration();
            String where = decl instanceof Class ? ((Class<?>) decl).getSimpleName()
                    : decl instanceof Method ? ((Method) decl).getName() : "ctor";
            return "TV(" + v.getName() + " of " + where + ")";
        }
        if (t instanceof WildcardType) {
            WildcardType w = (WildcardType) t;
            return "WT(upper=" + list(w.getUpperBounds()) + ", lower=" + list(w.getLowerBounds())
                    + ")";
        }
        if (t instanceof GenericArrayType) {
            return "GAT(" + describe(((GenericArrayType) t).getGenericComponentType()) + ")";
        }
        return "?";
    }

    static String list(Type[] ts) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ts.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(describe(ts[i]));
        }
        return sb.append(']').toString();
    }

    static String names(Type[] ts) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ts.length; i++) {
            if (i > 0) sb.append(" | ");
            sb.append(ts[i].getTypeName()).append(" / ").append(ts[i]);
        }
        return sb.append(']').toString();
    }

    static void typeParams(String label, TypeVariable<?>[] vars) {
        System.out.print(label + ":");
        for (TypeVariable<?> v : vars) {
            System.out.print(" " + v + " bounds " + names(v.getBounds()));
        }
        System.out.println();
    }

    public static void main(String[] args) throws Exception {
        Class<?> box = Box.class;
        typeParams("Box", box.getTypeParameters());
        System.out.println("super " + describe(box.getGenericSuperclass()));
        System.out.println("interfaces " + list(box.getGenericInterfaces()));
        System.out.println("names " + names(box.getGenericInterfaces()));
        String[] fieldNames = {"value", "numbers", "sink", "array", "lists", "stringArrays",
                "intArrays", "entry", "plain", "text", "anything", "inner"};
        for (String name : fieldNames) {
            Field f = box.getDeclaredField(name);
            Type t = f.getGenericType();
            System.out.println(name + ": " + t.getTypeName() + " = " + describe(t));
            System.out.println("  " + f.toGenericString());
        }
        Method convert = null, fail = null, make = null, nothing = null;
        for (Method m : box.getDeclaredMethods()) {
            switch (m.getName()) {
                case "convert": convert = m; break;
                case "fail": fail = m; break;
                case "make": make = m; break;
                case "nothing": nothing = m; break;
            }
        }
        for (Method m : new Method[] {convert, fail, make, nothing}) {
            System.out.println(m.getName() + ":");
            typeParams("  params", m.getTypeParameters());
            System.out.println("  return " + describe(m.getGenericReturnType()));
            System.out.println("  parameters " + list(m.getGenericParameterTypes()));
            System.out.println("  exceptions " + list(m.getGenericExceptionTypes()));
            System.out.println("  " + m.toGenericString());
            System.out.println("  " + m);
        }
        for (java.lang.reflect.Parameter p : convert.getParameters()) {
            System.out.println("  param " + p + " : " + p.getParameterizedType());
        }
        Constructor<?> ctor = box.getDeclaredConstructors()[0];
        System.out.println("ctor " + list(ctor.getGenericParameterTypes()) + " "
                + ctor.getTypeParameters().length);
        System.out.println("  " + ctor.toGenericString());

        Class<?> inner = Box.Inner.class;
        Type items = inner.getDeclaredField("items").getGenericType();
        System.out.println("inner items " + describe(items));

        Type nested = Outer.class.getDeclaredField("nested").getGenericType();
        System.out.println("nested " + nested + " = " + describe(nested));
        Type qualified = Outer.class.getDeclaredField("qualified").getGenericType();
        System.out.println("qualified " + qualified + " = " + describe(qualified));

        System.out.println("StringList " + StringList.class.getGenericSuperclass() + " "
                + Arrays.toString(StringList.class.getGenericInterfaces()));
        System.out.println("Mapper " + Arrays.toString(Mapper.class.getGenericInterfaces())
                + " super " + Mapper.class.getGenericSuperclass());
        typeParams("Mapper", Mapper.class.getTypeParameters());
        typeParams("HashMap", HashMap.class.getTypeParameters());
        typeParams("String", String.class.getTypeParameters());
        System.out.println("Object " + Object.class.getGenericSuperclass() + " "
                + Arrays.toString(Object.class.getGenericInterfaces()));
        System.out.println("int[] " + int[].class.getGenericSuperclass() + " "
                + Arrays.toString(int[].class.getGenericInterfaces()));
        System.out.println("Runnable " + Runnable.class.getGenericSuperclass());
        System.out.println("Pair " + Arrays.toString(Pair.class.getTypeParameters()) + " "
                + Pair.class.getRecordComponents()[1].getGenericType() + " "
                + Pair.class.getRecordComponents()[1].getGenericSignature() + " "
                + Pair.class.getRecordComponents()[0].getGenericSignature());

        // equals / hashCode consistency between separately obtained types.
        Type a = box.getDeclaredField("entry").getGenericType();
        Type b = box.getDeclaredField("entry").getGenericType();
        System.out.println("equal " + a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " "
                + (a == b));
        TypeVariable<?> t1 = box.getTypeParameters()[0];
        TypeVariable<?> t2 = (TypeVariable<?>) box.getDeclaredField("value").getGenericType();
        System.out.println("tv equal " + t1.equals(t2) + " " + (t1.hashCode() == t2.hashCode())
                + " decl " + (t1.getGenericDeclaration() == box));
        Type w1 = ((ParameterizedType) box.getDeclaredField("anything").getGenericType())
                .getActualTypeArguments()[0];
        Type w2 = ((ParameterizedType) box.getDeclaredField("numbers").getGenericType())
                .getActualTypeArguments()[0];
        System.out.println("wildcards " + w1.equals(w2) + " " + w1.equals(w1) + " "
                + (w1.hashCode() == ((WildcardType) w1).hashCode()));
        Type g1 = box.getDeclaredField("lists").getGenericType();
        Type g2 = box.getDeclaredField("lists").getGenericType();
        System.out.println("arrays " + g1.equals(g2) + " " + g1.equals(a) + " "
                + (g1.hashCode() == g2.hashCode()));
        System.out.println(((ParameterizedType) a).getRawType() == Map.Entry.class);
        System.out.println(((ParameterizedType) a).getOwnerType() == Map.class);
        for (Class<?> c : new Class<?>[] {Box.class, Box[][].class, Mapper.class, Pair.class,
                HashMap.class, String.class, int.class, Runnable.class, Override.class,
                java.util.concurrent.TimeUnit.class, Outer.Nested.class, Comparable[].class}) {
            System.out.println(c.toGenericString());
        }
        Class<?> impl = a.getClass();
        System.out.println(impl.getName() + " " + t1.getClass().getName() + " "
                + w1.getClass().getName() + " " + g1.getClass().getName());
    }
}
