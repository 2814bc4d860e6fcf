package java.lang;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A walker of the current thread's stack. The frames are those a {@link Throwable} records
 * at the point of the walk (without the walker's own frames), taken all at once; the stream
 * a {@link #walk} function gets is only valid during the call.
 */
public final class StackWalker {

    public enum Option {
        RETAIN_CLASS_REFERENCE,
        SHOW_REFLECT_FRAMES,
        SHOW_HIDDEN_FRAMES
    }

    public interface StackFrame {
        String getClassName();

        String getMethodName();

        Class<?> getDeclaringClass();

        default MethodType getMethodType() {
            throw new UnsupportedOperationException();
        }

        default String getDescriptor() {
            throw new UnsupportedOperationException();
        }

        int getByteCodeIndex();

        String getFileName();

        int getLineNumber();

        boolean isNativeMethod();

        StackTraceElement toStackTraceElement();
    }

    private static final StackWalker DEFAULT = new StackWalker(EnumSet.noneOf(Option.class));

    private final Set<Option> options;
    private final boolean retainClass;

    private StackWalker(Set<Option> options) {
        this.options = options;
        this.retainClass = options.contains(Option.RETAIN_CLASS_REFERENCE);
    }

    public static StackWalker getInstance() {
        return DEFAULT;
    }

    public static StackWalker getInstance(Option option) {
        return new StackWalker(EnumSet.of(Objects.requireNonNull(option)));
    }

    public static StackWalker getInstance(Set<Option> options) {
        if (options.isEmpty()) {
            return DEFAULT;
        }
        EnumSet<Option> copy = EnumSet.noneOf(Option.class);
        for (Option o : options) {
            copy.add(Objects.requireNonNull(o));
        }
        return new StackWalker(copy);
    }

    public static StackWalker getInstance(Set<Option> options, int estimateDepth) {
        if (estimateDepth <= 0) {
            throw new IllegalArgumentException("estimateDepth must be > 0");
        }
        return getInstance(options);
    }

    public <T> T walk(Function<? super Stream<StackFrame>, ? extends T> function) {
        Objects.requireNonNull(function);
        List<StackFrame> frames = frames(options.contains(Option.SHOW_REFLECT_FRAMES));
        return function.apply(frames.stream());
    }

    public void forEach(Consumer<? super StackFrame> action) {
        Objects.requireNonNull(action);
        for (StackFrame frame : frames(options.contains(Option.SHOW_REFLECT_FRAMES))) {
            action.accept(frame);
        }
    }

    /**
     * The class of the method that called the method calling this one, skipping reflection
     * frames whatever the options.
     */
    public Class<?> getCallerClass() {
        if (!retainClass) {
            throw new UnsupportedOperationException(
                    "This stack walker does not have RETAIN_CLASS_REFERENCE access");
        }
        List<StackFrame> frames = frames(false);
        if (frames.size() < 2) {
            throw new IllegalCallerException("no caller frame");
        }
        return frames.get(1).getDeclaringClass();
    }

    /** The current thread's frames below the walker's own, top first. */
    private List<StackFrame> frames(boolean showReflection) {
        Throwable t = new Throwable();
        StackTraceElement[] trace = t.getStackTrace();
        int n = trace.length;
        Class<?>[] classes = new Class<?>[n];
        String[] descriptors = new String[n];
        int[] bcis = new int[n];
        describe0(t, classes, descriptors, bcis);
        List<StackFrame> frames = new ArrayList<>(n);
        int i = 0;
        while (i < n && trace[i].getClassName().startsWith("java.lang.StackWalker")) {
            i++;
        }
        for (; i < n; i++) {
            if (!showReflection && isReflection(trace[i].getClassName())) {
                continue;
            }
            frames.add(new Frame(this, trace[i], classes[i], descriptors[i], bcis[i]));
        }
        return Collections.unmodifiableList(frames);
    }

    private static boolean isReflection(String className) {
        return className.equals("java.lang.reflect.Method")
                || className.equals("java.lang.reflect.Constructor")
                || className.startsWith("jdk.internal.reflect.")
                || className.startsWith("java.lang.invoke.");
    }

    /** Fills, per frame of t's backtrace: its class, method descriptor and bytecode index. */
    private static native void describe0(Throwable t, Class<?>[] classes, String[] descriptors,
            int[] bcis);

    private static final class Frame implements StackFrame {
        private final StackWalker walker;
        private final StackTraceElement element;
        private final Class<?> declaringClass;
        private final String descriptor;
        private final int bci;

        Frame(StackWalker walker, StackTraceElement element, Class<?> declaringClass,
                String descriptor, int bci) {
            this.walker = walker;
            this.element = element;
            this.declaringClass = declaringClass;
            this.descriptor = descriptor;
            this.bci = bci;
        }

        @Override
        public String getClassName() {
            return element.getClassName();
        }

        @Override
        public String getMethodName() {
            return element.getMethodName();
        }

        @Override
        public Class<?> getDeclaringClass() {
            if (!walker.retainClass) {
                throw new UnsupportedOperationException("No access to RETAIN_CLASS_REFERENCE");
            }
            return declaringClass;
        }

        @Override
        public MethodType getMethodType() {
            if (!walker.retainClass) {
                throw new UnsupportedOperationException("No access to RETAIN_CLASS_REFERENCE");
            }
            List<Class<?>> parameters = new ArrayList<>();
            int[] at = {1};
            while (descriptor.charAt(at[0]) != ')') {
                parameters.add(type(at));
            }
            at[0]++;
            return MethodType.methodType(type(at), parameters);
        }

        /** The type whose descriptor starts at at[0]; advances at[0] past it. */
        private Class<?> type(int[] at) {
            int start = at[0];
            while (descriptor.charAt(at[0]) == '[') {
                at[0]++;
            }
            char c = descriptor.charAt(at[0]);
            if (c == 'L') {
                at[0] = descriptor.indexOf(';', at[0]) + 1;
            } else {
                at[0]++;
            }
            String d = descriptor.substring(start, at[0]);
            switch (d) {
                case "Z": return boolean.class;
                case "B": return byte.class;
                case "C": return char.class;
                case "S": return short.class;
                case "I": return int.class;
                case "J": return long.class;
                case "F": return float.class;
                case "D": return double.class;
                case "V": return void.class;
                default:
                    break;
            }
            String name = d.charAt(0) == 'L'
                    ? d.substring(1, d.length() - 1).replace('/', '.')
                    : d.replace('/', '.');
            try {
                return Class.forName(name, false, declaringClass.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new TypeNotPresentException(name, e);
            }
        }

        @Override
        public String getDescriptor() {
            return descriptor;
        }

        @Override
        public int getByteCodeIndex() {
            return bci;
        }

        @Override
        public String getFileName() {
            return element.getFileName();
        }

        @Override
        public int getLineNumber() {
            return element.getLineNumber();
        }

        @Override
        public boolean isNativeMethod() {
            return element.isNativeMethod();
        }

        @Override
        public StackTraceElement toStackTraceElement() {
            return element;
        }

        @Override
        public String toString() {
            return element.toString();
        }
    }
}
