package conform;
public class NumFmt {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, 0.1, 0.1 + 0.2, 1e7, 1e-3, 1e-4, 123456789.0, 1e21, 1.0E-5, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY, -1.0/0, 100.0, 2.0/3, 1e16, 9007199254740993.0, 4.35, 0.3, 1234567.125, 5e-324, 1.7976931348623157E308};
        for (double d : ds) System.out.println(d + " " + (float) d + " " + Double.toHexString(d) + " " + Math.round(d) + " " + (long) d + " " + (int) d);
        float[] fs = {0.1f, 1.0f/3, 16777217f, 3.4028235e38f, 1.4e-45f, 1e10f, 123.456f, 1e-10f};
        for (float f : fs) System.out.println(f + " " + (double) f + " " + Float.floatToIntBits(f) + " " + Float.toHexString(f));
        System.out.println(Integer.MAX_VALUE + 1);
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(Integer.MIN_VALUE % -1);
        System.out.println(Long.MAX_VALUE * 2);
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.negateExact(5) + " " + (-7 / 2) + " " + (-7 % 2) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e); }
        try { Math.multiplyExact(Long.MAX_VALUE, 2L); } catch (ArithmeticException e) { System.out.println(e); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println(e); }
        try { int z = 0; System.out.println(5 / z); } catch (ArithmeticException e) { System.out.println(e); }
        try { long z = 0; System.out.println(5L % z); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(5.0 / 0 + " " + 0.0 / 0 + " " + 5 % 0.0 + " " + -5.5 % 2 + " " + 5.5 % -2);
        System.out.println((int) Double.NaN + " " + (int) 1e20 + " " + (long) -1e30 + " " + (char) -1 + 0 + " " + (byte) 200 + " " + (short) 70000 + " " + (int) 'A' + " " + (char) 66);
        System.out.println(Integer.toBinaryString(-8) + " " + Integer.toHexString(-1) + " " + Integer.toOctalString(64) + " " + Long.toBinaryString(5) + " " + Long.toHexString(Long.MIN_VALUE));
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Long.toString(123456789, 36) + " " + Integer.parseInt("-zz", 36) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L));
        System.out.println(Integer.bitCount(255) + " " + Integer.highestOneBit(100) + " " + Integer.lowestOneBit(100) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(0) + " " + Integer.reverse(1) + " " + Integer.reverseBytes(0x12345678) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Long.rotateRight(1L, 1));
        System.out.println((-16 >> 2) + " " + (-16 >>> 28) + " " + (1 << 33) + " " + (1L << 65) + " " + (-1L >>> 60) + " " + (5 & 3) + " " + (5 | 3) + " " + (5 ^ 3) + " " + ~5);
        String[] ints = {"123", "-0", "+7", "2147483647", "2147483648", "", " 1", "0x10", "1_000", "٣"};
        for (String i : ints) { try { System.out.println(Integer.parseInt(i)); } catch (NumberFormatException e) { System.out.println(e.getMessage()); } }
        String[] dbls = {"1.5", "-1e3", "  2.5  ", "NaN", "-Infinity", "0x1p3", "1e400", "abc", "1.", ".5", "1d", "2f", "", "1e-400"};
        for (String d : dbls) { try { System.out.println(Double.parseDouble(d)); } catch (NumberFormatException e) { System.out.println(e.getMessage()); } }
        try { Long.parseLong("9223372036854775808"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.valueOf(null); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Long.parseLong("-9223372036854775808") + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try { Byte.parseByte("128"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Double.compare(0.0, -0.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (Double.NaN == Double.NaN) + " " + Double.isNaN(0.0/0) + " " + Double.isFinite(1/0.0));
        System.out.println(Math.min(-0.0, 0.0) + " " + Math.max(-0.0f, 0.0f) + " " + Math.sqrt(-1) + " " + Math.cbrt(27) + " " + Math.pow(2, 10) + " " + Math.pow(0, 0) + " " + Math.hypot(3, 4) + " " + Math.atan2(1, 1) + " " + Math.exp(1) + " " + Math.log10(1000) + " " + Math.log(Math.E));
        System.out.println(Math.floor(-1.5) + " " + Math.ceil(-1.5) + " " + Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.round(-2.5) + " " + Math.round(2.5f) + " " + Math.signum(-3.0) + " " + Math.ulp(1.0) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180));
        System.out.println(Math.sin(1) + " " + Math.cos(1) + " " + Math.tan(1) + " " + Math.asin(0.5) + " " + Math.acos(0.5) + " " + Math.sinh(1) + " " + Math.cosh(1) + " " + Math.tanh(1) + " " + Math.expm1(1e-10) + " " + Math.log1p(1e-10));
        System.out.println(Integer.compare(3, 5) + " " + Long.signum(-99) + " " + Integer.MAX_VALUE + Integer.MIN_VALUE + " " + Character.MAX_VALUE + 0 + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + Long.MIN_VALUE);
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff") + " " + Integer.divideUnsigned(-1, 2) + " " + Integer.remainderUnsigned(-1, 7) + " " + Long.divideUnsigned(-1L, 3) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Double.toString(1.0E-7) + " " + 1e-7f + " " + 12345678.9f + " " + 0.001f + " " + 1.0E7f + " " + 9.999999E-4 + " " + 100.0f / 3);
        System.out.println(Double.doubleToLongBits(-0.0) + " " + Double.longBitsToDouble(0x7ff0000000000001L) + " " + Float.intBitsToFloat(0x3f800000) + " " + Double.hashCode(1.5) + " " + Float.hashCode(1.5f) + " " + Long.hashCode(1L << 40) + " " + Boolean.hashCode(true) + " " + Character.hashCode('a'));
        System.out.println(StrictMath.sqrt(2) + " " + Math.fma(2.0, 3.0, 1.0) + " " + Math.nextUp(1.0) + " " + Math.nextAfter(1.0f, 2.0) + " " + Math.getExponent(1024.0) + " " + Math.scalb(1.0, 4) + " " + Math.IEEEremainder(10, 3) + " " + Math.copySign(3.0, -0.0));
    }
}
