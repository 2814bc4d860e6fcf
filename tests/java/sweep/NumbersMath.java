package sweep;
import java.math.*;
import java.util.*;

public class NumbersMath {
    public static void main(String[] args) {
        System.out.println(Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toString(100, 36) + " " + Integer.toString(5, 99));
        System.out.println(Integer.toBinaryString(-8) + " " + Integer.toOctalString(-8) + " " + Integer.toHexString(-8));
        System.out.println(Long.toBinaryString(5L) + " " + Long.toHexString(Long.MIN_VALUE) + " " + Long.toString(Long.MIN_VALUE, 36));
        System.out.println(Integer.parseInt("-7fffffff", 16) + " " + Integer.parseInt("+42") + " " + Integer.valueOf("0012"));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " " + Integer.divideUnsigned(-1, 3) + " " + Long.remainderUnsigned(-1L, 7));
        String[] bad = {"", " 1", "2147483648", "-", "+", "1_000", "0x10", "1.0", null, "٣"};
        for (String s : bad) {
            try { System.out.println("ok " + Integer.parseInt(s)); }
            catch (NumberFormatException e) { System.out.println("NFE: " + e.getMessage()); }
        }
        try { Long.parseLong("99999999999999999999"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.parseInt("12", 40); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Double.parseDouble("abc"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Double.parseDouble(""); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { new BigInteger("12a"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { new BigDecimal("1e"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Double.parseDouble(" 1.5e3 ") + " " + Double.parseDouble("0x1p4") + " " + Double.parseDouble("-Infinity") + " " + Double.parseDouble("1d") + " " + Float.parseFloat("3.4028236e38"));
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
        System.out.println(Integer.bitCount(255) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Integer.numberOfTrailingZeros(64) + " " + Long.numberOfLeadingZeros(1) + " " + Integer.rotateLeft(1, 33) + " " + Integer.signum(-9) + " " + Integer.reverseBytes(0x01020304));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + (-7 / 2) + " " + (-7 % 2) + " " + Math.abs(Integer.MIN_VALUE));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.multiplyExact(Long.MAX_VALUE, 2L); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { int z = 0; System.out.println(5 / z); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(-2.51) + " " + Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(Float.NaN));
        System.out.println(Math.pow(2, 0.5) + " " + Math.cbrt(27) + " " + Math.hypot(3, 4) + " " + Math.log10(1000) + " " + Math.exp(1) + " " + Math.log(Math.E) + " " + Math.atan2(1, 1) + " " + Math.sin(Math.PI) + " " + Math.cos(0) + " " + Math.tan(0.5));
        System.out.println(Math.ceil(-0.5) + " " + Math.floor(-0.5) + " " + Math.signum(-3.0) + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.sqrt(-1) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0));
        System.out.println((int) 3.99e10 + " " + (long) Double.NaN + " " + (int) -2.7 + " " + (char) 65.7 + " " + (byte) 200 + " " + (short) 70000 + " " + (int) Float.POSITIVE_INFINITY);
        System.out.println(0.1 + 0.2 + " " + (0.1f + 0.2f) + " " + 1.0 / 3 + " " + 2.0f / 3 + " " + 100.0 / 3 + " " + 1e21 + " " + 1e-4 + " " + 0.001 + " " + 123456789.0 + " " + 1234567.0f + " " + 12345678.0f);
        System.out.println(Double.compare(0.0, -0.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.isFinite(1 / 0.0) + " " + Double.MIN_NORMAL);
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = BigInteger.valueOf(987654321);
        System.out.println(a.multiply(b) + " " + a.divide(b) + " " + a.mod(b) + " " + a.negate().mod(b) + " " + a.negate().remainder(b) + " " + a.gcd(b) + " " + b.modPow(BigInteger.TEN, a) + " " + b.modInverse(BigInteger.valueOf(1000003)));
        System.out.println(a.toString(16) + " " + a.bitLength() + " " + a.bitCount() + " " + a.shiftRight(10) + " " + a.negate().shiftRight(10) + " " + b.isProbablePrime(20) + " " + BigInteger.valueOf(97).nextProbablePrime() + " " + a.sqrt() + " " + Arrays.toString(a.divideAndRemainder(b)));
        BigInteger f = BigInteger.ONE;
        for (int i = 1; i <= 30; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("30! = " + f + " signum " + f.signum() + " cmp " + f.compareTo(a) + " long " + f.longValue() + " dbl " + f.doubleValue());
        BigDecimal x = new BigDecimal("10"), y = new BigDecimal("3");
        System.out.println(x.divide(y, 5, RoundingMode.HALF_UP) + " " + x.divide(y, MathContext.DECIMAL32) + " " + x.divide(y, new MathContext(10, RoundingMode.DOWN)));
        try { x.divide(y); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(new BigDecimal("1.10").add(new BigDecimal("2.205")) + " " + new BigDecimal("1.10").multiply(new BigDecimal("2.5")) + " " + new BigDecimal("2.50").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros().toPlainString());
        System.out.println(new BigDecimal(0.1) + "\n" + BigDecimal.valueOf(0.1) + " " + new BigDecimal("1E+5") + " " + new BigDecimal("1E+5").toPlainString() + " " + new BigDecimal("0.0000001") + " " + new BigDecimal("-1.5E-10").toEngineeringString());
        for (RoundingMode rm : RoundingMode.values()) {
            if (rm == RoundingMode.UNNECESSARY) continue;
            StringBuilder sb = new StringBuilder(rm + ":");
            for (String s : new String[]{"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"})
                sb.append(' ').append(new BigDecimal(s).setScale(0, rm));
            System.out.println(sb);
        }
        try { new BigDecimal("1.5").setScale(0, RoundingMode.UNNECESSARY); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(new BigDecimal("123.456").round(new MathContext(4)) + " " + new BigDecimal("123.456").precision() + " " + new BigDecimal("123.456").scale() + " " + new BigDecimal("123.456").unscaledValue() + " " + new BigDecimal("1.0").equals(new BigDecimal("1.00")) + " " + new BigDecimal("1.0").compareTo(new BigDecimal("1.00")) + " " + new BigDecimal("2").pow(100) + " " + new BigDecimal("2").sqrt(MathContext.DECIMAL64));
        System.out.println(new BigDecimal("1234.5678").movePointLeft(2) + " " + new BigDecimal("1234.5678").movePointRight(6) + " " + new BigDecimal("-7.5").remainder(new BigDecimal("2")) + " " + new BigDecimal("7").max(new BigDecimal("7.0")) + " " + new BigDecimal("12.3400").hashCode() + " " + new BigDecimal("9.99").intValue() + " " + new BigDecimal("1e400").doubleValue());
        Random r = new Random(42);
        System.out.println(r.nextInt() + " " + r.nextInt(100) + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextBoolean() + " " + r.nextFloat() + " " + r.nextGaussian() + " " + r.nextInt(5, 10));
        int[] arr = new Random(7).ints(10, 0, 50).toArray();
        System.out.println(Arrays.toString(arr));
        List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Collections.shuffle(l, new Random(123));
        System.out.println(l);
        System.out.println(new Random(5).doubles(3).boxed().toList());
        System.out.println(Long.hashCode(1L << 40) + " " + Double.hashCode(1.5) + " " + Boolean.hashCode(true) + " " + Character.hashCode('x') + " " + "hello".hashCode() + " " + Arrays.hashCode(new int[]{1, 2}) + " " + List.of(1, 2).hashCode() + " " + Objects.hash(1, "a", null) + " " + Float.hashCode(2.5f));
    }
}
