package invoke;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

public class ByteViews {
    interface Action {
        Object run() throws Throwable;
    }

    static void attempt(String what, Action action) {
        try {
            System.out.println(what + ": " + action.run());
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getClass().getName());
        } catch (Throwable t) {
            System.out.println(what + ": " + t);
        }
    }

    public static void main(String[] args) throws Throwable {
        VarHandle intsBig = MethodHandles.byteArrayViewVarHandle(int[].class,
                ByteOrder.BIG_ENDIAN);
        VarHandle intsLittle = MethodHandles.byteArrayViewVarHandle(int[].class,
                ByteOrder.LITTLE_ENDIAN);
        VarHandle longs = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.BIG_ENDIAN);
        VarHandle shorts = MethodHandles.byteArrayViewVarHandle(short[].class,
                ByteOrder.LITTLE_ENDIAN);
        VarHandle chars = MethodHandles.byteArrayViewVarHandle(char[].class,
                ByteOrder.BIG_ENDIAN);
        VarHandle floats = MethodHandles.byteArrayViewVarHandle(float[].class,
                ByteOrder.LITTLE_ENDIAN);
        VarHandle doubles = MethodHandles.byteArrayViewVarHandle(double[].class,
                ByteOrder.BIG_ENDIAN);
        System.out.println(intsBig + " " + intsBig.varType() + " " + intsBig.coordinateTypes());
        byte[] bytes = new byte[16];
        intsBig.set(bytes, 0, 0x01020304);
        intsLittle.set(bytes, 4, 0x01020304);
        System.out.println(Arrays.toString(bytes));
        System.out.println(Integer.toHexString((int) intsBig.get(bytes, 4)) + " "
                + Integer.toHexString((int) intsLittle.get(bytes, 0)) + " "
                + Integer.toHexString((int) intsBig.get(bytes, 1)));
        longs.set(bytes, 8, 0x1122334455667788L);
        System.out.println(Long.toHexString((long) longs.get(bytes, 8)) + " "
                + Arrays.toString(bytes));
        shorts.set(bytes, 3, (short) -2);
        System.out.println((short) shorts.get(bytes, 3) + " " + Arrays.toString(bytes));
        chars.set(bytes, 0, 'Z');
        System.out.println((char) chars.get(bytes, 0) + " " + (int) (char) chars.get(bytes, 1));
        floats.set(bytes, 4, 1.5f);
        System.out.println((float) floats.get(bytes, 4) + " " + Arrays.toString(bytes));
        doubles.set(bytes, 8, -0.25);
        System.out.println((double) doubles.get(bytes, 8) + " " + Arrays.toString(bytes));

        byte[] b = new byte[12];
        System.out.println("cas " + intsBig.compareAndSet(b, 4, 0, 7) + " "
                + (int) intsBig.getVolatile(b, 4) + " " + (int) intsBig.getAndAdd(b, 4, 3) + " "
                + (int) intsBig.get(b, 4) + " " + (int) intsBig.getAndBitwiseOr(b, 4, 0x100)
                + " " + (int) intsBig.get(b, 4) + " " + Arrays.toString(b));
        System.out.println("long cas " + longs.compareAndSet(b, 0, 0L, -1L) + " "
                + (long) longs.getAndAdd(b, 0, 1L) + " " + Arrays.toString(b));
        System.out.println("double cas " + doubles.compareAndSet(new byte[8], 0, 0.0, 2.0));
        System.out.println("supported " + shorts.isAccessModeSupported(
                VarHandle.AccessMode.COMPARE_AND_SET) + " "
                + floats.isAccessModeSupported(VarHandle.AccessMode.GET_AND_ADD) + " "
                + floats.isAccessModeSupported(VarHandle.AccessMode.GET_AND_SET) + " "
                + intsBig.isAccessModeSupported(VarHandle.AccessMode.GET_AND_BITWISE_XOR) + " "
                + chars.isAccessModeSupported(VarHandle.AccessMode.GET_VOLATILE));

        attempt("index", () -> (int) intsBig.get(b, 9));
        attempt("negative index", () -> (int) intsBig.get(b, -1));
        attempt("misaligned volatile", () -> (int) intsBig.getVolatile(b, 2));
        attempt("misaligned cas", () -> longs.compareAndSet(new byte[16], 4, 0L, 1L));
        attempt("misaligned plain", () -> (int) intsBig.get(b, 2));
        attempt("short cas", () -> shorts.compareAndSet(b, 0, (short) 0, (short) 1));
        attempt("float add", () -> (float) floats.getAndAdd(new byte[4], 0, 1f));
        attempt("null array", () -> (int) intsBig.get((byte[]) null, 0));
        attempt("not a view", () -> MethodHandles.byteArrayViewVarHandle(byte[].class,
                ByteOrder.BIG_ENDIAN));
        attempt("not an array", () -> MethodHandles.byteArrayViewVarHandle(int.class,
                ByteOrder.BIG_ENDIAN));

        // Read big-endian ints from a byte stream in a loop.
        byte[] stream = new byte[4000];
        for (int i = 0; i < stream.length; i++) {
            stream[i] = (byte) (i * 31);
        }
        long sum = 0;
        for (int i = 0; i + 4 <= stream.length; i += 4) {
            sum += (int) intsBig.get(stream, i);
            intsLittle.set(stream, i, i);
        }
        System.out.println("loop " + sum + " " + (int) intsLittle.get(stream, 400));
    }
}
