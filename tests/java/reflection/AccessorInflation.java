package reflection;

import java.lang.reflect.*;
import java.util.*;

/** JDK 17 reflection inflation: after 16 calls through one root member, the generated
 *  accessor reports argument errors differently. */
public class AccessorInflation {
    public static long f(long a, int b) { return a + b; }
    public String g(String s, char c) { return s + c; }
    public static class Box {
        final int v;
        public Box(int v) { this.v = v; }
        public Box(String s) { this.v = s.length(); }
        Box() { this.v = -1; }
        @Override public String toString() { return "Box(" + v + ")"; }
    }

    static String msg(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + "(" + (m == null ? null : m.replaceAll("@[0-9a-f]+", "@hash")) + ")";
    }

    static void calls(String label, Method m, Object recv, Object[][] argsets) {
        StringBuilder sb = new StringBuilder(label + ":");
        for (Object[] a : argsets) {
            try { sb.append(' ').append(m.invoke(recv, a)); } catch (Exception e) { sb.append(' ').append(msg(e)); }
        }
        System.out.println(sb);
    }

    public static void main(String[] args) throws Exception {
        Method f = AccessorInflation.class.getMethod("f", long.class, int.class);
        Object[][] fargs = { {1, 2}, {1L, (short) 2}, {'a', 'b'}, {1.0, 2}, {1, 2L}, {null, 1}, {"x", 1}, {1}, {1, 2, 3}, null };
        for (int round = 0; round < 3; round++) calls("f round " + round, f, null, fargs);

        // getDeclaredMethod copies count apart from getMethod copies; copies of one kind share.
        Method d1 = AccessorInflation.class.getDeclaredMethod("f", long.class, int.class);
        for (int i = 0; i < 8; i++) calls("declared copy1 " + i, d1, null, new Object[][]{ {1, 1}, {1.5, 1} });
        Method d2 = AccessorInflation.class.getDeclaredMethod("f", long.class, int.class);
        for (int i = 0; i < 3; i++) calls("declared copy2 " + i, d2, null, new Object[][]{ {"s", 1} });
        Method fromList = null;
        for (Method m : AccessorInflation.class.getMethods()) if (m.getName().equals("f")) fromList = m;
        calls("getMethods copy", fromList, null, new Object[][]{ {"s", 1} });

        Method g = AccessorInflation.class.getMethod("g", String.class, char.class);
        AccessorInflation self = new AccessorInflation();
        Object[][] gargs = { {"a", 'b'}, {"a", 98}, {1, 'b'}, {null, 'c'}, {"a", null}, {new StringBuilder("sb"), 'x'} };
        for (int round = 0; round < 4; round++) {
            calls("g round " + round, g, self, gargs);
            calls("g wrong receiver " + round, g, "not me", new Object[][]{ {"a", 'b'} });
            try { g.invoke(null, "a", 'b'); } catch (Exception e) { System.out.println("g null receiver " + round + ": " + msg(e)); }
        }

        Constructor<Box> ci = Box.class.getConstructor(int.class);
        for (int round = 0; round < 4; round++) {
            StringBuilder sb = new StringBuilder("Box(int) round " + round + ":");
            for (Object a : new Object[]{1, 'c', 2L, null, "s"}) {
                try { sb.append(' ').append(ci.newInstance(a)); } catch (Exception e) { sb.append(' ').append(msg(e)); }
            }
            try { sb.append(' ').append(ci.newInstance()); } catch (Exception e) { sb.append(' ').append(msg(e)); }
            try { sb.append(' ').append(ci.newInstance((Object[]) null)); } catch (Exception e) { sb.append(' ').append(msg(e)); }
            System.out.println(sb);
        }
        Constructor<Box> cs = Box.class.getDeclaredConstructor(String.class);
        for (int round = 0; round < 6; round++) {
            StringBuilder sb = new StringBuilder("Box(String) round " + round + ":");
            for (Object a : new Object[]{"abc", 5}) {
                try { sb.append(' ').append(cs.newInstance(a)); } catch (Exception e) { sb.append(' ').append(msg(e)); }
            }
            try { sb.append(' ').append(cs.newInstance((Object) null)); } catch (Exception e) { sb.append(' ').append(e.getClass().getSimpleName() + "/" + e.getCause().getClass().getSimpleName()); }
            System.out.println(sb);
        }
        Method noArgs = Object.class.getMethod("hashCode");
        Method size = List.class.getMethod("size");
        List<Integer> list = List.of(1, 2, 3);
        StringBuilder sb = new StringBuilder("size:");
        for (int i = 0; i < 20; i++) {
            try { sb.append(' ').append(size.invoke(list, (Object[]) null)); } catch (Exception e) { sb.append(' ').append(msg(e)); }
            try { sb.append(' ').append(size.invoke(list, 1)); } catch (Exception e) { sb.append(' ').append(msg(e)); }
        }
        System.out.println(sb);
    }
}
