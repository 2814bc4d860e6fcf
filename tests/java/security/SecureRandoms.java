package security;

import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

public class SecureRandoms {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }

    /** Range and variety checks only: the values are random. */
    static void check(String label, SecureRandom r) {
        boolean ok = true;
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int v = r.nextInt(10);
            ok &= v >= 0 && v < 10;
            ints.add(v);
            int w = r.nextInt(-5, 5);
            ok &= w >= -5 && w < 5;
            double d = r.nextDouble();
            ok &= d >= 0 && d < 1;
            long l = r.nextLong(1000);
            ok &= l >= 0 && l < 1000;
            float f = r.nextFloat();
            ok &= f >= 0 && f < 1;
        }
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        r.nextBytes(a);
        r.nextBytes(b);
        Set<Boolean> bools = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            bools.add(r.nextBoolean());
        }
        long distinct = r.ints(100).distinct().count();
        System.out.println(label + ": algorithm " + r.getAlgorithm() + " toString " + r + " ranges ok " + ok
                + " all digits " + (ints.size() == 10) + " bytes differ " + !Arrays.equals(a, b) + " both booleans "
                + (bools.size() == 2) + " ints mostly distinct " + (distinct > 95) + " is Random "
                + (r instanceof Random));
    }

    public static void main(String[] args) throws Exception {
        check("default", new SecureRandom());
        check("seeded", new SecureRandom(new byte[] { 1, 2, 3 }));
        for (String alg : new String[] { "NativePRNG", "SHA1PRNG", "NativePRNGBlocking", "NativePRNGNonBlocking",
                "DRBG", "sha1prng" }) {
            check(alg, SecureRandom.getInstance(alg));
        }
        check("strong", SecureRandom.getInstanceStrong());
        check("SUN", SecureRandom.getInstance("SHA1PRNG", "SUN"));
        for (String alg : new String[] { "MD5PRNG", "", "Windows-PRNG" }) {
            try {
                SecureRandom.getInstance(alg);
            } catch (NoSuchAlgorithmException e) {
                System.out.println("NoSuchAlgorithmException: " + e.getMessage());
            }
        }
        try {
            SecureRandom.getInstance(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException: " + e.getMessage());
        }
        try {
            SecureRandom.getInstance("SHA1PRNG", "NOPE");
        } catch (NoSuchProviderException e) {
            System.out.println("NoSuchProviderException: " + e.getMessage());
        }
        // SHA1PRNG seeded before first use is deterministic: the JDK's sequence.
        for (long seed : new long[] { 42L, -1L, 123456789L }) {
            SecureRandom s = SecureRandom.getInstance("SHA1PRNG");
            s.setSeed(seed);
            byte[] b = new byte[45];
            s.nextBytes(b);
            System.out.println("sha1prng " + seed + ": " + hex(b) + " " + s.nextInt() + " " + s.nextInt(1000) + " "
                    + s.nextLong() + " " + s.nextDouble() + " " + s.nextBoolean() + " " + s.nextGaussian());
            s.setSeed(new byte[] { 9, 8, 7 });
            byte[] c = new byte[7];
            s.nextBytes(c);
            System.out.println("  reseeded " + hex(c));
        }
        SecureRandom bytesSeed = SecureRandom.getInstance("SHA1PRNG");
        bytesSeed.setSeed("seed".getBytes());
        byte[] one = new byte[3];
        for (int i = 0; i < 10; i++) {
            bytesSeed.nextBytes(one);
            System.out.print(hex(one) + " ");
        }
        System.out.println();
        byte[] seed = SecureRandom.getSeed(16);
        byte[] gen = new SecureRandom().generateSeed(24);
        System.out.println("seeds " + seed.length + " " + gen.length + " empty " + SecureRandom.getSeed(0).length);
        try {
            new SecureRandom().generateSeed(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        SecureRandom r = new SecureRandom();
        r.setSeed(5L);
        r.nextBytes(new byte[0]);
        System.out.println("two defaults differ " + (new SecureRandom().nextLong() != new SecureRandom().nextLong()));
    }
}
