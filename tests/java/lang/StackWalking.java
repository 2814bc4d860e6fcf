package lang;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

public class StackWalking {
    static final StackWalker PLAIN = StackWalker.getInstance();
    static final StackWalker RETAIN = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    static boolean mine(StackWalker.StackFrame f) {
        return f.getClassName().startsWith("lang.");
    }

    static void describe(String label) {
        System.out.println("-- " + label);
        PLAIN.forEach(f -> {
            if (mine(f)) {
                System.out.println(f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber()
                        + " " + f.getFileName() + " native=" + f.isNativeMethod() + " | " + f);
            }
        });
        List<String> names = PLAIN.walk(s -> s.filter(StackWalking::mine)
                .map(StackWalker.StackFrame::getMethodName).collect(Collectors.toList()));
        System.out.println(names);
        System.out.println("caller " + RETAIN.getCallerClass().getName());
    }

    static void recurse(int n) {
        if (n > 0) {
            recurse(n - 1);
            return;
        }
        describe("recursion");
    }

    static class Helper {
        String who() {
            return RETAIN.getCallerClass().getSimpleName();
        }

        static String whoStatic() {
            return RETAIN.walk(s -> s.skip(1).findFirst()).map(f -> f.getDeclaringClass().getSimpleName()).orElse("?");
        }
    }

    static class Caller {
        String ask() {
            return new Helper().who() + "/" + Helper.whoStatic();
        }
    }

    public static void reflected() {
        System.out.println("reflected: " + PLAIN.walk(s -> s.filter(StackWalking::mine).map(StackWalker.StackFrame::getMethodName).collect(Collectors.toList())));
        System.out.println("caller " + RETAIN.getCallerClass().getName());
    }

    public static void main(String[] args) throws Exception {
        recurse(2);
        Runnable r = () -> describe("lambda");
        r.run();
        Supplier<String> s = new Supplier<>() {
            public String get() {
                return PLAIN.walk(st -> st.findFirst().get().getClassName());
            }
        };
        System.out.println("anonymous " + s.get());
        System.out.println(new Caller().ask());
        Method m = StackWalking.class.getMethod("reflected");
        m.invoke(null);
        StackWalker frames = StackWalker.getInstance(EnumSet.of(StackWalker.Option.RETAIN_CLASS_REFERENCE, StackWalker.Option.SHOW_REFLECT_FRAMES), 4);
        StackWalker.StackFrame top = frames.walk(st -> st.findFirst()).get();
        System.out.println(top.getDeclaringClass() + " " + top.getMethodName() + " " + top.getDescriptor()
                + " " + top.getMethodType() + " " + (top.getByteCodeIndex() > 0) + " " + top.toStackTraceElement());
        try {
            PLAIN.forEach(f -> f.getDeclaringClass());
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
        try {
            PLAIN.getCallerClass();
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
        try {
            StackWalker.getInstance(Set.of(), 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            RETAIN.getCallerClass();
        } catch (IllegalCallerException e) {
            System.out.println("main has no caller");
        }
        System.out.println(StackWalker.Option.valueOf("SHOW_HIDDEN_FRAMES") + " " + StackWalker.Option.values().length);
        long count = PLAIN.walk(st -> st.filter(StackWalking::mine).count());
        System.out.println(count);
        Thread t = new Thread(() -> describe("thread"));
        t.start();
        t.join();
    }
}
