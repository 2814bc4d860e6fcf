package realworld;

import java.util.*;

public class NumberEdges {
    record Point(int x, int y) {}
    record Named(String name, double v, long[] data) {}

    public static void main(String[] args) {
        // Math
        System.out.println(Math.floorMod(-7, 3) + " " + Math.floorMod(7, -3) + " " + (-7 % 3) + " " + Math.floorDiv(-7, 3) + " " + (-7 / 3) + " " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2));
        System.out.println(Math.hypot(3, 4) + " " + Math.cbrt(27) + " " + Math.cbrt(-8) + " " + Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(-2.6f) + " " + Math.round(0.49999999999999994)
            + " " + Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.ceil(-0.5) + " " + Math.floor(-0.5) + " " + Math.signum(-3.2) + " " + Math.signum(0.0) + " " + Math.signum(-0.0f));
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0) + " " + Math.ulp(1.0) + " " + Math.ulp(1.0f) + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0f)
            + " " + Math.pow(2, 0.5) + " " + Math.sqrt(-1) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.log10(1000) + " " + Math.exp(0)
            + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.atan2(1, 1) + " " + Math.getExponent(1024.0) + " " + Math.copySign(3.0, -0.0) + " " + Math.scalb(1.5, 4)
            + " " + Math.IEEEremainder(10, 3) + " " + Math.log1p(0) + " " + Math.expm1(0) + " " + Math.fma(2.0, 3.0, 1.0));
        try {
            Math.addExact(Integer.MAX_VALUE, 1);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            Math.multiplyExact(Long.MAX_VALUE, 2L);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            System.out.println(5 / (args.length));
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        System.out.println("5.0/0=" + (5.0 / 0) + " 0.0/0=" + (0.0 / 0) + " -5%0.0=" + (-5 % 0.0) + " 5.5%2=" + (5.5 % 2) + " -5.5%2=" + (-5.5 % 2));

        // overflow and casts
        int big = Integer.MAX_VALUE;
        long lbig = Long.MAX_VALUE;
        System.out.println((big + 1) + " " + (lbig + 1) + " " + (big * 2) + " " + (Integer.MIN_VALUE / -1) + " " + (Integer.MIN_VALUE % -1) + " " + (-Integer.MIN_VALUE) + " " + (byte) 200 + " " + (short) 70000
            + " " + (int) 3.99e10 + " " + (long) -1e30 + " " + (int) Double.NaN + " " + (char) 65601 + " " + (int) (char) -1 + " " + (byte) -129 + " " + (int) 2.9f + " " + (int) -2.9 + " " + (long) Float.POSITIVE_INFINITY);
        System.out.println((1 << 33) + " " + (1L << 65) + " " + (-16 >> 2) + " " + (-16 >>> 28) + " " + (-16L >>> 60) + " " + ((byte) 0x80 >> 1) + " " + (5 & -5) + " " + (~7) + " " + (0x0F ^ 0xFF));
        int counter = 0;
        counter += 3.7;
        short sh = 10;
        sh *= 1000;
        sh *= 10;
        byte by = 127;
        by++;
        char ch = 'A';
        ch += 2;
        ch++;
        System.out.println(counter + " " + sh + " " + by + " " + ch + " " + (char) (ch + 1) + " " + (ch + 1) + " " + ('a' + 'b') + " " + (char) ('a' + 1) + " " + "" + 'a' + 'b' + " " + ('z' - 'a'));
        int i = 5;
        i = i++ + ++i;
        int j = 10;
        j -= j++ - --j;
        System.out.println("i=" + i + " j=" + j);

        // double/float formatting
        double[] ds = { 1e-5, 1e21, 1e20, 0.1 + 0.2, Double.NaN, -0.0, 100.0, 1234567.0, 12345678.9, 1e7, 0.001, 1e-3 / 10, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
            4.35, 2.0 / 3, 1.0E-300 * 1e-300, 123456789012345678.0, 9007199254740993.0, 0.30000000000000004, 1.0 / 3 * 3, 5e-324, 1.7976931348623157e308 * 10 };
        StringBuilder sb = new StringBuilder();
        for (double d : ds) sb.append(d).append(' ');
        System.out.println(sb);
        float[] fs = { Float.MIN_VALUE, Float.MAX_VALUE, 0.1f, 1.0f / 3, 1e10f, 1e-10f, 16777217f, 3.4e38f * 10, -0.0f, 100f, 1.17549435E-38f, 0.3f + 0.6f };
        sb.setLength(0);
        for (float f : fs) sb.append(f).append(' ');
        System.out.println(sb);
        System.out.println((0.1f + 0.2f) + " " + (double) 0.1f + " " + (float) 0.1 + " " + (0.1 + 0.2 == 0.3) + " " + (0.1f + 0.2f == 0.3f) + " " + Double.compare(0.0, -0.0) + " " + (0.0 == -0.0)
            + " " + Double.valueOf(0.0).equals(-0.0) + " " + (Double.NaN == Double.NaN) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.isNaN(0.0 / 0) + " " + Double.isInfinite(-1 / 0.0)
            + " " + Double.isFinite(1e308) + " " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Float.toHexString(1.5f) + " " + Double.doubleToLongBits(-0.0) + " " + Float.floatToIntBits(1.0f)
            + " " + Double.longBitsToDouble(0x7ff0000000000000L) + " " + Float.intBitsToFloat(0x3f800001) + " " + Double.MIN_EXPONENT + " " + Float.MAX_EXPONENT + " " + Double.SIZE + " " + Float.BYTES);
        System.out.println(Long.MAX_VALUE + " " + Long.MIN_VALUE + " " + Integer.MIN_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE + " " + Long.valueOf(123).hashCode()
            + " " + Long.hashCode(-1L) + " " + Double.hashCode(1.5) + " " + Float.hashCode(-0.0f) + " " + Boolean.hashCode(true) + " " + Character.hashCode('x') + " " + Short.hashCode((short) -1)
            + " " + Integer.sum(3, 4) + " " + Long.max(3, 9) + " " + Double.sum(0.5, 0.25) + " " + Integer.compare(3, 9) + " " + Character.compare('b', 'a') + " " + Boolean.compare(true, false)
            + " " + Boolean.logicalXor(true, false));

        // Integer cache
        Integer a1 = 127, a2 = 127, b1 = 128, b2 = 128;
        Long l1 = 127L, l2 = 127L;
        Integer n1 = Integer.valueOf(-128), n2 = Integer.valueOf(-128);
        System.out.println((a1 == a2) + " " + (b1 == b2) + " " + b1.equals(b2) + " " + (l1 == l2) + " " + (n1 == n2) + " " + (Character.valueOf('a') == Character.valueOf('a'))
            + " " + (Boolean.valueOf(true) == Boolean.TRUE) + " " + (Short.valueOf((short) 5) == Short.valueOf((short) 5)) + " " + (Byte.valueOf((byte) -1) == Byte.valueOf((byte) -1))
            + " " + new Integer(5).equals(5) + " " + Long.valueOf(5).equals(5) + " " + Objects.equals(5L, 5L));
        boolean flag = args.length == 0;
        Object o1 = flag ? 1 : "s";
        Object o2 = flag ? 1 : 2.0;
        Integer nullInt = null;
        Object o3 = flag ? 'x' : 0;
        Object o4 = flag ? (Integer) 7 : (Double) 2.0;
        long lw = flag ? 1 : 2L;
        System.out.println(o1.getClass().getSimpleName() + " " + o2 + " " + o2.getClass().getSimpleName() + " " + o3 + " " + o3.getClass().getSimpleName() + " " + o4 + " " + lw);
        try {
            int bad = flag ? nullInt : 0;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("NPE unboxing");
        }

        // hashCode/equals
        System.out.println("hello".hashCode() + " " + "".hashCode() + " " + "Aa".hashCode() + " " + "BB".hashCode() + " " + List.of(1, 2, 3).hashCode() + " " + new ArrayList<>(List.of("a", "b")).hashCode()
            + " " + Map.of("a", 1).hashCode() + " " + new HashMap<>(Map.of("x", 1, "y", 2)).hashCode() + " " + Set.of(1, 2, 3).hashCode() + " " + new Point(1, 2).hashCode() + " " + new Point(2, 1).hashCode()
            + " " + Objects.hash(1, "a", null) + " " + Objects.hashCode(null) + " " + Arrays.hashCode(new String[] { "a", null }) + " " + List.of().hashCode() + " " + Optional.of("x").hashCode()
            + " " + Map.entry("k", "v").hashCode() + " " + Boolean.TRUE.hashCode() + " " + Double.valueOf(-0.0).hashCode() + " " + Character.valueOf('a').hashCode());
        System.out.println(new Point(1, 2).equals(new Point(1, 2)) + " " + new Point(1, 2) + " " + List.of(1, 2).equals(Arrays.asList(1, 2)) + " " + new LinkedList<>(List.of(1)).equals(new ArrayList<>(List.of(1)))
            + " " + Map.of("a", 1).equals(new TreeMap<>(Map.of("a", 1))) + " " + Set.of(1, 2).equals(new HashSet<>(List.of(2, 1))) + " " + List.of(1).equals(Set.of(1)) + " " + Objects.equals(null, null)
            + " " + Objects.toString(null, "dflt") + " " + Objects.requireNonNullElse(null, "else") + " " + Objects.isNull(null) + " " + Objects.compare("a", "b", Comparator.naturalOrder()));
        Named nm = new Named("n", -0.0, new long[] { 1 });
        System.out.println(nm.equals(new Named("n", -0.0, nm.data())) + " " + nm.equals(new Named("n", 0.0, nm.data())) + " " + nm.equals(new Named("n", -0.0, new long[] { 1 })) + " " + nm.toString().startsWith("Named[name=n, v=-0.0, data=[J@"));
        try {
            Objects.requireNonNull(null, "thing must not be null");
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        try {
            Objects.checkIndex(5, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE: " + e.getMessage());
        }
        try {
            new ArrayList<>(List.of(1)).get(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE: " + e.getMessage());
        }
        try {
            int[] arr = new int[2];
            arr[2] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            Object s = "str";
            Integer bad = (Integer) s;
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        try {
            Object[] objs = new String[1];
            objs[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println("ASE: " + e.getMessage());
        }
        try {
            int[] neg = new int[-1];
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE: " + e.getMessage());
        }

        // Character classification
        String sample = "aZ5 _$\t\u00e9\u0394\u4e2d\u0660!\u2028";
        for (char c : sample.toCharArray()) {
            System.out.printf("U+%04X L=%b D=%b LD=%b U=%b Lo=%b W=%b S=%b JS=%b JP=%b type=%d dig=%d num=%d up=%c%n", (int) c, Character.isLetter(c), Character.isDigit(c), Character.isLetterOrDigit(c),
                Character.isUpperCase(c), Character.isLowerCase(c), Character.isWhitespace(c), Character.isSpaceChar(c), Character.isJavaIdentifierStart(c), Character.isJavaIdentifierPart(c),
                Character.getType(c), Character.digit(c, 10), Character.getNumericValue(c), Character.toUpperCase(c));
        }
        System.out.println(Character.toChars(0x1F600).length + " " + Character.isSupplementaryCodePoint(0x1F600) + " " + "a\uD83D\uDE00b".length() + " " + "a\uD83D\uDE00b".codePointCount(0, 4)
            + " " + Character.forDigit(11, 16) + " " + Character.digit('f', 16) + " " + Character.isAlphabetic('x') + " " + Character.toTitleCase('a')
            + " " + Character.toString(97) + " " + Character.isISOControl('\n') + " " + Character.reverseBytes('a') + " " + (int) Character.highSurrogate(0x1F600) + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX
            + " " + "ß".toUpperCase() + " " + "İ".toLowerCase().length() + " " + "ǅ".toUpperCase() + " " + Character.isIdeographic('\u4e2d'));
    }
}
