package invoke;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;

public class Combinators {
    static int add(int a, int b) {
        return a + b;
    }

    static String show(String label, int value) {
        return label + "=" + value;
    }

    static boolean isEven(int x) {
        return x % 2 == 0;
    }

    static String even(int x) {
        return x + " is even";
    }

    static String odd(int x) {
        return x + " is odd";
    }

    static int parse(String s) {
        return Integer.parseInt(s);
    }

    static String recover(NumberFormatException e, String s) {
        return "bad number " + s;
    }

    static String sum3(int a, int b, int c) {
        return a + "+" + b + "+" + c + "=" + (a + b + c);
    }

    static int length(String s) {
        return s.length();
    }

    static void log(String s) {
        System.out.println("log: " + s);
    }

    static String count(Object... xs) {
        return xs.length + " " + Arrays.toString(xs);
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle add = lookup.findStatic(Combinators.class, "add",
                MethodType.methodType(int.class, int.class, int.class));
        MethodHandle show = lookup.findStatic(Combinators.class, "show",
                MethodType.methodType(String.class, String.class, int.class));

        MethodHandle k = MethodHandles.constant(String.class, "const");
        System.out.println(k + " " + (String) k.invokeExact());
        MethodHandle kInt = MethodHandles.constant(long.class, 5);
        System.out.println(kInt + " " + (long) kInt.invokeExact());
        MethodHandle id = MethodHandles.identity(int.class);
        System.out.println(id + " " + (int) id.invokeExact(9));
        MethodHandle zero = MethodHandles.zero(double.class);
        System.out.println(zero + " " + (double) zero.invokeExact());
        MethodHandle zeroRef = MethodHandles.zero(String.class);
        System.out.println(zeroRef + " " + (String) zeroRef.invokeExact());
        MethodHandle empty = MethodHandles.empty(MethodType.methodType(int.class, String.class,
                long.class));
        System.out.println(empty + " " + (int) empty.invokeExact("x", 3L));

        MethodHandle dropped = MethodHandles.dropArguments(add, 1, String.class, double.class);
        System.out.println(dropped + " " + (int) dropped.invokeExact(1, "ignored", 2.0, 3));
        MethodHandle inserted = MethodHandles.insertArguments(add, 0, 100);
        System.out.println(inserted + " " + (int) inserted.invokeExact(5));
        MethodHandle inserted2 = MethodHandles.insertArguments(show, 1, 7);
        System.out.println(inserted2 + " " + (String) inserted2.invokeExact("seven"));

        MethodHandle length = lookup.findStatic(Combinators.class, "length",
                MethodType.methodType(int.class, String.class));
        MethodHandle filteredReturn = MethodHandles.filterReturnValue(show, length);
        System.out.println(filteredReturn + " " + (int) filteredReturn.invokeExact("abc", 12));
        MethodHandle filteredArgs = MethodHandles.filterArguments(add, 0, length, length);
        System.out.println(filteredArgs + " " + (int) filteredArgs.invokeExact("ab", "cde"));
        MethodHandle filteredSecond = MethodHandles.filterArguments(add, 1, length);
        System.out.println(filteredSecond + " " + (int) filteredSecond.invokeExact(10, "four"));

        MethodHandle collected = MethodHandles.collectArguments(add, 1, length);
        System.out.println(collected + " " + (int) collected.invokeExact(1, "xyz"));
        MethodHandle log = lookup.findStatic(Combinators.class, "log",
                MethodType.methodType(void.class, String.class));
        MethodHandle folded = MethodHandles.foldArguments(MethodHandles.dropArguments(add, 0,
                String.class), log);
        System.out.println(folded + " " + (int) folded.invokeExact("folding", 2, 3));
        MethodHandle foldedValue = MethodHandles.foldArguments(show,
                MethodHandles.dropArguments(MethodHandles.constant(String.class, "L"), 0,
                        int.class));
        System.out.println(foldedValue + " " + (String) foldedValue.invokeExact(4));

        MethodHandle sum3 = lookup.findStatic(Combinators.class, "sum3",
                MethodType.methodType(String.class, int.class, int.class, int.class));
        MethodHandle permuted = MethodHandles.permuteArguments(sum3,
                MethodType.methodType(String.class, int.class, int.class), 1, 0, 1);
        System.out.println(permuted + " " + (String) permuted.invokeExact(1, 2));

        MethodHandle isEven = lookup.findStatic(Combinators.class, "isEven",
                MethodType.methodType(boolean.class, int.class));
        MethodHandle even = lookup.findStatic(Combinators.class, "even",
                MethodType.methodType(String.class, int.class));
        MethodHandle odd = lookup.findStatic(Combinators.class, "odd",
                MethodType.methodType(String.class, int.class));
        MethodHandle guard = MethodHandles.guardWithTest(isEven, even, odd);
        System.out.println(guard + " " + (String) guard.invokeExact(4) + ", "
                + (String) guard.invokeExact(7));

        MethodHandle parse = lookup.findStatic(Combinators.class, "parse",
                MethodType.methodType(int.class, String.class));
        MethodHandle recover = lookup.findStatic(Combinators.class, "recover",
                MethodType.methodType(String.class, NumberFormatException.class, String.class));
        MethodHandle safe = MethodHandles.catchException(
                MethodHandles.filterReturnValue(parse, lookup.findStatic(String.class,
                        "valueOf", MethodType.methodType(String.class, int.class))),
                NumberFormatException.class, recover);
        System.out.println(safe + " " + (String) safe.invokeExact("12") + ", "
                + (String) safe.invokeExact("x1"));

        MethodHandle thrower = MethodHandles.throwException(int.class,
                IllegalArgumentException.class);
        System.out.println(thrower);
        try {
            int never = (int) thrower.invokeExact(new IllegalArgumentException("thrown"));
            System.out.println(never);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
        }

        MethodHandle getter = MethodHandles.arrayElementGetter(int[].class);
        MethodHandle setter = MethodHandles.arrayElementSetter(String[].class);
        MethodHandle len = MethodHandles.arrayLength(long[].class);
        MethodHandle ctor = MethodHandles.arrayConstructor(double[].class);
        int[] ints = {4, 5, 6};
        String[] strings = new String[2];
        setter.invokeExact(strings, 1, "set");
        double[] made = (double[]) ctor.invokeExact(3);
        System.out.println(getter + " " + setter + " " + len + " " + ctor);
        System.out.println((int) getter.invokeExact(ints, 2) + " " + Arrays.toString(strings)
                + " " + (int) len.invokeExact(new long[7]) + " " + made.length);

        MethodHandle spread = add.asSpreader(Object[].class, 2);
        System.out.println(spread + " " + (int) spread.invokeExact(new Object[] {3, 4}));
        MethodHandle spreadInts = add.asSpreader(int[].class, 2);
        System.out.println(spreadInts + " " + (int) spreadInts.invokeExact(new int[] {5, 6}));
        MethodHandle count = lookup.findStatic(Combinators.class, "count",
                MethodType.methodType(String.class, Object[].class));
        MethodHandle collector = count.asCollector(Object[].class, 3);
        System.out.println(collector + " " + (String) collector.invokeExact((Object) "a",
                (Object) 1, (Object) 2.0));
        MethodHandle varargs = count.asVarargsCollector(Object[].class);
        System.out.println(varargs.isVarargsCollector() + " " + (String) varargs.invoke(1, 2)
                + " " + varargs.invokeWithArguments("x", "y", "z"));

        MethodHandle asType = add.asType(MethodType.methodType(Object.class, Integer.class,
                short.class));
        System.out.println(asType + " " + asType.invoke(1, (short) 2));
        MethodHandle toLong = add.asType(MethodType.methodType(long.class, byte.class,
                char.class));
        System.out.println(toLong + " " + (long) toLong.invokeExact((byte) 1, 'A'));
        MethodHandle toVoid = add.asType(MethodType.methodType(void.class, int.class,
                int.class));
        toVoid.invokeExact(1, 2);
        System.out.println(toVoid);
        MethodHandle generic = add.asType(add.type().generic());
        System.out.println(generic + " " + (Object) generic.invokeExact((Object) 20,
                (Object) 22));

        MethodHandle exact = MethodHandles.exactInvoker(add.type());
        System.out.println(exact + " " + (int) exact.invokeExact(add, 1, 1));
        MethodHandle inexact = MethodHandles.invoker(MethodType.methodType(long.class,
                int.class, int.class));
        System.out.println(inexact + " " + (long) inexact.invokeExact(add, 2, 2));

        MethodType mt = MethodType.methodType(int.class, String.class, long[].class);
        System.out.println(mt + " " + mt.toMethodDescriptorString() + " " + mt.wrap() + " "
                + mt.wrap().unwrap() + " " + mt.erase() + " " + mt.generic() + " "
                + mt.hasPrimitives() + " " + mt.appendParameterTypes(char.class) + " "
                + mt.lastParameterType().getSimpleName());
        System.out.println(MethodType.fromMethodDescriptorString("(ILjava/lang/String;[J)V",
                Combinators.class.getClassLoader()));
        System.out.println(mt.equals(MethodType.methodType(int.class, String.class,
                long[].class)) + " " + MethodType.genericMethodType(2, true));

        long total = 0;
        MethodHandle chain = MethodHandles.filterReturnValue(
                MethodHandles.insertArguments(add, 1, 3), MethodHandles.identity(int.class));
        for (int i = 0; i < 10000; i++) {
            total += (int) chain.invokeExact(i);
        }
        System.out.println("loop " + total);
    }
}
