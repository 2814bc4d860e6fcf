package security;

import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** javax.crypto: AES in every mode, HMACs, PBKDF2, key generation, and their errors. */
public class Crypto {
    static final HexFormat HEX = HexFormat.of();

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed * 31 + i * 7);
        }
        return b;
    }

    static void roundTrip(String transformation, Key key, java.security.spec.AlgorithmParameterSpec spec,
            int length) throws Exception {
        Cipher enc = Cipher.getInstance(transformation);
        enc.init(Cipher.ENCRYPT_MODE, key, spec);
        byte[] plain = bytes(length, length);
        byte[] whole = enc.doFinal(plain);
        // The same in pieces of 1, 5 and 17 bytes.
        Cipher pieces = Cipher.getInstance(transformation);
        pieces.init(Cipher.ENCRYPT_MODE, key, spec);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int[] sizes = {1, 5, 17};
        int at = 0;
        for (int i = 0; at < length; i++) {
            int n = Math.min(sizes[i % 3], length - at);
            byte[] part = pieces.update(plain, at, n);
            if (part != null) {
                out.write(part);
            }
            at += n;
        }
        out.write(pieces.doFinal());
        Cipher dec = Cipher.getInstance(transformation);
        dec.init(Cipher.DECRYPT_MODE, key, spec);
        byte[] back = dec.doFinal(whole);
        System.out.println(transformation + " " + length + ": " + HEX.formatHex(whole)
                + " pieces " + Arrays.equals(whole, out.toByteArray()) + " back " + Arrays.equals(plain, back)
                + " size " + enc.getOutputSize(length));
    }

    static void attempt(String what, ThrowingRunnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        // FIPS-197 appendix C.
        byte[] block = HEX.parseHex("00112233445566778899aabbccddeeff");
        for (String k : new String[] {"000102030405060708090a0b0c0d0e0f",
            "000102030405060708090a0b0c0d0e0f1011121314151617",
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"}) {
            Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
            SecretKeySpec key = new SecretKeySpec(HEX.parseHex(k), "AES");
            c.init(Cipher.ENCRYPT_MODE, key);
            byte[] ct = c.doFinal(block);
            c.init(Cipher.DECRYPT_MODE, key);
            System.out.println(HEX.formatHex(ct) + " " + HEX.formatHex(c.doFinal(ct)));
        }
        SecretKeySpec k128 = new SecretKeySpec(bytes(16, 1), "AES");
        SecretKeySpec k256 = new SecretKeySpec(bytes(32, 2), "AES");
        IvParameterSpec iv = new IvParameterSpec(bytes(16, 3));
        for (int n : new int[] {0, 1, 15, 16, 17, 47, 64}) {
            roundTrip("AES/ECB/PKCS5Padding", k128, null, n);
            roundTrip("AES/CBC/PKCS5Padding", k256, iv, n);
            roundTrip("AES/CTR/NoPadding", k128, iv, n);
            roundTrip("AES/GCM/NoPadding", k256, new GCMParameterSpec(128, bytes(12, 4)), n);
        }
        roundTrip("AES/CBC/NoPadding", k128, iv, 32);
        roundTrip("AES", k128, null, 20);
        roundTrip("AES/GCM/NoPadding", k128, new GCMParameterSpec(96, bytes(16, 5)), 33);
        roundTrip("AES/GCM/NoPadding", k128, new GCMParameterSpec(104, bytes(7, 6)), 5);
        // CTR's counter carries across bytes.
        roundTrip("AES/CTR/NoPadding", k128, new IvParameterSpec(HEX.parseHex("00000000000000000000fffffffffffe")), 70);

        // GCM with additional data (NIST test case 4 shape).
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        SecretKeySpec gk = new SecretKeySpec(HEX.parseHex("feffe9928665731c6d6a8f9467308308"), "AES");
        GCMParameterSpec gs = new GCMParameterSpec(128, HEX.parseHex("cafebabefacedbaddecaf888"));
        gcm.init(Cipher.ENCRYPT_MODE, gk, gs);
        gcm.updateAAD(HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2"));
        byte[] gp = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        byte[] gct = gcm.doFinal(gp);
        System.out.println(HEX.formatHex(gct));
        Cipher gd = Cipher.getInstance("AES/GCM/NoPadding");
        gd.init(Cipher.DECRYPT_MODE, gk, gs);
        gd.updateAAD(HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2"));
        System.out.println(Arrays.equals(gp, gd.doFinal(gct)));
        attempt("GCM reuse", () -> gcm.doFinal(gp));
        attempt("GCM same iv", () -> gcm.init(Cipher.ENCRYPT_MODE, gk, gs));
        gct[3] ^= 1;
        attempt("GCM tag", () -> {
            gd.init(Cipher.DECRYPT_MODE, gk, gs);
            gd.updateAAD(HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2"));
            gd.doFinal(gct);
        });
        attempt("AAD after update", () -> {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, k128, new GCMParameterSpec(128, bytes(12, 9)));
            c.update(new byte[3]);
            c.updateAAD(new byte[3]);
        });
        attempt("tag length", () -> Cipher.getInstance("AES/GCM/NoPadding")
                .init(Cipher.ENCRYPT_MODE, k128, new GCMParameterSpec(64, bytes(12, 9))));

        // A typical program: encrypt a message, print Base64, decrypt it again.
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec("0123456789abcdef".getBytes(), "AES"),
                new IvParameterSpec("fedcba9876543210".getBytes()));
        String secret = Base64.getEncoder().encodeToString(c.doFinal("Attack at dawn!".getBytes()));
        System.out.println(secret + " " + c.getAlgorithm() + " " + c.getBlockSize() + " " + HEX.formatHex(c.getIV()));
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec("0123456789abcdef".getBytes(), "AES"),
                c.getParameters());
        System.out.println(new String(c.doFinal(Base64.getDecoder().decode(secret))));
        System.out.println(c.getParameters().getAlgorithm());

        // Errors.
        attempt("no such", () -> Cipher.getInstance("AES/CBC/Foo"));
        attempt("no such algorithm", () -> Cipher.getInstance("Blowfish2"));
        attempt("no such mode", () -> Cipher.getInstance("AES/XYZ/NoPadding"));
        attempt("bad format", () -> Cipher.getInstance("AES/CBC"));
        attempt("uninitialized", () -> Cipher.getInstance("AES").doFinal(new byte[1]));
        attempt("missing iv", () -> Cipher.getInstance("AES/CBC/PKCS5Padding").init(Cipher.DECRYPT_MODE, k128));
        attempt("key length", () -> Cipher.getInstance("AES").init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[5], "AES")));
        attempt("key algorithm", () -> Cipher.getInstance("AES").init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[16], "DES")));
        attempt("block size", () -> {
            Cipher x = Cipher.getInstance("AES/ECB/NoPadding");
            x.init(Cipher.ENCRYPT_MODE, k128);
            x.doFinal(new byte[5]);
        });
        attempt("padded block size", () -> {
            Cipher x = Cipher.getInstance("AES/ECB/PKCS5Padding");
            x.init(Cipher.DECRYPT_MODE, k128);
            x.doFinal(new byte[5]);
        });
        attempt("bad padding", () -> {
            Cipher x = Cipher.getInstance("AES/ECB/PKCS5Padding");
            x.init(Cipher.DECRYPT_MODE, k128);
            x.doFinal(new byte[16]);
        });
        attempt("iv length", () -> Cipher.getInstance("AES/CBC/PKCS5Padding").init(Cipher.ENCRYPT_MODE, k128, new IvParameterSpec(new byte[5])));
        attempt("ECB iv", () -> Cipher.getInstance("AES/ECB/PKCS5Padding").init(Cipher.ENCRYPT_MODE, k128, iv));
        attempt("empty key", () -> new SecretKeySpec(new byte[0], "AES"));

        // Wrapping.
        Cipher w = Cipher.getInstance("AES/ECB/NoPadding");
        w.init(Cipher.WRAP_MODE, k256);
        byte[] wrapped = w.wrap(k128);
        w.init(Cipher.UNWRAP_MODE, k256);
        Key unwrapped = w.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
        System.out.println(HEX.formatHex(wrapped) + " " + unwrapped.equals(k128) + " " + unwrapped.getAlgorithm());

        // HMAC (RFC 4231 case 2 and others).
        for (String alg : new String[] {"HmacMD5", "HmacSHA1", "HmacSHA224", "HmacSHA256", "HmacSHA384", "HmacSHA512"}) {
            Mac mac = Mac.getInstance(alg);
            mac.init(new SecretKeySpec("Jefe".getBytes(), alg));
            byte[] tag = mac.doFinal("what do ya want for nothing?".getBytes());
            mac.update("what do ya ".getBytes());
            mac.update((byte) 'w');
            mac.update("ant for nothing?".getBytes());
            Mac longKey = Mac.getInstance(alg);
            longKey.init(new SecretKeySpec(bytes(200, 7), alg));
            System.out.println(alg + " " + mac.getMacLength() + " " + HEX.formatHex(tag) + " "
                    + Arrays.equals(tag, mac.doFinal()) + " " + HEX.formatHex(longKey.doFinal(bytes(300, 8))));
        }
        attempt("mac uninitialized", () -> Mac.getInstance("HmacSHA256").doFinal());
        attempt("mac no such", () -> Mac.getInstance("HmacFoo"));

        // PBKDF2 (RFC 6070 vectors for SHA-1, then SHA-2).
        for (String alg : new String[] {"PBKDF2WithHmacSHA1", "PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA512"}) {
            SecretKeyFactory f = SecretKeyFactory.getInstance(alg);
            SecretKey a = f.generateSecret(new PBEKeySpec("password".toCharArray(), "salt".getBytes(), 2, 160));
            SecretKey b = f.generateSecret(new PBEKeySpec("passwordPASSWORDpassword".toCharArray(),
                    "saltSALTsaltSALTsaltSALTsaltSALTsalt".getBytes(), 4096, 200));
            SecretKey u = f.generateSecret(new PBEKeySpec("pässwörd€".toCharArray(), "salz".getBytes(), 10, 256));
            System.out.println(alg + " " + a.getAlgorithm() + " " + a.getFormat() + " " + HEX.formatHex(a.getEncoded())
                    + " " + HEX.formatHex(b.getEncoded()) + " " + HEX.formatHex(u.getEncoded()));
        }
        attempt("pbkdf2 no length", () -> SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("pw".toCharArray(), "salt".getBytes(), 10)));
        attempt("pbkdf2 no such", () -> SecretKeyFactory.getInstance("PBKDF2WithHmacFoo"));

        // Key generation (random bytes: only the sizes are printed).
        for (String alg : new String[] {"AES", "HmacSHA1", "HmacSHA256", "HmacSHA512"}) {
            SecretKey key = KeyGenerator.getInstance(alg).generateKey();
            System.out.println(alg + " " + key.getAlgorithm() + " " + key.getEncoded().length + " " + key.getFormat());
        }
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        System.out.println(g.generateKey().getEncoded().length);
        attempt("keysize", () -> KeyGenerator.getInstance("AES").init(100));
        Cipher random = Cipher.getInstance("AES/GCM/NoPadding");
        random.init(Cipher.ENCRYPT_MODE, k128);
        System.out.println(random.getIV().length + " " + random.getOutputSize(5));
        Cipher ecb = Cipher.getInstance("AES");
        ecb.init(Cipher.ENCRYPT_MODE, k128);
        System.out.println(ecb.getIV() + " " + ecb.getParameters() + " " + Arrays.toString(ecb.update(new byte[5]))
                + " " + ecb.update(new byte[20]).length + " " + ecb.getOutputSize(3));

        SecretKeySpec s1 = new SecretKeySpec("0123456789abcdef".getBytes(), "AES");
        SecretKeySpec s2 = new SecretKeySpec("xx0123456789abcdefyy".getBytes(), 2, 16, "aes");
        System.out.println(s1.equals(s2) + " " + s1.hashCode() + " " + s2.hashCode() + " " + s1.getFormat());
        attempt("not initialized for wrap", () -> {
            Cipher x = Cipher.getInstance("AES");
            x.init(Cipher.ENCRYPT_MODE, k128);
            x.wrap(k128);
        });
    }
}
