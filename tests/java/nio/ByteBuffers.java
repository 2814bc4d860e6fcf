package nio;

import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.InvalidMarkException;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;

public class ByteBuffers {
    static void show(String what, ByteBuffer b) {
        System.out.println(what + ": " + b + " rem=" + b.remaining() + " has=" + b.hasRemaining());
    }

    interface Action {
        void run() throws Exception;
    }

    static void attempt(String what, Action a) {
        try {
            a.run();
            System.out.println(what + ": ok");
        } catch (Exception e) {
            System.out.println(what + ": " + e.getClass().getName() + " " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        ByteBuffer b = ByteBuffer.allocate(16);
        show("new", b);
        b.put((byte) 1).put((byte) 2).putShort((short) 0x0304).putInt(0x05060708);
        show("after puts", b);
        b.flip();
        show("flipped", b);
        System.out.println(b.get() + " " + b.get() + " " + b.getShort() + " " + Integer.toHexString(b.getInt()));
        System.out.println(Arrays.toString(b.array()) + " " + b.arrayOffset() + " " + b.hasArray() + " " + b.isDirect());
        b.clear();
        b.putLong(0x1122334455667788L).putDouble(Math.PI);
        System.out.println(Long.toHexString(b.getLong(0)) + " " + b.getDouble(8) + " " + b.order());
        b.order(ByteOrder.LITTLE_ENDIAN);
        System.out.println(Long.toHexString(b.getLong(0)) + " " + Integer.toHexString(b.getInt(0)) + " "
                + Integer.toHexString(b.getChar(2)) + " " + b.order());
        b.putInt(0, 0xCAFEBABE);
        System.out.println(Arrays.toString(Arrays.copyOf(b.array(), 4)));
        b.order(ByteOrder.BIG_ENDIAN);
        b.putFloat(4, 1.5f);
        System.out.println(b.getFloat(4) + " " + b.get(4) + " " + b.getShort(4));

        ByteBuffer w = ByteBuffer.wrap("hello, world".getBytes(), 7, 5);
        show("wrap", w);
        byte[] dst = new byte[5];
        w.get(dst);
        System.out.println(new String(dst) + " " + w.position());
        w.position(2).limit(9);
        ByteBuffer s = w.slice();
        show("slice", s);
        System.out.println((char) s.get(0) + " " + s.arrayOffset());
        ByteBuffer d = w.duplicate();
        d.position(3);
        System.out.println(w.position() + " " + d.position());

        ByteBuffer c = ByteBuffer.allocate(8);
        c.put(new byte[] {1, 2, 3, 4, 5});
        c.flip();
        c.get();
        c.get();
        c.compact();
        show("compacted", c);
        System.out.println(Arrays.toString(c.array()));
        c.mark();
        c.put((byte) 9);
        c.reset();
        System.out.println(c.position());

        ByteBuffer x = ByteBuffer.wrap(new byte[] {1, 2, 3});
        ByteBuffer y = ByteBuffer.wrap(new byte[] {1, 2, 4});
        System.out.println(x.equals(y) + " " + x.compareTo(y) + " " + x.mismatch(y) + " " + (x.hashCode() == ByteBuffer.wrap(new byte[] {1, 2, 3}).hashCode())
                + " " + x.hashCode());
        ByteBuffer big = ByteBuffer.allocate(32);
        big.put(x);
        show("put buffer", big);
        show("source", x);

        ByteBuffer ro = ByteBuffer.allocate(4).asReadOnlyBuffer();
        show("readonly", ro);
        System.out.println(ro.isReadOnly() + " " + ro.hasArray());
        attempt("ro put", () -> ro.put((byte) 1));
        attempt("ro array", () -> ro.array());
        attempt("underflow", () -> ByteBuffer.allocate(2).getInt());
        attempt("overflow", () -> ByteBuffer.allocate(2).putLong(1));
        attempt("index", () -> ByteBuffer.allocate(2).get(2));
        attempt("index long", () -> ByteBuffer.allocate(10).getLong(3));
        attempt("position", () -> ByteBuffer.allocate(2).position(3));
        attempt("negative position", () -> ByteBuffer.allocate(2).position(-1));
        attempt("limit", () -> ByteBuffer.allocate(2).limit(3));
        attempt("reset", () -> ByteBuffer.allocate(2).reset());
        attempt("allocate", () -> ByteBuffer.allocate(-1));
        attempt("bulk get", () -> ByteBuffer.allocate(2).get(new byte[3]));
        attempt("bulk put", () -> ByteBuffer.allocate(2).put(new byte[3]));
        ByteBuffer direct = ByteBuffer.allocateDirect(8);
        System.out.println(direct.isDirect() + " " + direct.hasArray() + " " + direct.capacity());
        direct.putInt(42).flip();
        System.out.println(direct.getInt() + " " + direct.remaining());
    }
}
