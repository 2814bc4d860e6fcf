package nio;

import java.io.IOException;
import java.io.StringReader;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.CharBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;
import java.util.Scanner;

public class CharBuffers {
    static String state(CharBuffer b) {
        return "pos=" + b.position() + " lim=" + b.limit() + " cap=" + b.capacity() + " rem="
                + b.remaining() + " '" + b + "'";
    }

    public static void main(String[] args) throws IOException {
        CharBuffer b = CharBuffer.allocate(8);
        System.out.println(state(b) + " " + b.hasArray() + " " + b.isReadOnly() + " "
                + b.isDirect() + " " + b.arrayOffset());
        b.put('h').put('i').put(" there");
        System.out.println(state(b));
        b.flip();
        System.out.println(state(b) + " len=" + b.length() + " charAt1=" + b.charAt(1));
        System.out.println(b.get() + " " + b.get() + " " + state(b));
        System.out.println(b.get(0) + " " + b.subSequence(1, 4) + " " + state(b.subSequence(1, 4)));
        b.mark();
        b.get();
        b.reset();
        System.out.println(state(b));
        b.compact();
        System.out.println(state(b));
        b.clear();
        System.out.println(state(b) + " " + new String(b.array()));
        try {
            b.position(9);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            b.limit(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            CharBuffer.allocate(-3);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            CharBuffer.allocate(1).put("ab");
        } catch (BufferOverflowException e) {
            System.out.println("overflow " + e.getClass().getName());
        }
        try {
            CharBuffer.allocate(1).flip().get();
        } catch (BufferUnderflowException e) {
            System.out.println("underflow");
        }
        try {
            CharBuffer.allocate(2).get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("ioobe");
        }

        char[] arr = "abcdefgh".toCharArray();
        CharBuffer w = CharBuffer.wrap(arr, 2, 4);
        System.out.println(state(w) + " " + (w.array() == arr));
        w.put(0, 'Z');
        System.out.println(new String(arr));
        CharBuffer s = w.slice();
        System.out.println(state(s) + " " + s.arrayOffset());
        CharBuffer d = w.duplicate();
        d.position(5);
        System.out.println(state(d) + " / " + state(w));
        char[] out = new char[3];
        w.get(out);
        System.out.println(Arrays.toString(out) + " " + state(w));

        CharBuffer cs = CharBuffer.wrap("hello world");
        System.out.println(state(cs) + " ro=" + cs.isReadOnly() + " array=" + cs.hasArray());
        try {
            cs.put('x');
        } catch (ReadOnlyBufferException e) {
            System.out.println("read-only");
        }
        try {
            cs.array();
        } catch (UnsupportedOperationException e) {
            System.out.println("no array");
        }
        CharBuffer part = CharBuffer.wrap(new StringBuilder("0123456789"), 3, 7);
        System.out.println(state(part) + " " + part.charAt(0) + " " + part.subSequence(1, 3));
        System.out.println(part.chars().sum() + " " + part.isEmpty());
        CharBuffer ro = CharBuffer.allocate(4).put("abcd").flip().asReadOnlyBuffer();
        System.out.println(state(ro) + " " + ro.isReadOnly() + " " + ro.hasArray());

        CharBuffer x = CharBuffer.wrap("abc");
        CharBuffer y = CharBuffer.allocate(5).put("abc").flip();
        CharBuffer z = CharBuffer.wrap("abd");
        System.out.println(x.equals(y) + " " + (x.hashCode() == y.hashCode()) + " " + x.equals(z)
                + " " + x.compareTo(z) + " " + z.compareTo(x) + " " + x.compareTo(y) + " "
                + x.mismatch(z) + " " + x.mismatch(y) + " " + x.hashCode());
        System.out.println(CharBuffer.wrap("ab").compareTo(CharBuffer.wrap("abc")));

        CharBuffer app = CharBuffer.allocate(20);
        app.append("xy").append('-').append("12345", 1, 3).append(null);
        app.flip();
        System.out.println(app + " " + String.join("|", app, "!"));
        StringBuilder sb = new StringBuilder().append(CharBuffer.wrap("sb"));
        System.out.println(sb + " " + "text".contentEquals(CharBuffer.wrap("text")));

        CharBuffer target = CharBuffer.allocate(4);
        StringReader reader = new StringReader("readable!");
        int n = reader.read(target);
        target.flip();
        System.out.println(n + " " + target);
        CharBuffer src = CharBuffer.wrap("from buffer");
        CharBuffer dst = CharBuffer.allocate(6);
        System.out.println(src.read(dst) + " " + dst.flip() + " " + state(src));
        CharBuffer copy = CharBuffer.allocate(20);
        copy.put(CharBuffer.wrap("copied"));
        System.out.println(copy.flip());

        java.nio.ByteBuffer bytes = java.nio.charset.StandardCharsets.UTF_8.encode("h\u00e9llo \u20ac");
        System.out.println(bytes.position() + " " + bytes.limit() + " " + bytes.remaining());
        CharBuffer decoded = java.nio.charset.StandardCharsets.UTF_8.decode(bytes);
        System.out.println(decoded + " " + decoded.length() + " " + bytes.remaining());
        CharBuffer source = CharBuffer.wrap("abc\u00ff");
        java.nio.ByteBuffer latin = java.nio.charset.StandardCharsets.ISO_8859_1.encode(source);
        System.out.println(latin.remaining() + " " + (latin.get(3) & 0xff) + " " + source.remaining());
        System.out.println(java.nio.charset.StandardCharsets.US_ASCII.encode("x\u00e9").get(1));
        System.out.println(java.nio.charset.StandardCharsets.UTF_8.decode(
                java.nio.ByteBuffer.wrap(new byte[] {65, (byte) 0xff, 66})));

        Scanner scanner = new Scanner(CharBuffer.wrap("12 34 word"));
        System.out.println(scanner.nextInt() + scanner.nextInt() + " " + scanner.next());
    }
}
