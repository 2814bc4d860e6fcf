package invoke;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

public class Loops {
    static int target(int x) {
        if (x < 0) {
            throw new IllegalArgumentException("negative " + x);
        }
        return x * 10;
    }

    static int cleanup(Throwable t, int result, int x) {
        System.out.println("cleanup t=" + t + " result=" + result + " x=" + x);
        return result + 1;
    }

    static void sideEffect(String s) {
        System.out.println("side effect " + s);
    }

    static void voidCleanup(Throwable t, String s) {
        System.out.println("void cleanup t=" + t + " s=" + s);
    }

    static int count(int n) {
        return n;
    }

    static int start(int n) {
        return 100;
    }

    static int step(int v, int i, int n) {
        return v + i * n;
    }

    static void print(int i, int n) {
        System.out.println("iteration " + i + " of " + n);
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle target = lookup.findStatic(Loops.class, "target",
                MethodType.methodType(int.class, int.class));
        MethodHandle cleanup = lookup.findStatic(Loops.class, "cleanup",
                MethodType.methodType(int.class, Throwable.class, int.class, int.class));
        MethodHandle tf = MethodHandles.tryFinally(target, cleanup);
        System.out.println(tf + " " + (int) tf.invokeExact(4));
        try {
            System.out.println((int) tf.invokeExact(-1));
        } catch (IllegalArgumentException e) {
            System.out.println("rethrown " + e.getMessage());
        }
        MethodHandle side = lookup.findStatic(Loops.class, "sideEffect",
                MethodType.methodType(void.class, String.class));
        MethodHandle voidCleanup = lookup.findStatic(Loops.class, "voidCleanup",
                MethodType.methodType(void.class, Throwable.class, String.class));
        MethodHandle tfVoid = MethodHandles.tryFinally(side, voidCleanup);
        tfVoid.invokeExact("hello");
        MethodHandle noArgsCleanup = MethodHandles.dropArguments(MethodHandles.constant(
                int.class, 7), 0, Throwable.class, int.class);
        System.out.println("prefix cleanup " + (int) MethodHandles.tryFinally(target,
                noArgsCleanup).invokeExact(2));

        MethodHandle count = lookup.findStatic(Loops.class, "count",
                MethodType.methodType(int.class, int.class));
        MethodHandle start = lookup.findStatic(Loops.class, "start",
                MethodType.methodType(int.class, int.class));
        MethodHandle step = lookup.findStatic(Loops.class, "step",
                MethodType.methodType(int.class, int.class, int.class, int.class));
        MethodHandle loop = MethodHandles.countedLoop(count, start, step);
        System.out.println(loop + " " + (int) loop.invokeExact(5));
        MethodHandle print = lookup.findStatic(Loops.class, "print",
                MethodType.methodType(void.class, int.class, int.class));
        MethodHandle voidLoop = MethodHandles.countedLoop(count, null, print);
        System.out.println(voidLoop);
        voidLoop.invokeExact(3);
        MethodHandle noInit = MethodHandles.countedLoop(count, null, step);
        System.out.println("no init " + (int) noInit.invokeExact(4));

        MethodHandle matched = MethodHandles.dropArgumentsToMatch(target, 0,
                List.of(String.class, int.class, long.class), 1);
        System.out.println(matched + " " + (int) matched.invokeExact("x", 3, 9L));
    }
}
