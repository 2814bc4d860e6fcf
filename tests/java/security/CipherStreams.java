package security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** A file encrypted through CipherOutputStream with a password-derived key, read back. */
public class CipherStreams {
    public static void main(String[] args) throws Exception {
        byte[] keyBytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("correct horse".toCharArray(), "pepper".getBytes(), 1000, 128))
                .getEncoded();
        SecretKeySpec key = new SecretKeySpec(keyBytes, "AES");
        IvParameterSpec iv = new IvParameterSpec(new byte[16]);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("line ").append(i).append(": the quick brown fox\n");
        }
        Path file = Files.createTempFile("cipher", ".bin");
        Cipher enc = Cipher.getInstance("AES/CBC/PKCS5Padding");
        enc.init(Cipher.ENCRYPT_MODE, key, iv);
        try (OutputStream out = new CipherOutputStream(Files.newOutputStream(file), enc)) {
            byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
            out.write(data, 0, 100);
            out.write(data[100]);
            out.write(data, 101, data.length - 101);
        }
        byte[] encrypted = Files.readAllBytes(file);
        System.out.println(encrypted.length + " " + HexFormat.of().formatHex(encrypted, 0, 32));
        Cipher dec = Cipher.getInstance("AES/CBC/PKCS5Padding");
        dec.init(Cipher.DECRYPT_MODE, key, iv);
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        try (InputStream in = new CipherInputStream(Files.newInputStream(file), dec)) {
            int first = in.read();
            back.write(first);
            byte[] buffer = new byte[77];
            int n;
            while ((n = in.read(buffer)) != -1) {
                back.write(buffer, 0, n);
            }
            System.out.println(in.read() + " " + in.available());
        }
        System.out.println(back.toString(StandardCharsets.UTF_8).equals(text.toString()));
        Files.delete(file);

        Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
        ctr.init(Cipher.DECRYPT_MODE, key, iv);
        CipherInputStream stream = new CipherInputStream(new ByteArrayInputStream(new byte[40]), ctr);
        System.out.println(HexFormat.of().formatHex(stream.readAllBytes()));
        Cipher bad = Cipher.getInstance("AES/CBC/PKCS5Padding");
        bad.init(Cipher.DECRYPT_MODE, key, iv);
        try (InputStream in = new CipherInputStream(new ByteArrayInputStream(new byte[32]), bad)) {
            in.readAllBytes();
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + " " + (e.getCause() != null ? e.getCause().getClass().getName() : ""));
        }
    }
}
