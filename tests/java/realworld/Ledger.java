package realworld;

import java.math.*;
import java.util.*;

public class Ledger {
    static BigInteger factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
        return r;
    }

    static BigInteger fib(int n) {
        BigInteger a = BigInteger.ZERO, b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        return a;
    }

    public static void main(String[] args) {
        BigInteger f30 = factorial(30);
        System.out.println("30! = " + f30 + " bits=" + f30.bitLength() + " digits=" + f30.toString().length() + " lowestSetBit=" + f30.getLowestSetBit());
        System.out.println("50! = " + factorial(50));
        System.out.println("fib(100) = " + fib(100) + " hex=" + fib(100).toString(16) + " mod 97=" + fib(100).mod(BigInteger.valueOf(97)));
        BigInteger two = BigInteger.TWO;
        BigInteger m127 = two.pow(127).subtract(BigInteger.ONE);
        System.out.println("2^127-1 = " + m127 + " prime? " + m127.isProbablePrime(50) + " sqrt=" + m127.sqrt());
        System.out.println("modPow: " + BigInteger.valueOf(4).modPow(BigInteger.valueOf(13), BigInteger.valueOf(497)) + " modInverse: " + BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11))
            + " gcd: " + BigInteger.valueOf(462).gcd(BigInteger.valueOf(1071)));
        BigInteger neg = new BigInteger("-12345678901234567890");
        BigInteger[] qr = neg.divideAndRemainder(BigInteger.valueOf(1000));
        System.out.println("divRem: " + qr[0] + " " + qr[1] + " mod: " + neg.mod(BigInteger.valueOf(1000)) + " rem: " + neg.remainder(BigInteger.valueOf(1000))
            + " abs: " + neg.abs() + " negate: " + neg.negate() + " signum: " + neg.signum());
        System.out.println("shift: " + neg.shiftLeft(3) + " " + neg.shiftRight(70) + " " + neg.shiftRight(3) + " and: " + neg.and(BigInteger.valueOf(0xFFFF)) + " or: " + neg.or(BigInteger.ONE)
            + " xor: " + neg.xor(BigInteger.TEN) + " not: " + neg.not() + " testBit(0): " + neg.testBit(0) + " bitCount: " + neg.bitCount());
        System.out.println("compare: " + neg.compareTo(BigInteger.ZERO) + " " + BigInteger.TEN.equals(new BigInteger("10")) + " " + BigInteger.valueOf(5).max(BigInteger.TEN)
            + " longValue: " + f30.longValue() + " intValue: " + f30.intValue() + " doubleValue: " + f30.doubleValue() + " radix2: " + new BigInteger("101101", 2)
            + " toByteArray: " + Arrays.toString(BigInteger.valueOf(-129).toByteArray()) + " hash: " + new BigInteger("123456789123456789").hashCode());
        try {
            BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).longValueExact();
        } catch (ArithmeticException e) {
            System.out.println("AE: " + e.getMessage());
        }
        try {
            BigInteger.ONE.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("AE: " + e.getMessage());
        }

        // BigDecimal money
        BigDecimal balance = new BigDecimal("1000.00");
        BigDecimal rate = new BigDecimal("0.0375");
        for (int month = 1; month <= 6; month++) {
            BigDecimal interest = balance.multiply(rate).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
            balance = balance.add(interest).subtract(new BigDecimal("50"));
            System.out.println("month " + month + ": interest=" + interest + " balance=" + balance);
        }
        BigDecimal x = new BigDecimal("2.345");
        for (RoundingMode rm : RoundingMode.values()) {
            if (rm == RoundingMode.UNNECESSARY) continue;
            System.out.println(rm + ": " + x.setScale(2, rm) + " " + x.negate().setScale(2, rm) + " " + new BigDecimal("2.5").setScale(0, rm) + " " + new BigDecimal("-2.5").setScale(0, rm));
        }
        try {
            x.setScale(1, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("AE: " + e.getMessage());
        }
        try {
            BigDecimal.ONE.divide(BigDecimal.valueOf(3));
        } catch (ArithmeticException e) {
            System.out.println("AE: " + e.getMessage());
        }
        System.out.println("1/3 = " + BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64) + " " + BigDecimal.ONE.divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP)
            + " 1/8 = " + BigDecimal.ONE.divide(BigDecimal.valueOf(8)) + " 10/4 = " + BigDecimal.TEN.divide(new BigDecimal("4")));
        BigDecimal a = new BigDecimal("1.10"), b = new BigDecimal("1.1");
        System.out.println("equals " + a.equals(b) + " compareTo " + a.compareTo(b) + " strip " + a.stripTrailingZeros() + " scale " + a.scale() + " precision " + a.precision()
            + " unscaled " + a.unscaledValue() + " hash " + (a.hashCode() == b.hashCode()) + " set " + new TreeSet<>(List.of(a, b)) + " hashset " + new HashSet<>(List.of(a, b)).size());
        System.out.println("valueOf(double) " + BigDecimal.valueOf(0.1) + " new(double) " + new BigDecimal(0.1) + " " + new BigDecimal("1E+3") + " " + new BigDecimal("1E+3").toPlainString()
            + " " + new BigDecimal("0.000001234") + " " + new BigDecimal("0.0000001234") + " " + new BigDecimal("123.456e-10").toEngineeringString() + " " + BigDecimal.valueOf(100).stripTrailingZeros()
            + " " + BigDecimal.valueOf(100).stripTrailingZeros().toPlainString());
        System.out.println("ops: " + a.add(b) + " " + a.subtract(new BigDecimal("0.005")) + " " + a.multiply(b) + " " + a.negate() + " " + a.pow(3) + " " + new BigDecimal("-7.5").abs()
            + " " + new BigDecimal("123.4567").round(new MathContext(4)) + " " + new BigDecimal("9.99").round(new MathContext(2, RoundingMode.DOWN)) + " " + a.movePointLeft(3) + " " + a.movePointRight(4)
            + " " + new BigDecimal("10").remainder(new BigDecimal("3")) + " " + new BigDecimal("7").divideToIntegralValue(new BigDecimal("2")) + " " + a.max(b) + " " + a.signum()
            + " " + new BigDecimal("3.7").intValue() + " " + new BigDecimal("1e20").longValue() + " " + new BigDecimal("2.5").doubleValue() + " " + new BigDecimal("12.34").toBigInteger());
        BigDecimal sqrt2 = new BigDecimal(2).sqrt(new MathContext(30));
        System.out.println("sqrt(2) = " + sqrt2 + " squared = " + sqrt2.multiply(sqrt2).setScale(20, RoundingMode.HALF_UP));
        double naive = 0;
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            naive += 0.1;
            exact = exact.add(new BigDecimal("0.1"));
        }
        System.out.println("naive " + naive + " exact " + exact + " equal? " + (exact.compareTo(BigDecimal.ONE) == 0));
        System.out.printf("formatted %.3f %10.2f %,.2f%n", new BigDecimal("3.14159"), new BigDecimal("-0.005"), new BigDecimal("1234567.125"));
        // split a bill
        BigDecimal total = new BigDecimal("100.00");
        int people = 3;
        BigDecimal share = total.divide(BigDecimal.valueOf(people), 2, RoundingMode.DOWN);
        BigDecimal remainder = total.subtract(share.multiply(BigDecimal.valueOf(people)));
        System.out.println("share " + share + " remainder " + remainder + " cents " + remainder.movePointRight(2).intValueExact());
    }
}
