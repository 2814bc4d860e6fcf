package conform;
import java.math.*;
import java.util.*;
public class BigDec {
    public static void main(String[] args) {
        String[] vals = {"0", "0.00", "-0.0", "1E+3", "1E-10", "123.4500", "-9.99", "1234567890.0987654321", "0.000001234", "1e400", "5E-3", "100", "2.50", "-7.5", "0.1"};
        for (String v : vals) { BigDecimal b = new BigDecimal(v); System.out.println(v + " -> " + b + " | " + b.toPlainString() + " | " + b.toEngineeringString() + " | s=" + b.scale() + " p=" + b.precision() + " | " + b.stripTrailingZeros() + " | " + b.signum() + " | " + b.setScale(2, RoundingMode.HALF_UP) + " | " + b.doubleValue()); }
        BigDecimal a = new BigDecimal("10"), b = new BigDecimal("3");
        for (RoundingMode rm : RoundingMode.values()) { if (rm == RoundingMode.UNNECESSARY) continue; System.out.print(rm + ":" + a.divide(b, 3, rm) + "," + new BigDecimal("-2.5").setScale(0, rm) + "," + new BigDecimal("2.45").setScale(1, rm) + " "); } System.out.println();
        try { new BigDecimal("2.5").setScale(0, RoundingMode.UNNECESSARY); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(a.divide(b, MathContext.DECIMAL32) + " " + a.divide(b, new MathContext(5, RoundingMode.DOWN)) + " " + a.divideToIntegralValue(b) + " " + a.remainder(b) + " " + Arrays.toString(a.divideAndRemainder(b)) + " " + a.pow(20) + " " + a.movePointLeft(3) + " " + a.movePointRight(2) + " " + a.scaleByPowerOfTen(-5) + " " + new BigDecimal("1.5").max(new BigDecimal("1.50")) + " " + new BigDecimal("123.456").round(new MathContext(4)) + " " + new BigDecimal("0.5").plus(new MathContext(0)));
        System.out.println(BigDecimal.valueOf(1.1).add(BigDecimal.valueOf(2.2)) + " " + (1.1 + 2.2) + " " + BigDecimal.valueOf(100, 3) + " " + BigDecimal.valueOf(1e10) + " " + BigDecimal.valueOf(123456789L, -3) + " " + new BigDecimal(1.1) + " " + new BigDecimal(0.25) + " " + new BigDecimal("1.10").hashCode() + " " + new BigDecimal("1.1").hashCode() + " " + new BigDecimal("9.87").intValue() + " " + new BigDecimal("1e20").longValue() + " " + new BigDecimal("3.999").toBigInteger());
        try { new BigDecimal("1e20").longValueExact(); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { new BigDecimal("abc"); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
        BigDecimal total = BigDecimal.ZERO; for (int i = 1; i <= 20; i++) total = total.add(new BigDecimal("19.99").multiply(BigDecimal.valueOf(i))).setScale(2, RoundingMode.HALF_EVEN); System.out.println(total + " " + total.multiply(new BigDecimal("0.0825")).setScale(2, RoundingMode.HALF_UP));
        System.out.println(String.format("%10.3f|%-12s|%e|%.0f", new BigDecimal("3.14159"), new BigDecimal("2.50"), new BigDecimal("12345.678"), new BigDecimal("0.5")));
        BigInteger x = new BigInteger("123456789012345678901234567890"); System.out.println(x.multiply(x) + " " + x.toString(2).length() + " " + x.toString(36) + " " + x.shiftLeft(100).shiftRight(99) + " " + x.negate().toString(16) + " " + x.bitLength() + " " + x.getLowestSetBit() + " " + x.clearBit(1) + " " + x.flipBit(0) + " " + x.setBit(200).bitCount() + " " + BigInteger.TWO.pow(127).subtract(BigInteger.ONE).isProbablePrime(30) + " " + new BigInteger("-17").mod(new BigInteger("5")) + " " + new BigInteger("-17").remainder(new BigInteger("5")) + " " + new BigInteger(new byte[]{(byte) 0x80, 0}) + " " + new BigInteger(1, new byte[]{(byte) 0xff}) + " " + BigInteger.valueOf(Long.MIN_VALUE).negate() + " " + x.sqrtAndRemainder()[1] + " " + x.intValue() + " " + x.floatValue());
    }
}
