package util;

import java.io.*;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.*;

public class Base64Streams {
    static String enc(Base64.Encoder e, byte[] data, int chunk) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream os = e.wrap(bos)) {
            for (int i = 0; i < data.length; i += chunk) os.write(data, i, Math.min(chunk, data.length - i));
        }
        return bos.toString(StandardCharsets.ISO_8859_1).replace("\r\n", "|");
    }

    static String dec(Base64.Decoder d, String text) {
        try (InputStream in = d.wrap(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return e.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        byte[] data = new byte[100];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 37 + 11);
        for (int len : new int[]{0, 1, 2, 3, 4, 5, 57, 58, 100}) {
            byte[] part = Arrays.copyOf(data, len);
            String one = enc(Base64.getEncoder(), part, 1), whole = enc(Base64.getEncoder(), part, 1000);
            System.out.println(len + " " + one.equals(Base64.getEncoder().encodeToString(part)) + " " + whole.equals(one) + " " + enc(Base64.getUrlEncoder().withoutPadding(), part, 2) + " " + enc(Base64.getMimeEncoder(), part, 7) + " " + enc(Base64.getMimeEncoder(12, new byte[]{'#'}), part, 5));
        }
        String text = "Many hands make light work.";
        String b = Base64.getEncoder().encodeToString(text.getBytes());
        System.out.println(dec(Base64.getDecoder(), b) + " | " + dec(Base64.getDecoder(), b.replace("=", "")) + " | " + dec(Base64.getMimeDecoder(), "TWFu\r\neSBo*YW5k\ncw==") + " | " + dec(Base64.getUrlDecoder(), Base64.getUrlEncoder().encodeToString(new byte[]{(byte) 0xfb, (byte) 0xef, 65})));
        System.out.println(dec(Base64.getDecoder(), "TWF*") + " | " + dec(Base64.getDecoder(), "TWFuT") + " | " + dec(Base64.getDecoder(), "TQ==") + " | " + dec(Base64.getDecoder(), "TWE=") + " | " + dec(Base64.getDecoder(), ""));
        InputStream in = Base64.getDecoder().wrap(new ByteArrayInputStream("SGVsbG8sIFdvcmxkIQ==".getBytes()));
        System.out.println((char) in.read() + " " + (char) in.read() + " " + new String(in.readNBytes(5)) + " " + new String(in.readAllBytes()) + " " + in.read());
        ByteBuffer bb = Base64.getEncoder().encode(ByteBuffer.wrap("buffer!".getBytes()));
        System.out.println(new String(bb.array(), 0, bb.limit()) + " " + bb.remaining() + " " + new String(Base64.getDecoder().decode(ByteBuffer.wrap("YnVmZmVyIQ==".getBytes())).array()).trim());
        ByteBuffer badBuf = ByteBuffer.wrap("a$==".getBytes());
        try { Base64.getDecoder().decode(badBuf); } catch (IllegalArgumentException e) { System.out.println(e.getMessage() + " pos=" + badBuf.position()); }
        OutputStream closed = Base64.getEncoder().wrap(new ByteArrayOutputStream());
        closed.close();
        try { closed.write(1); } catch (IOException e) { System.out.println(e); }

        // Condition.awaitUntil
        ReentrantLock lock = new ReentrantLock();
        Condition cond = lock.newCondition();
        lock.lock();
        try {
            long start = System.nanoTime();
            boolean signalled = cond.awaitUntil(new Date(System.currentTimeMillis() + 30));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.println("awaitUntil timed out: " + !signalled + " waited>=20ms: " + (waited >= 20));
            System.out.println("past deadline: " + cond.awaitUntil(new Date(0)));
        } finally {
            lock.unlock();
        }
        Thread signaller = new Thread(() -> { lock.lock(); try { cond.signal(); } finally { lock.unlock(); } });
        lock.lock();
        try {
            signaller.start();
            System.out.println("signalled before deadline: " + cond.awaitUntil(new Date(System.currentTimeMillis() + 60_000)));
        } finally {
            lock.unlock();
        }
        signaller.join();
        Thread.currentThread().interrupt();
        lock.lock();
        try { cond.awaitUntil(new Date(System.currentTimeMillis() + 1000)); } catch (InterruptedException e) { System.out.println("interrupted: " + e); } finally { lock.unlock(); }
    }
}
