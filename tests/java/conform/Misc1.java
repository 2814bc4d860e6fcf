package conform;
import java.util.*;
public class Misc1 {
    static class Pt implements Cloneable { int x, y; int[] arr = {1, 2}; Pt(int x, int y) { this.x = x; this.y = y; }
        @Override public Pt clone() { try { Pt p = (Pt) super.clone(); return p; } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
        @Override public boolean equals(Object o) { return o instanceof Pt p && p.x == x && p.y == y; }
        @Override public int hashCode() { return Objects.hash(x, y); }
        @Override public String toString() { return "(" + x + "," + y + ")"; } }
    static class NoClone { Object tryClone() throws CloneNotSupportedException { return super.clone(); } }
    interface A { default String who() { return "A"; } }
    interface B extends A { default String who() { return "B>" + A.super.who(); } }
    interface C extends A { }
    static class D implements B, C { }
    static class E implements B, C { public String who() { return "E>" + B.super.who(); } }
    static String label() {
        StringBuilder sb = new StringBuilder();
        outer: for (int i = 0; i < 5; i++) { for (int j = 0; j < 5; j++) { if (j == 3) continue outer; if (i == 3) break outer; sb.append(i).append(j).append(' '); } }
        return sb.toString();
    }
    public static void main(String[] args) throws Exception {
        Pt p = new Pt(1, 2); Pt q = p.clone(); q.x = 9; q.arr[0] = 99;
        System.out.println(p + " " + q + " " + (p.arr == q.arr) + " " + p.arr[0] + " " + p.equals(new Pt(1, 2)) + " " + new HashSet<>(List.of(p, new Pt(1, 2), q)).size() + " " + p.hashCode());
        try { new NoClone().tryClone(); } catch (CloneNotSupportedException e) { System.out.println(e); }
        int[][] m = {{1, 2}, {3, 4}}; int[][] mc = m.clone(); mc[0][0] = 7; mc[1] = new int[]{8}; System.out.println(Arrays.deepToString(m) + " " + Arrays.deepToString(mc));
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 2, 6); System.out.println(Arrays.toString(a));
        System.arraycopy(a, 4, a, 1, 5); System.out.println(Arrays.toString(a));
        try { System.arraycopy(a, 5, a, 0, 6); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { System.arraycopy(a, -1, a, 0, 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { System.arraycopy(a, 0, new long[10], 0, 1); } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        try { System.arraycopy(new Object[]{"s", 1}, 0, new String[2], 0, 2); } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        try { System.arraycopy(null, 0, a, 0, 1); } catch (NullPointerException e) { System.out.println("npe " + e.getMessage()); }
        try { System.arraycopy("str", 0, a, 0, 1); } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        System.out.println(new D().who() + " " + new E().who());
        System.out.println(label());
        Integer nul = null; try { int v = true ? nul : 0; } catch (NullPointerException e) { System.out.println("unbox npe"); }
        Object o = true ? 1 : "s"; Object o2 = true ? 1 : 2.0; System.out.println(o + " " + o2 + " " + (false ? 'a' : 98) + " " + (true ? 'a' : 0) + " " + (true ? (Integer) 5 : (Double) 2.0));
        int x = Integer.MAX_VALUE; x++; short s = Short.MAX_VALUE; s++; byte b = (byte) 0x80; b >>= 1; char ch = 0; ch--; long big = Long.MIN_VALUE; big--;
        System.out.println(x + " " + s + " " + b + " " + (int) ch + " " + big + " " + (byte) (b >>> 1) + " " + (0.1f + 0.2f) + " " + (0.1 + 0.2f) + " " + 1 / 3 * 3 + " " + 1.0 / 3 * 3 + " " + 'a' + 1 + " " + (char) ('a' + 1) + " " + 1 + 2 + " " + (1 + 2));
        int h = 0; for (int i = 0; i < 100000; i++) h = 31 * h + i; System.out.println(h);
        long lh = 1; for (int i = 1; i <= 25; i++) lh *= i; System.out.println(lh + " " + (int) lh + " " + (lh >>> 3) + " " + Long.numberOfTrailingZeros(lh));
        int i1 = 10; i1 = i1++ + ++i1; int i2 = 5; i2 += i2++ * 2; int[] arr = {0, 0}; int k = 0; arr[k++] = k; System.out.println(i1 + " " + i2 + " " + Arrays.toString(arr));
        String str = null; str += "x"; System.out.println(str + " " + ("" + null + 1) + " " + (char) 65 + (int) 'B' + " " + 1.0f + " " + 100.0 + " " + 1e-5f + " " + (double) Float.MAX_VALUE + " " + (float) 1e40 + " " + (0.0f == -0.0f));
        StringBuilder sb = new StringBuilder(); sb.append(1).append('1').append(1L).append(1.0).append(1.0f).append((short) 1).append(new char[]{'c'}).append("str", 1, 2).appendCodePoint(0x1F600).append((String) null).append(sb.length());
        System.out.println(sb + " " + sb.capacity() + " " + sb.charAt(3) + " " + sb.codePointCount(0, sb.length()) + " " + sb.compareTo(new StringBuilder("1")) + " " + sb.chars().count());
        System.out.println(Objects.equals(null, null) + " " + Objects.hashCode(null) + " " + Objects.toString(null, "def") + " " + Objects.requireNonNullElse(null, "e") + " " + Objects.hash(1, "a", null) + " " + Arrays.hashCode(new Object[]{1, "a", null}) + " " + Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.isNull(null) + " " + Objects.checkIndex(2, 3));
        try { Objects.checkIndex(5, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        System.out.println("hello".hashCode() + " " + Boolean.hashCode(false) + " " + Double.valueOf(0.0).hashCode() + " " + Double.valueOf(-0.0).hashCode() + " " + Long.valueOf(-1).hashCode() + " " + Character.valueOf('z').hashCode() + " " + List.of("a", "b").hashCode() + " " + Map.entry("k", "v").hashCode() + " " + new AbstractMap.SimpleEntry<>("k", "v") + " " + Optional.of(5).hashCode() + " " + Byte.valueOf((byte) -1).hashCode() + " " + Short.valueOf((short) -2).hashCode() + " " + Float.valueOf(-1f).hashCode());
        assert false : "assertions are off";
        System.out.println(Integer.valueOf(5).compareTo(7) + " " + "b".compareTo("a") + " " + Boolean.compare(true, false) + " " + Character.compare('a', 'z') + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.logicalXor(true, false));
        var list = new ArrayList<Map<String, int[]>>(); list.add(new HashMap<>()); list.get(0).put("k", new int[]{1}); for (var e : list.get(0).entrySet()) System.out.println(e.getKey() + e.getValue()[0]);
        System.out.println(String.valueOf(3.0f) + String.valueOf(true) + String.valueOf('c') + String.valueOf(10L) + Integer.toString(Integer.MIN_VALUE) + Long.toString(Long.MIN_VALUE, 16) + Integer.toHexString(Integer.MIN_VALUE));
        System.out.println(Math.max(Integer.MIN_VALUE, -0) + " " + Math.abs(-0.0) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.round(0.49999999999999994) + " " + Math.round(-0.5) + " " + Math.round(Double.NaN) + " " + Math.round(1e20) + " " + Math.round(Float.MAX_VALUE) + " " + Math.floorMod(-1L, 5) + " " + Math.floorMod(7, -3));
    }
}
