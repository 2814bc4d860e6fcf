package reflection;

import java.lang.reflect.Array;
import java.util.*;
public class ArrayAccess {
    interface Op { Object run() throws Exception; }
    static void t(String label, Op op) {
        try { Object r = op.run(); System.out.println(label + " -> " + (r == null ? "ok" : r)); }
        catch (Exception e) { System.out.println(label + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
    }
    public static void main(String[] args) {
        Object[] arrays = { new boolean[]{true}, new byte[]{-3}, new char[]{'A'}, new short[]{-300}, new int[]{70000}, new long[]{1L << 40}, new float[]{1.5f}, new double[]{2.25}, new String[]{"s"}, new Object[]{7}, "str", null };
        for (Object a : arrays) {
            String n = a == null ? "null" : a.getClass().getSimpleName();
            t(n + ".get", () -> Array.get(a, 0));
            t(n + ".getBoolean", () -> Array.getBoolean(a, 0));
            t(n + ".getByte", () -> Array.getByte(a, 0));
            t(n + ".getChar", () -> Array.getChar(a, 0));
            t(n + ".getShort", () -> Array.getShort(a, 0));
            t(n + ".getInt", () -> Array.getInt(a, 0));
            t(n + ".getLong", () -> Array.getLong(a, 0));
            t(n + ".getFloat", () -> Array.getFloat(a, 0));
            t(n + ".getDouble", () -> Array.getDouble(a, 0));
            t(n + ".getInt[5]", () -> Array.getInt(a, 5));
            t(n + ".get[-1]", () -> Array.get(a, -1));
            t(n + ".setBoolean", () -> { Array.setBoolean(a, 0, true); return Array.get(a, 0); });
            t(n + ".setByte", () -> { Array.setByte(a, 0, (byte) 5); return Array.get(a, 0); });
            t(n + ".setChar", () -> { Array.setChar(a, 0, 'z'); return Array.get(a, 0); });
            t(n + ".setShort", () -> { Array.setShort(a, 0, (short) 6); return Array.get(a, 0); });
            t(n + ".setInt", () -> { Array.setInt(a, 0, 7); return Array.get(a, 0); });
            t(n + ".setLong", () -> { Array.setLong(a, 0, 8L); return Array.get(a, 0); });
            t(n + ".setFloat", () -> { Array.setFloat(a, 0, 9.5f); return Array.get(a, 0); });
            t(n + ".setDouble", () -> { Array.setDouble(a, 0, 10.25); return Array.get(a, 0); });
            t(n + ".setInt[9]", () -> { Array.setInt(a, 9, 7); return null; });
            for (Object v : new Object[]{true, (byte) 1, 'c', (short) 2, 3, 4L, 5.5f, 6.5, "x", null}) {
                t(n + ".set(" + (v == null ? "null" : v.getClass().getSimpleName()) + ")", () -> { Array.set(a, 0, v); return Array.get(a, 0); });
            }
            t(n + ".set(null)[9]", () -> { Array.set(a, 9, null); return null; });
            t(n + ".set(x)[9]", () -> { Array.set(a, 9, "x"); return null; });
            t(n + ".getLength", () -> Array.getLength(a));
        }
        t("newInstance void", () -> Array.newInstance(void.class, 1));
        t("newInstance neg", () -> Array.newInstance(int.class, -1));
        t("newInstance dims", () -> Arrays.deepToString((Object[]) Array.newInstance(int.class, 2, 0)));
        t("newInstance nodims", () -> Array.newInstance(int.class, new int[0]));
        t("newInstance neg dims", () -> Array.newInstance(int.class, 2, -5));
        t("newInstance String[][]", () -> Array.newInstance(String[].class, 2).getClass().getName());
        t("newInstance null", () -> Array.newInstance(null, 2));
    }
}
