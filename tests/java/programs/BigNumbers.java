package programs;

import java.math.BigInteger;
import java.util.Arrays;

public class BigNumbers {
    // little-endian base-10^4 digits
    static final int BASE = 10_000;

    static final class Big implements Comparable<Big> {
        final int[] d;

        Big(int[] d) { this.d = trim(d); }

        static Big of(String s) {
            int n = (s.length() + 3) / 4;
            int[] d = new int[n];
            for (int i = 0; i < n; i++) {
                int end = s.length() - i * 4, start = Math.max(0, end - 4);
                d[i] = Integer.parseInt(s.substring(start, end));
            }
            return new Big(d);
        }

        static Big of(long v) { return of(Long.toString(v)); }

        private static int[] trim(int[] d) {
            int n = d.length;
            while (n > 1 && d[n - 1] == 0) n--;
            return n == d.length ? d : Arrays.copyOf(d, n);
        }

        Big add(Big o) {
            int n = Math.max(d.length, o.d.length) + 1;
            int[] r = new int[n];
            int carry = 0;
            for (int i = 0; i < n; i++) {
                int s = carry + (i < d.length ? d[i] : 0) + (i < o.d.length ? o.d[i] : 0);
                r[i] = s % BASE;
                carry = s / BASE;
            }
            return new Big(r);
        }

        Big subtract(Big o) { // requires this >= o
            int[] r = new int[d.length];
            int borrow = 0;
            for (int i = 0; i < d.length; i++) {
                int s = d[i] - borrow - (i < o.d.length ? o.d[i] : 0);
                borrow = s < 0 ? 1 : 0;
                r[i] = s < 0 ? s + BASE : s;
            }
            if (borrow != 0) throw new ArithmeticException("negative result");
            return new Big(r);
        }

        Big multiply(Big o) {
            long[] acc = new long[d.length + o.d.length];
            for (int i = 0; i < d.length; i++)
                for (int j = 0; j < o.d.length; j++) acc[i + j] += (long) d[i] * o.d[j];
            int[] r = new int[acc.length + 1];
            long carry = 0;
            for (int i = 0; i < acc.length; i++) {
                long v = acc[i] + carry;
                r[i] = (int) (v % BASE);
                carry = v / BASE;
            }
            r[acc.length] = (int) carry;
            return new Big(r);
        }

        Big multiplySmall(int k) { return multiply(of(k)); }

        int digitSum() {
            int s = 0;
            for (char c : toString().toCharArray()) s += c - '0';
            return s;
        }

        public int compareTo(Big o) {
            if (d.length != o.d.length) return Integer.compare(d.length, o.d.length);
            for (int i = d.length - 1; i >= 0; i--) if (d[i] != o.d[i]) return Integer.compare(d[i], o.d[i]);
            return 0;
        }

        @Override public boolean equals(Object o) { return o instanceof Big && compareTo((Big) o) == 0; }
        @Override public int hashCode() { return Arrays.hashCode(d); }

        @Override public String toString() {
            StringBuilder sb = new StringBuilder(Integer.toString(d[d.length - 1]));
            for (int i = d.length - 2; i >= 0; i--) sb.append(String.format("%04d", d[i]));
            return sb.toString();
        }
    }

    public static void main(String[] args) {
        Big a = Big.of("123456789012345678901234567890");
        Big b = Big.of("987654321098765432109876543210");
        System.out.println(a + " + " + b + " = " + a.add(b));
        System.out.println(b + " - " + a + " = " + b.subtract(a));
        System.out.println(a + " * " + b + " = " + a.multiply(b));
        System.out.println("check: " + new BigInteger(a.toString()).multiply(new BigInteger(b.toString())).toString().equals(a.multiply(b).toString()));
        Big fact = Big.of(1);
        for (int i = 2; i <= 100; i++) fact = fact.multiplySmall(i);
        String fs = fact.toString();
        System.out.println("100! has " + fs.length() + " digits, digit sum " + fact.digitSum());
        System.out.println("100! = " + fs);
        Big f1 = Big.of(0), f2 = Big.of(1);
        int idx = 1;
        while (f2.toString().length() < 100) { Big t = f1.add(f2); f1 = f2; f2 = t; idx++; }
        System.out.println("first Fibonacci with 100 digits: F(" + idx + ") = " + f2);
        Big two = Big.of(1);
        for (int i = 0; i < 256; i++) two = two.add(two);
        System.out.println("2^256 = " + two + " matches BigInteger: " + two.toString().equals(BigInteger.ONE.shiftLeft(256).toString()));
        System.out.println("compare: " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(Big.of("000123456789012345678901234567890")) + " equals " + a.equals(Big.of("123456789012345678901234567890")));
        System.out.println("carry chain: " + Big.of("99999999999999999999").add(Big.of(1)) + " " + Big.of("100000000000000000000").subtract(Big.of(1)));
        System.out.println("zero: " + Big.of("0000").add(Big.of(0)) + " " + Big.of(5).subtract(Big.of(5)) + " " + Big.of(0).multiply(a));
        try {
            Big.of(1).subtract(Big.of(2));
        } catch (ArithmeticException e) {
            System.out.println("error: " + e.getMessage());
        }
        Big sumPowers = Big.of(0);
        for (int i = 1; i <= 30; i++) {
            Big p = Big.of(1);
            for (int k = 0; k < i; k++) p = p.multiplySmall(i);
            sumPowers = sumPowers.add(p);
        }
        System.out.println("sum i^i for i=1..30 = " + sumPowers);
    }
}
