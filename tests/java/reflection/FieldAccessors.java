package reflection;

import java.lang.reflect.*;
import java.util.*;
public class FieldAccessors {
    static class H {
        boolean z = true; byte b = 1; char c = 'c'; short s = 2; int i = 3; long j = 4; float f = 5.5f; double d = 6.5;
        String str = "s"; Object obj = 1; Integer boxed = 9; Number num = 1.5;
        final int fi = 10; static int si = 11; static final int sfi = 12; final String fstr = "fs"; static final Object SFO = new Object();
        volatile long vj = 7;
    }
    interface Op { Object run() throws Exception; }
    static void t(String label, Op op) {
        try { Object r = op.run(); System.out.println(label + " -> " + (r instanceof int[] ? "int[]" : r)); }
        catch (Exception e) { System.out.println(label + " -> " + e.getClass().getSimpleName() + ": " + cut(e.getMessage())); }
    }
    /** Messages naming the unnamed module end with its identity hash: cut it off. */
    static String cut(String m) {
        return m == null ? null : m.replaceAll("unnamed module @[0-9a-f]+", "unnamed module");
    }
    public static void main(String[] args) throws Exception {
        H h = new H();
        for (Field f : new Field[]{H.class.getDeclaredField("z"), H.class.getDeclaredField("b"), H.class.getDeclaredField("c"), H.class.getDeclaredField("s"), H.class.getDeclaredField("i"), H.class.getDeclaredField("j"), H.class.getDeclaredField("f"), H.class.getDeclaredField("d"), H.class.getDeclaredField("str"), H.class.getDeclaredField("obj"), H.class.getDeclaredField("boxed"), H.class.getDeclaredField("num"), H.class.getDeclaredField("fi"), H.class.getDeclaredField("si"), H.class.getDeclaredField("vj")}) {
            String n = f.getName();
            t(n + ".get", () -> f.get(h));
            t(n + ".getBoolean", () -> f.getBoolean(h));
            t(n + ".getByte", () -> f.getByte(h));
            t(n + ".getChar", () -> f.getChar(h));
            t(n + ".getShort", () -> f.getShort(h));
            t(n + ".getInt", () -> f.getInt(h));
            t(n + ".getLong", () -> f.getLong(h));
            t(n + ".getFloat", () -> f.getFloat(h));
            t(n + ".getDouble", () -> f.getDouble(h));
            t(n + ".setBoolean", () -> { f.setBoolean(h, false); return f.get(h); });
            t(n + ".setByte", () -> { f.setByte(h, (byte) 21); return f.get(h); });
            t(n + ".setChar", () -> { f.setChar(h, 'Z'); return f.get(h); });
            t(n + ".setShort", () -> { f.setShort(h, (short) 22); return f.get(h); });
            t(n + ".setInt", () -> { f.setInt(h, 23); return f.get(h); });
            t(n + ".setLong", () -> { f.setLong(h, 24L); return f.get(h); });
            t(n + ".setFloat", () -> { f.setFloat(h, 25.5f); return f.get(h); });
            t(n + ".setDouble", () -> { f.setDouble(h, 26.5); return f.get(h); });
            for (Object v : new Object[]{true, (byte) 1, 'q', (short) 2, 3, 4L, 5.5f, 6.5, "x", null, new int[0], new StringBuilder("sb")}) {
                t(n + ".set(" + (v == null ? "null" : v.getClass().getSimpleName()) + ")", () -> { f.set(h, v); return f.get(h); });
            }
            t(n + ".get(null)", () -> f.get(null));
            t(n + ".get(wrong)", () -> f.get("wrong"));
            t(n + ".setInt(wrong)", () -> { f.setInt("wrong", 1); return null; });
            t(n + ".set(null,1)", () -> { f.set(null, 1); return null; });
        }
        Field fi = H.class.getDeclaredField("fi");
        t("fi.setInt final", () -> { fi.setInt(h, 1); return null; });
        t("fi.set final", () -> { fi.set(h, 1); return null; });
        fi.setAccessible(true);
        t("fi.setInt final acc", () -> { fi.setInt(h, 1); return fi.get(h); });
        t("fi.set wrong acc", () -> { fi.set(h, "x"); return null; });
        Field sfi = H.class.getDeclaredField("sfi");
        sfi.setAccessible(true);
        t("sfi.setInt", () -> { sfi.setInt(null, 1); return null; });
        t("sfi.set", () -> { sfi.set(null, 1L); return null; });
        t("sfi.setLong", () -> { sfi.setLong(null, 1L); return null; });
        Field fstr = H.class.getDeclaredField("fstr");
        t("fstr.set", () -> { fstr.set(h, "n"); return null; });
        t("fstr.set wrong", () -> { fstr.set(h, 1); return null; });
        t("fstr.set null", () -> { fstr.set(h, null); return null; });
        Field sfo = H.class.getDeclaredField("SFO");
        t("SFO.set", () -> { sfo.set(null, 1); return null; });
        t("SFO.set null", () -> { sfo.set(null, null); return null; });
        t("SFO.setInt", () -> { sfo.setInt(null, 1); return null; });
        Field pf = Integer.class.getDeclaredField("value");
        t("Integer.value get", () -> pf.get(5));
        t("Integer.value setAccessible", () -> { pf.setAccessible(true); return null; });
        t("Integer.value trySetAccessible", () -> pf.trySetAccessible());
        t("Integer.value canAccess", () -> pf.canAccess(5));
        t("Integer.value canAccess(null)", () -> pf.canAccess(null));
        t("Integer.MAX_VALUE canAccess", () -> Integer.class.getField("MAX_VALUE").canAccess(null));
        t("Integer.MAX_VALUE canAccess(obj)", () -> Integer.class.getField("MAX_VALUE").canAccess(3));
        t("Integer.MAX_VALUE setAccessible", () -> { Field m = Integer.class.getField("MAX_VALUE"); m.setAccessible(true); return m.get(null); });
        t("ArrayList.size setAccessible", () -> { java.lang.reflect.Method m = ArrayList.class.getMethod("size"); m.setAccessible(true); return m.invoke(new ArrayList<>(List.of(1, 2))); });
        t("ArrayList.grow setAccessible", () -> { java.lang.reflect.Method m = ArrayList.class.getDeclaredMethod("grow", int.class); m.setAccessible(true); return null; });
        t("ArrayList.elementData trySetAccessible", () -> ArrayList.class.getDeclaredField("elementData").trySetAccessible());
        t("ArrayList.elementData setAccessible(false)", () -> { ArrayList.class.getDeclaredField("elementData").setAccessible(false); return "no check"; });
        t("String(char[]) ctor", () -> { java.lang.reflect.Constructor<String> c = String.class.getConstructor(char[].class); c.setAccessible(true); return c.newInstance((Object) new char[]{'o', 'k'}); });
        t("AccessibleObject.setAccessible[]", () -> { AccessibleObject.setAccessible(new AccessibleObject[]{H.class.getDeclaredField("i"), Integer.class.getDeclaredField("value")}, true); return null; });
        Field hi = H.class.getDeclaredField("i");
        t("H.i after failed batch", () -> hi.canAccess(h));
        t("H.i canAccess(wrong)", () -> hi.canAccess("x"));
        t("H.si canAccess(obj)", () -> H.class.getDeclaredField("si").canAccess(h));
        t("H.i trySetAccessible", () -> hi.trySetAccessible());
        t("Class ctor", () -> { java.lang.reflect.Constructor<?> c = Class.class.getDeclaredConstructors()[0]; return c.trySetAccessible(); });
    }
}
