package modern21;

import java.util.*;
import java.util.function.Supplier;
import java.util.regex.Pattern;

public class Java21Api {
    static void t(String label, Supplier<?> action) {
        try {
            Object r = action.get();
            if (r instanceof String[] a) r = Arrays.toString(a);
            System.out.println(label + " -> " + r);
        } catch (RuntimeException | OutOfMemoryError e) {
            System.out.println(label + " !! " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static void builders() {
        System.out.println("== repeat");
        t("sb.repeat('x',3)", () -> new StringBuilder("<").repeat('x', 3).append('>'));
        t("sb.repeat(cp,2)", () -> new StringBuilder().repeat(0x1F600, 2).length());
        t("sb.repeat(\"ab\",4)", () -> new StringBuilder("-").repeat("ab", 4));
        t("sb.repeat(\"abc\",1)", () -> new StringBuilder().repeat("abc", 1));
        t("sb.repeat(\"\",5)", () -> new StringBuilder("e").repeat("", 5));
        t("sb.repeat(null,2)", () -> new StringBuilder().repeat((CharSequence) null, 2));
        t("sb.repeat(x,0)", () -> new StringBuilder("z").repeat("x", 0));
        t("sb.repeat(x,-1)", () -> new StringBuilder().repeat("x", -1));
        t("sb.repeat('y',-2)", () -> new StringBuilder().repeat('y', -2));
        t("sb.repeat(bad cp)", () -> new StringBuilder().repeat(0x110000, 2));
        t("sb.repeat(-1 cp)", () -> new StringBuilder().repeat(-1, 2));
        t("sb.repeat(sb,3)", () -> new StringBuilder().repeat(new StringBuilder("q="), 3));
        t("sb.repeat huge", () -> new StringBuilder("abc").repeat("abc", Integer.MAX_VALUE / 2));
        t("sbuf.repeat", () -> new StringBuffer("[").repeat('*', 5).repeat("-+", 3).append(']'));
        StringBuilder grid = new StringBuilder();
        for (int i = 1; i <= 4; i++) grid.repeat(' ', 4 - i).repeat("/\\", i).append('\n');
        System.out.print(grid);
    }

    static void maths() {
        System.out.println("== clamp");
        t("clamp(5L,1,3)", () -> Math.clamp(5L, 1, 3));
        t("clamp(-5L,1,3)", () -> Math.clamp(-5L, 1, 3));
        t("clamp(MAXL,0,MAXI)", () -> Math.clamp(Long.MAX_VALUE, 0, Integer.MAX_VALUE));
        t("clamp(2L,3,1)", () -> Math.clamp(2L, 3, 1));
        t("clamp long", () -> Math.clamp(10L, -4L, 7L) + " " + Math.clamp(-10L, -4L, 7L));
        t("clamp long bad", () -> Math.clamp(1L, 9L, 8L));
        t("clamp double", () -> Math.clamp(1.5, 0.0, 1.0) + " " + Math.clamp(-0.0, 0.0, 1.0) + " " + Math.clamp(0.0, -0.0, -0.0) + " " + Math.clamp(Double.NaN, 0.0, 1.0));
        t("clamp double min NaN", () -> Math.clamp(1.0, Double.NaN, 1.0));
        t("clamp double max NaN", () -> Math.clamp(1.0, 0.0, Double.NaN));
        t("clamp double min>max", () -> Math.clamp(1.0, 2.0, 1.0));
        t("clamp double 0.0,-0.0", () -> Math.clamp(1.0, 0.0, -0.0));
        t("clamp float", () -> Math.clamp(3.5f, 1f, 2f) + " " + Math.clamp(-7f, -1f, 2f) + " " + Math.clamp(Float.NaN, 0f, 1f));
        t("clamp float bad", () -> Math.clamp(1f, 3f, 2f));
        t("clamp float NaN", () -> Math.clamp(1f, Float.NaN, 2f));
        t("StrictMath.clamp", () -> StrictMath.clamp(99L, 0, 10) + " " + StrictMath.clamp(5.0, 6.0, 7.0) + " " + StrictMath.clamp(8L, 9L, 10L) + " " + StrictMath.clamp(2f, 0f, 1f));
        System.out.println("== ceilDiv");
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}, {0, 5}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 3}};
        for (int[] pq : pairs) {
            int x = pq[0], y = pq[1];
            System.out.println(x + "," + y + ": ceilDiv=" + Math.ceilDiv(x, y) + " ceilMod=" + Math.ceilMod(x, y) + " floorDiv=" + Math.floorDiv(x, y)
                    + " floorMod=" + Math.floorMod(x, y) + " long=" + Math.ceilDiv((long) x, (long) y) + "/" + Math.ceilMod((long) x, y) + "/" + Math.ceilDiv((long) x, y)
                    + " strict=" + StrictMath.ceilDiv(x, y) + "/" + StrictMath.ceilMod(x, y));
        }
        t("ceilDivExact(MIN,-1)", () -> Math.ceilDivExact(Integer.MIN_VALUE, -1));
        t("floorDivExact(MIN,-1)", () -> Math.floorDivExact(Integer.MIN_VALUE, -1));
        t("ceilDivExact(LMIN,-1)", () -> Math.ceilDivExact(Long.MIN_VALUE, -1L));
        t("floorDivExact(LMIN,-1)", () -> Math.floorDivExact(Long.MIN_VALUE, -1L));
        t("exact ok", () -> Math.ceilDivExact(-9, 4) + " " + Math.floorDivExact(-9, 4) + " " + Math.ceilDivExact(9L, 4L) + " " + StrictMath.floorDivExact(9L, -4L));
        t("ceilDiv by zero", () -> Math.ceilDiv(1, 0));
        t("ceilMod by zero", () -> Math.ceilMod(1L, 0L));
    }

    static void strings() {
        System.out.println("== String.indexOf ranges");
        String s = "abracadabra";
        t("indexOf('a',1,4)", () -> s.indexOf('a', 1, 4));
        t("indexOf('a',1,3)", () -> s.indexOf('a', 1, 3));
        t("indexOf('d',0,11)", () -> s.indexOf('d', 0, 11));
        t("indexOf('a',5,5)", () -> s.indexOf('a', 5, 5));
        t("indexOf('a',-1,3)", () -> s.indexOf('a', -1, 3));
        t("indexOf('a',4,3)", () -> s.indexOf('a', 4, 3));
        t("indexOf('a',0,12)", () -> s.indexOf('a', 0, 12));
        t("indexOf(\"bra\",2,11)", () -> s.indexOf("bra", 2, 11));
        t("indexOf(\"bra\",2,10)", () -> s.indexOf("bra", 2, 10));
        t("indexOf(\"c\",0,11)", () -> s.indexOf("c", 0, 11));
        t("indexOf(\"\",3,7)", () -> s.indexOf("", 3, 7));
        t("indexOf(\"\",7,7)", () -> s.indexOf("", 7, 7));
        t("indexOf(\"ab\",8,20)", () -> s.indexOf("ab", 8, 20));
        String smile = "x\uD83D\uDE00y\uD83D\uDE00";
        t("indexOf(cp,0,5)", () -> smile.indexOf(0x1F600, 0, 5) + " " + smile.indexOf(0x1F600, 2, 5) + " " + smile.indexOf(0x1F600, 2, 4));
        System.out.println("== splitWithDelimiters");
        t("a,b;;c", () -> "a,b;;c".splitWithDelimiters("[,;]", 0));
        t("a,b;;c limit 2", () -> "a,b;;c".splitWithDelimiters("[,;]", 2));
        t("a,b;;c limit -1", () -> ",a,b;;c,".splitWithDelimiters("[,;]", -1));
        t("trailing removed", () -> "a1b22c333".splitWithDelimiters("\\d+", 0));
        t("no match", () -> "abc".splitWithDelimiters("x", 0));
        t("zero width", () -> "abc".splitWithDelimiters("", 0));
        t("pattern", () -> Pattern.compile("\\s*([+-])\\s*").splitWithDelimiters("1 + 2 - 3", 0));
        t("pattern limit", () -> Pattern.compile("-").splitWithDelimiters("a-b-c-d", 3));
        t("split still", () -> "a-b-c-d".split("-", 3));
    }

    static void factories() {
        System.out.println("== factories");
        HashMap<String, Integer> hm = HashMap.newHashMap(3);
        hm.put("one", 1);
        hm.put("two", 2);
        hm.put("three", 3);
        t("newHashMap", () -> new TreeMap<>(hm));
        t("newHashMap(-1)", () -> HashMap.newHashMap(-1));
        HashSet<Integer> hs = HashSet.newHashSet(100);
        for (int i = 0; i < 100; i++) hs.add(i * 7 % 100);
        t("newHashSet", () -> hs.size() + " " + hs.contains(49));
        t("newHashSet(-2)", () -> HashSet.newHashSet(-2));
        LinkedHashMap<String, String> lhm = LinkedHashMap.newLinkedHashMap(0);
        lhm.put("z", "last");
        lhm.put("a", "first");
        t("newLinkedHashMap", () -> lhm);
        t("newLinkedHashMap(-3)", () -> LinkedHashMap.newLinkedHashMap(-3));
        LinkedHashSet<String> lhs = LinkedHashSet.newLinkedHashSet(2);
        lhs.add("q");
        lhs.add("p");
        lhs.add("q");
        t("newLinkedHashSet", () -> lhs);
    }

    public static void main(String[] args) {
        builders();
        maths();
        strings();
        factories();
    }
}
