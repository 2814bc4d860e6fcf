package realworld;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.*;
import java.util.*;

public class Checksums {
    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    // a toy RSA over BigInteger with a seeded Random
    static void rsa() {
        Random rnd = new Random(7);
        BigInteger p = new BigInteger(64, rnd).setBit(63).nextProbablePrime();
        BigInteger q = new BigInteger(64, rnd).setBit(63).nextProbablePrime();
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        BigInteger d = e.modInverse(phi);
        BigInteger msg = new BigInteger(1, "hello rsa".getBytes(StandardCharsets.UTF_8));
        BigInteger c = msg.modPow(e, n);
        BigInteger back = c.modPow(d, n);
        System.out.println("p=" + p + " q=" + q + " n bits=" + n.bitLength() + " gcd(e,phi)=" + e.gcd(phi));
        System.out.println("cipher=" + c.toString(16) + " decrypted=" + new String(back.toByteArray(), StandardCharsets.UTF_8));
        byte[] raw = { 0, 0, 5, 1, -1 };
        System.out.println(new BigInteger(raw, 2, 3) + " " + new BigInteger(1, raw, 3, 2) + " " + new BigInteger(-1, raw, 0, 5) + " " + new BigInteger(100, new Random(1)));
    }

    public static void main(String[] args) throws Exception {
        String[] inputs = { "", "abc", "The quick brown fox jumps over the lazy dog", "a".repeat(55), "b".repeat(56), "c".repeat(64), "d".repeat(111), "e".repeat(112), "ü€𝄞" };
        for (String alg : new String[] { "MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512" }) {
            MessageDigest md = MessageDigest.getInstance(alg);
            System.out.println(alg + " len=" + md.getDigestLength() + " " + md.getAlgorithm());
            for (String in : inputs) System.out.println("  " + hex(md.digest(in.getBytes(StandardCharsets.UTF_8))));
        }
        MessageDigest sha = MessageDigest.getInstance("sha-256");
        System.out.print(sha);
        byte[] million = new byte[1_000_000];
        Arrays.fill(million, (byte) 'a');
        for (int i = 0; i < million.length; i += 4093) sha.update(million, i, Math.min(4093, million.length - i));
        System.out.print(sha);
        byte[] digest = sha.digest();
        System.out.println(hex(digest) + " " + sha.getAlgorithm());
        sha.update((byte) 'x');
        MessageDigest copy = (MessageDigest) sha.clone();
        sha.update("yz".getBytes());
        copy.update("yz".getBytes());
        byte[] d1 = sha.digest(), d2 = copy.digest();
        System.out.println("clone equal: " + MessageDigest.isEqual(d1, d2) + " " + Arrays.equals(d1, MessageDigest.getInstance("SHA-256").digest("xyz".getBytes())));
        byte[] out = new byte[40];
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update("partial".getBytes());
        System.out.println("digest into buffer: " + md5.digest(out, 4, 20) + " " + hex(Arrays.copyOfRange(out, 0, 24)));
        try {
            MessageDigest.getInstance("SHA-999");
        } catch (NoSuchAlgorithmException e) {
            System.out.println("NSAE: " + e.getMessage() + " " + (e instanceof GeneralSecurityException));
        }
        // a password-style salted hash and a content-addressed store
        Map<String, String> store = new TreeMap<>();
        for (String doc : List.of("alpha", "beta", "alpha", "gamma")) {
            String key = hex(MessageDigest.getInstance("SHA-1").digest(doc.getBytes())).substring(0, 10);
            store.merge(key, doc, (a, b) -> a + "|" + b);
        }
        System.out.println("store: " + store);
        System.out.println("uuid3: " + UUID.nameUUIDFromBytes("cortado".getBytes()) + " " + UUID.nameUUIDFromBytes(new byte[0]).version());

        // HexFormat
        HexFormat hf = HexFormat.ofDelimiter(":").withUpperCase();
        byte[] mac = { 0x00, 0x1A, 0x2B, (byte) 0xFF, 0x7F, (byte) 0x80 };
        String macStr = hf.formatHex(mac);
        System.out.println(macStr + " " + Arrays.toString(hf.parseHex(macStr)) + " " + hf + " " + hf.isUpperCase() + " [" + hf.delimiter() + "]");
        HexFormat arr = HexFormat.ofDelimiter(", ").withPrefix("0x").withSuffix("");
        System.out.println("{" + arr.formatHex(mac, 1, 4) + "} " + Arrays.toString(arr.parseHex("0x01, 0xfe, 0x7a")) + " " + arr.withLowerCase().toString());
        HexFormat plain = HexFormat.of();
        System.out.println(plain.toHexDigits((byte) -1) + " " + plain.toHexDigits('A') + " " + plain.toHexDigits((short) -2) + " " + plain.toHexDigits(0xCAFEBABE) + " " + plain.toHexDigits(-1L)
            + " " + plain.toHexDigits(255L, 6) + " " + HexFormat.fromHexDigits("7fffffff") + " " + HexFormat.fromHexDigits("ffffffff") + " " + HexFormat.fromHexDigitsToLong("123456789abcdef0")
            + " " + HexFormat.fromHexDigits("xx1Fyy", 2, 4) + " " + HexFormat.isHexDigit('g') + " " + HexFormat.isHexDigit('F') + " " + HexFormat.fromHexDigit('b') + " " + plain.equals(HexFormat.of())
            + " " + (plain.hashCode() == HexFormat.of().hashCode()) + " " + plain.withUpperCase().equals(plain) + " " + plain.formatHex(new byte[0]).isEmpty() + " " + plain.parseHex("").length
            + " " + plain.toHighHexDigit(0xAB) + plain.toLowHexDigit(0xAB));
        StringBuilder sb = plain.formatHex(new StringBuilder(">"), new byte[] { 1, 2, 3 });
        System.out.println(sb);
        String[] bad = { "abc", "zz", "0x01,0x02" };
        for (String b : bad) {
            try {
                System.out.println(Arrays.toString(plain.parseHex(b)));
            } catch (IllegalArgumentException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            arr.parseHex("0x01; 0x02");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        try {
            HexFormat.fromHexDigits("123456789");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        rsa();
        Random r = new Random(3);
        System.out.println(r.nextFloat(10f) + " " + r.nextFloat(-1f, 1f) + " " + r.nextInt(100, 200) + " " + Base64.getEncoder().encodeToString(hex(mac).getBytes()) + " "
            + new String(Base64.getDecoder().decode("Y29ydGFkbw=="), StandardCharsets.UTF_8));
    }
}
