package invoke;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class VarHandles {
    int count;
    long total;
    volatile String label = "start";
    boolean flag;
    double weight = 2.5;
    byte small = 3;
    char letter = 'a';
    final int fixed = 7;
    static int shared = 10;
    static Object anything;

    interface Action {
        Object run() throws Throwable;
    }

    static void attempt(String what, Action action) {
        try {
            System.out.println(what + ": " + action.run());
        } catch (NullPointerException t) {
            System.out.println(what + ": " + t.getClass().getName());
        } catch (Throwable t) {
            System.out.println(what + ": " + t);
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        VarHandle count = lookup.findVarHandle(VarHandles.class, "count", int.class);
        VarHandle total = lookup.findVarHandle(VarHandles.class, "total", long.class);
        VarHandle label = lookup.findVarHandle(VarHandles.class, "label", String.class);
        VarHandle flag = lookup.findVarHandle(VarHandles.class, "flag", boolean.class);
        VarHandle weight = lookup.findVarHandle(VarHandles.class, "weight", double.class);
        VarHandle small = lookup.findVarHandle(VarHandles.class, "small", byte.class);
        VarHandle letter = lookup.findVarHandle(VarHandles.class, "letter", char.class);
        VarHandle fixed = lookup.findVarHandle(VarHandles.class, "fixed", int.class);
        VarHandle shared = lookup.findStaticVarHandle(VarHandles.class, "shared", int.class);
        VarHandle anything = lookup.findStaticVarHandle(VarHandles.class, "anything",
                Object.class);
        System.out.println(count);
        System.out.println(shared);
        System.out.println(count.varType() + " " + count.coordinateTypes() + " "
                + shared.coordinateTypes());
        System.out.println(count.accessModeType(VarHandle.AccessMode.COMPARE_AND_SET));
        System.out.println(count.accessModeType(VarHandle.AccessMode.GET_AND_ADD));
        System.out.println(label.accessModeType(VarHandle.AccessMode.SET_VOLATILE));
        System.out.println(VarHandle.AccessMode.valueFromMethodName("getAndBitwiseXor") + " "
                + VarHandle.AccessMode.WEAK_COMPARE_AND_SET_PLAIN.methodName() + " "
                + VarHandle.AccessMode.values().length);
        System.out.println("supported " + label.isAccessModeSupported(VarHandle.AccessMode.GET_AND_ADD)
                + " " + count.isAccessModeSupported(VarHandle.AccessMode.GET_AND_ADD)
                + " " + fixed.isAccessModeSupported(VarHandle.AccessMode.SET)
                + " " + weight.isAccessModeSupported(VarHandle.AccessMode.GET_AND_BITWISE_OR)
                + " " + flag.isAccessModeSupported(VarHandle.AccessMode.GET_AND_BITWISE_OR));

        VarHandles v = new VarHandles();
        count.set(v, 5);
        System.out.println("get " + (int) count.get(v) + " " + v.count);
        count.setVolatile(v, 6);
        System.out.println("getVolatile " + (int) count.getVolatile(v));
        count.setRelease(v, 7);
        System.out.println("getAcquire " + (int) count.getAcquire(v));
        count.setOpaque(v, 8);
        System.out.println("getOpaque " + (int) count.getOpaque(v));
        System.out.println("cas " + count.compareAndSet(v, 8, 9) + " "
                + count.compareAndSet(v, 8, 10) + " " + v.count);
        System.out.println("cae " + (int) count.compareAndExchange(v, 9, 11) + " "
                + (int) count.compareAndExchange(v, 9, 12) + " " + v.count);
        System.out.println("caeAcq " + (int) count.compareAndExchangeAcquire(v, 11, 13) + " "
                + (int) count.compareAndExchangeRelease(v, 13, 14));
        boolean weak = false;
        while (!weak) {
            weak = count.weakCompareAndSet(v, 14, 15);
        }
        System.out.println("weak " + v.count + " " + count.weakCompareAndSetPlain(v, 15, 16)
                + " " + count.weakCompareAndSetAcquire(v, 16, 17) + " "
                + count.weakCompareAndSetRelease(v, 17, 18) + " " + v.count);
        System.out.println("getAndSet " + (int) count.getAndSet(v, 20) + " " + v.count);
        System.out.println("getAndAdd " + (int) count.getAndAdd(v, 5) + " " + v.count);
        System.out.println("getAndAddAcquire " + (int) count.getAndAddAcquire(v, -3) + " "
                + (int) count.getAndAddRelease(v, 1) + " " + v.count);
        System.out.println("or " + (int) count.getAndBitwiseOr(v, 0x100) + " " + v.count);
        System.out.println("and " + (int) count.getAndBitwiseAnd(v, 0xff) + " " + v.count);
        System.out.println("xor " + (int) count.getAndBitwiseXor(v, 0xf) + " " + v.count);

        total.set(v, 1L << 40);
        System.out.println("long " + (long) total.getAndAdd(v, 5L) + " " + v.total + " "
                + total.compareAndSet(v, (1L << 40) + 5, -1L) + " " + v.total);
        System.out.println("long xor " + (long) total.getAndBitwiseXor(v, 0xffL) + " " + v.total);
        System.out.println("label " + (String) label.get(v) + " "
                + label.compareAndSet(v, "start", "next") + " " + v.label + " "
                + (String) label.getAndSet(v, "last") + " " + v.label);
        String fresh = new String("last");
        System.out.println("identity " + label.compareAndSet(v, fresh, "x") + " " + v.label);
        System.out.println("flag " + (boolean) flag.getAndBitwiseOr(v, true) + " " + v.flag
                + " " + (boolean) flag.getAndBitwiseXor(v, true) + " " + v.flag);
        System.out.println("double " + (double) weight.getAndAdd(v, 1.25) + " " + v.weight
                + " " + weight.compareAndSet(v, 3.75, 0.5) + " " + v.weight);
        System.out.println("byte " + (byte) small.getAndAdd(v, (byte) 127) + " " + v.small);
        System.out.println("char " + (char) letter.getAndAdd(v, 'b' - 'a' > 0 ? (char) 2 : (char) 0)
                + " " + v.letter);
        System.out.println("final " + (int) fixed.get(v));
        System.out.println("static " + (int) shared.getAndAdd(3) + " " + (int) shared.get()
                + " " + shared.compareAndSet(13, 1) + " " + VarHandles.shared);
        anything.set("thing");
        System.out.println("static object " + anything.get() + " "
                + anything.compareAndSet("thing", (Object) 42) + " " + VarHandles.anything);

        // asType conversions at access-mode call sites.
        System.out.println("widen " + (long) count.get(v) + " " + (Object) count.get(v));
        count.set(v, (short) 3);
        System.out.println("narrow arg " + v.count);
        count.set(v, Integer.valueOf(4));
        System.out.println("boxed arg " + v.count);

        attempt("final set", () -> {
            fixed.set(v, 1);
            return null;
        });
        attempt("string getAndAdd", () -> (String) label.getAndAdd(v, "x"));
        attempt("wrong value type", () -> {
            count.set(v, "x");
            return null;
        });
        attempt("wrong result type", () -> (String) count.get(v));
        attempt("null receiver", () -> (int) count.get((VarHandles) null));
        attempt("null unboxed", () -> {
            count.set(v, (Integer) null);
            return null;
        });

        // Arrays.
        VarHandle ints = MethodHandles.arrayElementVarHandle(int[].class);
        VarHandle strings = MethodHandles.arrayElementVarHandle(String[].class);
        System.out.println(ints + " " + ints.varType() + " " + ints.coordinateTypes());
        int[] array = {1, 2, 3};
        ints.set(array, 1, 20);
        System.out.println("array " + (int) ints.get(array, 1) + " "
                + (int) ints.getAndAdd(array, 2, 10) + " " + array[2] + " "
                + ints.compareAndSet(array, 0, 1, 100) + " " + array[0]);
        String[] names = {"a", "b"};
        System.out.println("strings " + (String) strings.getAndSet(names, 0, "z") + " "
                + names[0]);
        attempt("array index", () -> (int) ints.get(array, 3));
        attempt("array null", () -> (int) ints.get((int[]) null, 0));
        Object[] objects = new String[1];
        VarHandle objectsHandle = MethodHandles.arrayElementVarHandle(Object[].class);
        attempt("array store", () -> {
            objectsHandle.set(objects, 0, (Object) Integer.valueOf(1));
            return null;
        });

        // toMethodHandle and varHandleInvoker.
        MethodHandle getter = count.toMethodHandle(VarHandle.AccessMode.GET);
        MethodHandle adder = count.toMethodHandle(VarHandle.AccessMode.GET_AND_ADD);
        System.out.println(getter + " " + adder + " " + (int) adder.invokeExact(v, 2) + " "
                + (int) getter.invokeExact(v));
        MethodHandle invoker = MethodHandles.varHandleInvoker(VarHandle.AccessMode.SET,
                java.lang.invoke.MethodType.methodType(void.class, VarHandles.class, int.class));
        invoker.invokeExact(count, v, 77);
        System.out.println(invoker + " " + v.count);

        VarHandle.fullFence();
        VarHandle.acquireFence();
        VarHandle.releaseFence();
        VarHandle.loadLoadFence();
        VarHandle.storeStoreFence();

        // A hot loop of atomic updates (compiled in the JIT modes).
        VarHandles w = new VarHandles();
        for (int i = 0; i < 20000; i++) {
            count.getAndAdd(w, i & 3);
            int seen;
            do {
                seen = (int) count.getVolatile(w);
            } while (!count.compareAndSet(w, seen, seen + 1));
            ints.getAndAdd(array, i % 3, 1);
        }
        System.out.println("loop " + w.count + " " + array[0] + " " + array[1] + " " + array[2]);
    }
}
