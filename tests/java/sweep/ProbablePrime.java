package sweep;
import java.math.BigInteger;
import java.util.*;

public class ProbablePrime {
    public static void main(String[] args) {
        Random rnd = new Random(2024);
        for (int bits : new int[]{2, 3, 5, 8, 16, 31, 32, 33, 63, 64, 94, 95, 100, 128, 160, 256}) {
            BigInteger p = BigInteger.probablePrime(bits, rnd);
            System.out.println(bits + ": " + p + " " + p.bitLength() + " " + p.isProbablePrime(50));
        }
        BigInteger q = new BigInteger(96, 20, rnd);
        System.out.println(q + " " + rnd.nextInt());
        Random r2 = new Random(7);
        BigInteger p = BigInteger.probablePrime(256, r2), qq = BigInteger.probablePrime(256, r2);
        BigInteger n = p.multiply(qq), phi = p.subtract(BigInteger.ONE).multiply(qq.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        while (!phi.gcd(e).equals(BigInteger.ONE)) e = e.add(BigInteger.TWO);
        BigInteger d = e.modInverse(phi);
        BigInteger msg = new BigInteger(1, "Hello RSA".getBytes());
        BigInteger c = msg.modPow(e, n);
        System.out.println("n=" + n.toString(16));
        System.out.println("c=" + c);
        System.out.println("decrypted: " + new String(c.modPow(d, n).toByteArray()));
        try { BigInteger.probablePrime(1, rnd); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        BigInteger unseeded = BigInteger.probablePrime(64, new Random());
        System.out.println(unseeded.bitLength() + " " + unseeded.isProbablePrime(100));
    }
}
