package invoke;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.invoke.WrongMethodTypeException;
import java.util.List;

class Outsider {
    private static int hidden() {
        return 1;
    }

    static int packaged() {
        return 2;
    }

    protected int guarded() {
        return 3;
    }

    private int field;
    static final String CONSTANT = "c";

    public static int open() {
        return 4;
    }
}

public class HandleErrors {
    interface Action {
        Object run() throws Throwable;
    }

    static void attempt(String what, Action action) {
        try {
            System.out.println(what + ": " + action.run());
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getClass().getName());
        } catch (Throwable t) {
            String message = t.getMessage();
            // The lookup's module is printed with its identity hash.
            int from = message == null ? -1 : message.indexOf(", from class ");
            if (from >= 0) {
                message = message.substring(0, from) + ", from class ...";
            }
            System.out.println(what + ": " + t.getClass().getName() + ": " + message);
        }
    }

    static int twice(int x) {
        return 2 * x;
    }

    static String echo(Object o) {
        return "echo " + o;
    }

    int instance;
    static long counter;
    final int frozen = 1;

    void method() {
    }

    static int explode(int x) {
        throw new IllegalStateException("exploded " + x);
    }

    static void trace(String what, Action action) {
        try {
            action.run();
        } catch (Throwable t) {
            StringBuilder sb = new StringBuilder(what + ": " + t);
            for (StackTraceElement e : t.getStackTrace()) {
                sb.append(" <- ").append(e.getClassName()).append('.').append(e.getMethodName());
            }
            System.out.println(sb);
        }
    }

    static void traces() throws Throwable {
        MethodHandle explode = MethodHandles.lookup().findStatic(HandleErrors.class,
                "explode", MethodType.methodType(int.class, int.class));
        trace("exact", () -> (int) explode.invokeExact(1));
        trace("invoke", () -> (long) explode.invoke((short) 2));
        trace("bound", () -> (int) MethodHandles.insertArguments(explode, 0, 3).invokeExact());
        trace("filtered", () -> (int) MethodHandles.filterReturnValue(explode,
                MethodHandles.identity(int.class)).invokeExact(4));
        for (String name : new String[] {"invokeExact", "invoke"}) {
            try {
                MethodHandle.class.getMethod(name, Object[].class).invoke(explode,
                        (Object) new Object[] {5});
            } catch (java.lang.reflect.InvocationTargetException e) {
                System.out.println("reflective " + name + ": " + e.getCause());
            }
        }
        VarHandle vh = MethodHandles.lookup().findStaticVarHandle(HandleErrors.class,
                "counter", long.class);
        try {
            VarHandle.class.getMethod("get", Object[].class).invoke(vh, (Object) new Object[0]);
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println("reflective get: " + e.getCause());
        }
    }

    public static void main(String[] args) throws Throwable {
        traces();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodType intToInt = MethodType.methodType(int.class, int.class);
        attempt("missing static", () -> lookup.findStatic(HandleErrors.class, "nope", intToInt));
        attempt("wrong type", () -> lookup.findStatic(HandleErrors.class, "twice",
                MethodType.methodType(long.class, int.class)));
        attempt("static as virtual", () -> lookup.findVirtual(HandleErrors.class, "twice",
                intToInt));
        attempt("virtual as static", () -> lookup.findStatic(HandleErrors.class, "method",
                MethodType.methodType(void.class)));
        attempt("missing virtual", () -> lookup.findVirtual(String.class, "nope",
                MethodType.methodType(void.class)));
        attempt("missing interface", () -> lookup.findVirtual(List.class, "nope",
                MethodType.methodType(void.class)));
        attempt("missing constructor", () -> lookup.findConstructor(HandleErrors.class,
                MethodType.methodType(void.class, int.class)));
        attempt("missing field", () -> lookup.findGetter(HandleErrors.class, "nope",
                int.class));
        attempt("field type", () -> lookup.findGetter(HandleErrors.class, "instance",
                long.class));
        attempt("static field as instance", () -> lookup.findGetter(HandleErrors.class,
                "counter", long.class));
        attempt("instance field as static", () -> lookup.findStaticGetter(HandleErrors.class,
                "instance", int.class));
        attempt("static setter of instance", () -> lookup.findStaticSetter(
                HandleErrors.class, "instance", int.class));
        attempt("final setter", () -> lookup.findSetter(HandleErrors.class, "frozen",
                int.class));
        attempt("final static setter", () -> lookup.findStaticSetter(Outsider.class,
                "CONSTANT", String.class));
        attempt("missing var handle", () -> lookup.findVarHandle(HandleErrors.class, "nope",
                int.class));
        attempt("static var handle as instance", () -> lookup.findVarHandle(
                HandleErrors.class, "counter", long.class));

        attempt("private of other class", () -> lookup.findStatic(Outsider.class, "hidden",
                MethodType.methodType(int.class)));
        attempt("package private", () -> lookup.findStatic(Outsider.class, "packaged",
                MethodType.methodType(int.class)).invoke());
        attempt("protected same package", () -> lookup.findVirtual(Outsider.class, "guarded",
                MethodType.methodType(int.class)).invoke(new Outsider()));
        attempt("private field of other class", () -> lookup.findGetter(Outsider.class,
                "field", int.class));
        MethodHandles.Lookup foreign = lookup.in(String.class);
        attempt("foreign lookup package", () -> foreign.findStatic(Outsider.class, "packaged",
                MethodType.methodType(int.class)));
        attempt("foreign lookup public", () -> foreign.findStatic(Outsider.class, "open",
                MethodType.methodType(int.class)));
        attempt("public lookup", () -> MethodHandles.publicLookup().findStatic(Math.class,
                "abs", intToInt).invoke(-3));
        try {
            lookup.unreflect(Outsider.class.getDeclaredMethod("hidden"));
        } catch (IllegalAccessException x) {
            // (HotSpot's message shows the method type as an array's identity.)
            System.out.println("unreflect private: " + x.getClass().getName());
        }
        attempt("unreflect accessible", () -> {
            java.lang.reflect.Method m = Outsider.class.getDeclaredMethod("hidden");
            m.setAccessible(true);
            return lookup.unreflect(m).invoke();
        });

        MethodHandle twice = lookup.findStatic(HandleErrors.class, "twice", intToInt);
        attempt("exact boxed argument", () -> (int) twice.invokeExact((Integer) 3));
        attempt("exact Object result", () -> (Object) twice.invokeExact(3));
        attempt("exact long result", () -> (long) twice.invokeExact(3));
        attempt("exact void result", () -> {
            twice.invokeExact(3);
            return null;
        });
        attempt("exact arity", () -> (int) twice.invokeExact(1, 2));
        attempt("invoke arity", () -> (int) twice.invoke(1, 2));
        attempt("invoke String argument", () -> (int) twice.invoke((Object) "x"));
        attempt("invoke Long argument", () -> (int) twice.invoke((Object) 5L));
        attempt("invoke String result", () -> (String) twice.invoke(3));
        attempt("invoke null unboxing", () -> (int) twice.invoke((Integer) null));
        attempt("asType long argument", () -> twice.asType(MethodType.methodType(int.class,
                long.class)));
        attempt("asType String result", () -> twice.asType(MethodType.methodType(
                String.class, int.class)));
        attempt("asType Long argument", () -> twice.asType(MethodType.methodType(int.class,
                Long.class)));
        attempt("invokeWithArguments arity", () -> twice.invokeWithArguments(1, 2));
        attempt("invokeWithArguments type", () -> twice.invokeWithArguments("1"));

        MethodHandle echo = lookup.findStatic(HandleErrors.class, "echo",
                MethodType.methodType(String.class, Object.class));
        MethodHandle narrowed = echo.asType(MethodType.methodType(String.class, String.class));
        attempt("narrowed", () -> (String) narrowed.invokeExact("s"));
        MethodHandle toInteger = MethodHandles.identity(Object.class).asType(
                MethodType.methodType(Integer.class, Object.class));
        attempt("reference cast", () -> (Integer) toInteger.invokeExact((Object) "no"));

        attempt("constant mismatch", () -> MethodHandles.constant(int.class, "x"));
        attempt("constant void", () -> MethodHandles.constant(void.class, null));
        attempt("identity void", () -> MethodHandles.identity(void.class));
        attempt("insert mismatch", () -> MethodHandles.insertArguments(twice, 0, "x"));
        attempt("insert too many", () -> MethodHandles.insertArguments(twice, 0, 1, 2));
        attempt("bindTo primitive", () -> twice.bindTo(1));
        attempt("bindTo wrong class", () -> echo.asType(MethodType.methodType(String.class,
                String.class)).bindTo(1));
        attempt("filterReturnValue mismatch", () -> MethodHandles.filterReturnValue(twice,
                echo));
        attempt("guardWithTest mismatch", () -> MethodHandles.guardWithTest(
                MethodHandles.constant(boolean.class, true), twice, echo));
        attempt("arrayElementGetter", () -> MethodHandles.arrayElementGetter(String.class));
        attempt("array index", () -> (int) MethodHandles.arrayElementGetter(int[].class)
                .invokeExact(new int[2], 2));
        attempt("array store", () -> {
            MethodHandles.arrayElementSetter(Object[].class).invokeExact(
                    (Object[]) new String[1], 0, (Object) 1);
            return null;
        });
        attempt("negative array", () -> (int[]) MethodHandles.arrayConstructor(int[].class)
                .invokeExact(-1));
        attempt("throwException null", () -> (int) MethodHandles.throwException(int.class,
                RuntimeException.class).invokeExact((RuntimeException) null));
        attempt("spread length", () -> (int) twice.asSpreader(Object[].class, 1)
                .invokeExact(new Object[2]));
        attempt("privateLookupIn primitive", () -> MethodHandles.privateLookupIn(int.class,
                lookup));

        VarHandle vh = lookup.findVarHandle(HandleErrors.class, "instance", int.class);
        HandleErrors e = new HandleErrors();
        attempt("var handle arity", () -> (int) vh.get(e, 1));
        attempt("var handle coordinate", () -> (int) vh.get("x"));
        attempt("var handle result", () -> (boolean) vh.get(e));
        attempt("var handle cas type", () -> vh.compareAndSet(e, 0L, 1L));
        attempt("var handle set result", () -> {
            vh.set(e, 1);
            return vh.get(e);
        });
    }
}
