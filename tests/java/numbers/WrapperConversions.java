package numbers;

import java.math.BigDecimal;
import java.math.BigInteger;

public class WrapperConversions {
    public static void main(String[] args) {
        Number[] nums = {Byte.valueOf((byte) -5), Short.valueOf((short) 1234), 70000, 1L << 33, 3.99f, -2.75, Double.NaN};
        for (Number n : nums) {
            System.out.println(n.getClass().getSimpleName() + " " + n + ": byte=" + n.byteValue() + " short=" + n.shortValue() + " int=" + n.intValue() + " long=" + n.longValue() + " float=" + n.floatValue() + " double=" + n.doubleValue());
        }
        System.out.println(Double.valueOf("1e3") + " " + Float.valueOf("2.5") + " " + Double.parseDouble("-0") + " " + Double.parseDouble("0x1.8p1") + " " + Float.parseFloat("1e-50") + " " + Double.parseDouble("1e400"));
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MIN_NORMAL + " " + Double.MAX_EXPONENT + " " + Float.MIN_EXPONENT);
        System.out.println(Double.valueOf(0.0).equals(-0.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.valueOf(1.0).compareTo(2.0) + " " + Float.valueOf(1f).isNaN());
        BigInteger f = BigInteger.ONE;
        for (int i = 1; i <= 30; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("30! = " + f + " bits=" + f.bitLength() + " mod 1e9+7=" + f.mod(BigInteger.valueOf(1_000_000_007)));
        BigInteger two = BigInteger.TWO;
        System.out.println(two.pow(100) + " " + two.pow(100).toString(16) + " " + new BigInteger("123456789012345678901234567890").divide(new BigInteger("987654321")) + " " + BigInteger.valueOf(97).isProbablePrime(20));
        BigDecimal a = new BigDecimal("0.1"), b = new BigDecimal("0.2");
        System.out.println(a.add(b) + " " + a.multiply(b) + " " + new BigDecimal("10").divide(new BigDecimal("4")) + " " + new BigDecimal("1.50").stripTrailingZeros() + " " + new BigDecimal("2").divide(new BigDecimal("3"), 10, java.math.RoundingMode.HALF_UP));
        System.out.println(new BigDecimal(0.1) + " " + BigDecimal.valueOf(0.1) + " " + new BigDecimal("1E+3").toPlainString() + " " + new BigDecimal("123.4500").scale());
    }
}
