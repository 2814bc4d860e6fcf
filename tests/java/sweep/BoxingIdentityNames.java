package sweep;

import java.util.*;
import java.util.function.*;
public class BoxingIdentityNames {
    static final String CONST = "ab";
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128, e = -128, f = -128, g = -129, h = -129;
        System.out.println((a == b) + " " + (c == d) + " " + (e == f) + " " + (g == h) + " " + c.equals(d));
        Long la = 127L, lb = 127L, lc = 128L, ld = 128L; System.out.println((la == lb) + " " + (lc == ld));
        Character ca = 'a', cb = 'a', cc = '\u0100', cd = '\u0100'; System.out.println((ca == cb) + " " + (cc == cd));
        Short sa = 100, sb = 100; Byte ba = -5, bb = -5; Boolean t1 = true, t2 = Boolean.valueOf("TRUE"); System.out.println((sa == sb) + " " + (ba == bb) + " " + (t1 == t2));
        Double da = 1.0, db = 1.0; Float fa = 1f, fb = 1f; System.out.println((da == db) + " " + (fa == fb));
        String s1 = "ab", s2 = "a" + "b", s3 = new String("ab"), part = "a", s4 = part + "b", s5 = s4.intern();
        System.out.println((s1 == s2) + " " + (s1 == s3) + " " + (s1 == s4) + " " + (s1 == s5) + " " + (s1 == CONST) + " " + (String.valueOf("ab") == s1) + " " + ("ab".substring(0) == s1) + " " + ("ab".trim() == s1) + " " + ("xab".substring(1) == s1) + " " + (s1.toString() == s1) + " " + (s1.concat("") == s1) + " " + (s1.replace('z', 'y') == s1) + " " + (s1.toLowerCase() == s1) + " " + (s1.strip() == s1) + " " + ("".repeat(1) == "") + " " + (s1.repeat(1) == s1));
        System.out.println(Integer.valueOf(1000) == Integer.valueOf(1000));
        List<Object> self = new ArrayList<>(); self.add(1); self.add(self); System.out.println(self);
        Map<String, Object> sm = new HashMap<>(); sm.put("me", sm); System.out.println(sm);
        System.out.println(Arrays.asList(new int[]{1}).size() + " " + Arrays.asList(1, 2).getClass().getName() + " " + List.of().getClass().getName().startsWith("java.util.ImmutableCollections") + " " + new ArrayList<>().getClass() + " " + int[].class.getName() + " " + String[][].class.getName() + " " + int[].class.getSimpleName() + " " + Map.Entry.class.getName() + " " + Map.Entry.class.getSimpleName() + " " + Thread.State.class.getCanonicalName());
        Runnable anon = new Runnable() { public void run() {} };
        class Local {}
        System.out.println(anon.getClass().getName() + " " + new Local().getClass().getName() + " " + anon.getClass().getSimpleName() + "|" + Local.class.getSimpleName() + " " + anon.getClass().isAnonymousClass() + " " + Local.class.isLocalClass() + " " + Local.class.getEnclosingMethod().getName());
        Supplier<String> sup = () -> "x";
        System.out.println(sup.getClass().isSynthetic() + " " + sup.getClass().getSimpleName().startsWith("BoxingIdentityNames$$Lambda") + " " + sup.getClass().getInterfaces()[0].getName());
        Object o = new int[]{1, 2};
        System.out.println(o.getClass().getComponentType() + " " + o.getClass().isArray() + " " + Integer.TYPE + " " + void.class + " " + Integer.class.isInstance(5) + " " + Number.class.isAssignableFrom(Integer.class) + " " + Object.class.getSuperclass() + " " + int.class.isPrimitive() + " " + String.class.getPackageName() + " " + BoxingIdentityNames.class.getPackageName().isEmpty());
        char[] chars = {'a', 'b'}; System.out.println(chars); System.out.println("x" + Arrays.toString(chars));
        System.out.println(String.valueOf(chars) + 'c' + 1 + 2 + " " + ('c' + 1) + " " + (char)('c' + 1) + " " + 1 + 2 + " " + (1 + 2) + " " + 1.0f + " " + 100.0 / 3 + " " + 10 / 4 * 4 + " " + 'a' + 'b' + " " + (int) 'a' + 'b');
        long big = Integer.MAX_VALUE; big++; int ov = Integer.MAX_VALUE; ov++; short sh = Short.MAX_VALUE; sh++; char ch = 0; ch--; byte by = (byte) 0x80; by >>= 1; int ii = 5; ii += 3.7; ii -= 0.5;
        System.out.println(big + " " + ov + " " + sh + " " + (int) ch + " " + by + " " + ii + " " + (0.1f + 0.2f) + " " + (0.1 + 0.2f) + " " + (float) 0.1 + " " + 1e16 + " " + 1e-4f + " " + 12345678.0f + " " + (double) 1.1f + " " + 3.0e10f + " " + -0.0f + " " + 0f / 0 + " " + -1 / 0.0);
        int x = 5; x = x++ + ++x; System.out.println(x + " " + (x >> 33) + " " + (x << -1) + " " + (-x >>> 1) + " " + (~x) + " " + (x ^ 0xff) + " " + (5 & 3 | 4) + " " + (true ^ false) + " " + Integer.MIN_VALUE / -1 + " " + Integer.MIN_VALUE % -1 + " " + Long.MIN_VALUE / -1 + " " + (-5 % 3) + " " + (5.5 % 2) + " " + (-5.5 % 2) + " " + Math.floorMod(-5, 3));
        StringBuilder sbb = new StringBuilder(); sbb.append('a').append((int) 'a').append((char) 98).append(1.0f).append(2.0).append(3L).append((Object) "o").append(new char[]{'z'}, 0, 1).append("xyz", 1, 2).append((CharSequence) null); System.out.println(sbb);
    }
}
