package zip;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

public class InflateErrors {
    static void tryInflate(String label, byte[] data, boolean nowrap) {
        Inflater inf = new Inflater(nowrap);
        inf.setInput(data);
        byte[] out = new byte[1000];
        try {
            int total = 0;
            for (int i = 0; i < 10 && !inf.finished(); i++) {
                total += inf.inflate(out);
            }
            System.out.println(label + ": " + total + " finished " + inf.finished() + " needsInput " + inf.needsInput()
                    + " needsDictionary " + inf.needsDictionary());
        } catch (DataFormatException e) {
            System.out.println(label + ": DataFormatException: " + e.getMessage() + " (remaining " + inf.getRemaining()
                    + " read " + inf.getBytesRead() + " written " + inf.getBytesWritten() + " needsInput "
                    + inf.needsInput() + " finished " + inf.finished() + ")");
        }
        inf.end();
    }

    static byte[] compress(byte[] in, byte[] dict, boolean nowrap) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, nowrap);
        if (dict != null) {
            d.setDictionary(dict);
        }
        d.setInput(in);
        d.finish();
        byte[] out = new byte[in.length + 100];
        int n = d.deflate(out);
        d.end();
        return Arrays.copyOf(out, n);
    }

    public static void main(String[] args) throws Exception {
        byte[] good = compress("some text some text some text".getBytes(), null, false);
        tryInflate("good", good, false);
        tryInflate("empty", new byte[0], false);
        tryInflate("zeros", new byte[10], false);
        tryInflate("header check", new byte[] { 0x78, 0x00, 1, 2 }, false);
        tryInflate("method", new byte[] { 0x79, (byte) 0x9c, 1, 2 }, false);
        tryInflate("bad block type", new byte[] { 0x07, 0, 0 }, true);
        tryInflate("stored length", new byte[] { 0x01, 0x05, 0x00, 0x00, 0x00 }, true);
        byte[] badAdler = good.clone();
        badAdler[badAdler.length - 1] ^= 1;
        tryInflate("bad adler", badAdler, false);
        byte[] truncated = Arrays.copyOf(good, good.length - 6);
        tryInflate("truncated", truncated, false);
        tryInflate("wrapped as raw", good, true);
        byte[] raw = compress("raw raw raw raw".getBytes(), null, true);
        tryInflate("raw", raw, true);
        tryInflate("raw as wrapped", raw, false);
        byte[] garbage = new byte[200];
        int x = 7;
        for (int i = 0; i < garbage.length; i++) {
            x = x * 1103515245 + 12345;
            garbage[i] = (byte) (x >>> 16);
        }
        tryInflate("garbage raw", garbage, true);
        garbage[0] = 0x78;
        garbage[1] = (byte) 0x9c;
        tryInflate("garbage wrapped", garbage, false);
        byte[] distance = { 0x78, (byte) 0x9c, 0x63, 0x00, 0x02, 0x46, 0x00 };
        tryInflate("distance", distance, false);

        // dictionaries
        byte[] dict = "some text dictionary".getBytes();
        byte[] withDict = compress("some text some text dictionary".getBytes(), dict, false);
        System.out.println("with dictionary: " + withDict.length);
        Inflater inf = new Inflater();
        inf.setInput(withDict);
        byte[] out = new byte[100];
        int n = inf.inflate(out);
        System.out.println("first: " + n + " needsDictionary " + inf.needsDictionary() + " adler "
                + Integer.toHexString(inf.getAdler()) + " remaining " + inf.getRemaining());
        try {
            inf.setDictionary("wrong".getBytes());
        } catch (IllegalArgumentException e) {
            System.out.println("wrong dictionary: IllegalArgumentException: " + e.getMessage());
        }
        inf.setDictionary(dict);
        n = inf.inflate(out);
        System.out.println("then: " + new String(out, 0, n) + " finished " + inf.finished());
        inf.end();
        Inflater rawDict = new Inflater(true);
        rawDict.setDictionary(dict);
        rawDict.setInput(compress("some text dictionary!".getBytes(), dict, true));
        n = rawDict.inflate(out);
        System.out.println("raw with dictionary: " + new String(out, 0, n));

        // argument checks
        Inflater a = new Inflater();
        try {
            a.setInput(new byte[4], 3, 2);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            a.inflate(new byte[4], -1, 2);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        Deflater d = new Deflater();
        try {
            d.deflate(new byte[4], 0, 4, 7);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            d.deflate(new byte[4], 2, 3);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            d.setLevel(10);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            d.setStrategy(3);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new Deflater(10);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new Deflater(-2, true);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        // ByteBuffer forms
        byte[] text = "ByteBuffer text ByteBuffer text ByteBuffer text".getBytes();
        Deflater bd = new Deflater();
        ByteBuffer src = ByteBuffer.allocateDirect(text.length);
        src.put(text).flip();
        bd.setInput(src);
        bd.finish();
        ByteBuffer dst = ByteBuffer.allocate(200);
        int k = bd.deflate(dst);
        System.out.println("bb deflate " + k + " pos " + dst.position() + " src pos " + src.position()
                + " equal to array form " + Arrays.equals(Arrays.copyOf(dst.array(), k), compress(text, null, false)));
        dst.flip();
        Inflater bi = new Inflater();
        bi.setInput(dst);
        ByteBuffer back = ByteBuffer.allocateDirect(100);
        k = bi.inflate(back);
        back.flip();
        byte[] got = new byte[back.remaining()];
        back.get(got);
        System.out.println("bb inflate " + k + " " + new String(got) + " finished " + bi.finished() + " dst pos " + dst.position());
    }
}
