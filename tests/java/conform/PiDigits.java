package conform;
import java.math.*;
public class PiDigits {
    public static void main(String[] args) {
        int n = 300; StringBuilder line = new StringBuilder(); int i = 0;
        BigInteger q = BigInteger.ONE, r = BigInteger.ZERO, t = BigInteger.ONE; int k = 1;
        BigInteger THREE = BigInteger.valueOf(3), FOUR = BigInteger.valueOf(4), TEN = BigInteger.TEN;
        while (i < n) {
            BigInteger kk = BigInteger.valueOf(k), k2 = BigInteger.valueOf(2L * k + 1);
            BigInteger nq = q.multiply(kk), nr = q.shiftLeft(1).add(r).multiply(k2), nt = t.multiply(k2);
            q = nq; r = nr; t = nt; k++;
            if (q.compareTo(r) > 0) continue;
            BigInteger d3 = q.multiply(THREE).add(r).divide(t), d4 = q.multiply(FOUR).add(r).divide(t);
            if (!d3.equals(d4)) continue;
            int d = d3.intValue(); line.append(d); i++;
            if (i % 10 == 0) { System.out.println(line + "\t:" + i); line.setLength(0); }
            r = r.subtract(d3.multiply(t)).multiply(TEN); q = q.multiply(TEN);
        }
        BigInteger f = BigInteger.ONE; for (int j = 1; j <= 50; j++) f = f.multiply(BigInteger.valueOf(j));
        System.out.println(f + " " + f.bitLength() + " " + f.bitCount() + " " + f.toString(16) + " " + f.mod(BigInteger.valueOf(1000007)) + " " + f.sqrt() + " " + f.negate().shiftRight(70) + " " + f.signum());
        BigInteger a = new BigInteger("-123456789012345678901234567890"), b = new BigInteger("987654321");
        System.out.println(a.divide(b) + " " + a.remainder(b) + " " + a.mod(b) + " " + a.gcd(b) + " " + b.modPow(BigInteger.valueOf(65537), BigInteger.valueOf(1000000007)) + " " + b.modInverse(BigInteger.valueOf(1000000007)) + " " + a.abs().pow(3).toString().length() + " " + b.isProbablePrime(20) + " " + BigInteger.valueOf(97).nextProbablePrime() + " " + a.and(b) + " " + a.or(b) + " " + a.xor(b) + " " + a.not() + " " + a.testBit(3) + " " + a.longValue() + " " + a.doubleValue() + " " + java.util.Arrays.toString(b.toByteArray()) + " " + a.compareTo(b) + " " + a.min(b) + " " + new BigInteger("ff", 16) + " " + a.hashCode());
        BigDecimal x = new BigDecimal("1.10"), y = new BigDecimal("3");
        System.out.println(x.add(y) + " " + x.multiply(y) + " " + x.divide(y, 10, RoundingMode.HALF_UP) + " " + x.divide(y, MathContext.DECIMAL64) + " " + x.setScale(1, RoundingMode.HALF_EVEN) + " " + x.stripTrailingZeros() + " " + x.equals(new BigDecimal("1.1")) + " " + x.compareTo(new BigDecimal("1.1")) + " " + new BigDecimal(0.1) + " " + BigDecimal.valueOf(0.1) + " " + new BigDecimal("1E+5").toPlainString() + " " + new BigDecimal("123.456e-10") + " " + x.negate().scale() + " " + x.precision() + " " + x.unscaledValue() + " " + new BigDecimal("2.5").setScale(0, RoundingMode.HALF_EVEN) + " " + new BigDecimal("-2.5").setScale(0, RoundingMode.HALF_UP) + " " + BigDecimal.TEN.pow(3) + " " + new BigDecimal("10").sqrt(MathContext.DECIMAL32));
        try { BigDecimal.ONE.divide(y); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { BigInteger.ONE.divide(BigInteger.ZERO); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    }
}
