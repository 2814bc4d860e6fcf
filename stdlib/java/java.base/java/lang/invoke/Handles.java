package java.lang.invoke;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** The kinds of method handle, each running on boxed arguments ({@link MethodHandle#invokeBoxed}). */
final class Handles {
    private Handles() {}

    static final int STATIC = 0;
    static final int VIRTUAL = 1;
    static final int SPECIAL = 2;
    static final int CONSTRUCTOR = 3;
    static final int GETTER = 4;
    static final int SETTER = 5;
    static final int STATIC_GETTER = 6;
    static final int STATIC_SETTER = 7;

    static Object[] tail(Object[] args, int from) {
        Object[] rest = new Object[args.length - from];
        System.arraycopy(args, from, rest, 0, rest.length);
        return rest;
    }

    /** A method, constructor or field, through reflection with its checks suppressed. */
    static final class Direct extends MethodHandle {
        final int kind;
        final Method method;
        final Constructor<?> constructor;
        final Field field;

        Direct(MethodType type, int kind, Method method, Constructor<?> constructor, Field field) {
            super(type);
            this.kind = kind;
            this.method = method;
            this.constructor = constructor;
            this.field = field;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            try {
                switch (kind) {
                    case STATIC:
                        return method.invoke(null, args);
                    case VIRTUAL: {
                        Object receiver = args[0];
                        if (receiver == null) {
                            throw new NullPointerException();
                        }
                        return method.invoke(receiver, tail(args, 1));
                    }
                    case SPECIAL: {
                        Object receiver = args[0];
                        if (receiver == null) {
                            throw new NullPointerException();
                        }
                        return jdk.internal.reflect.Reflection.langReflectAccess()
                                .invokeSpecial(method, receiver, tail(args, 1));
                    }
                    case CONSTRUCTOR:
                        return constructor.newInstance(args);
                    case GETTER:
                        if (args[0] == null) {
                            throw new NullPointerException();
                        }
                        return field.get(args[0]);
                    case SETTER:
                        if (args[0] == null) {
                            throw new NullPointerException();
                        }
                        field.set(args[0], args[1]);
                        return null;
                    case STATIC_GETTER:
                        return field.get(null);
                    default:
                        field.set(null, args[0]);
                        return null;
                }
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /** asType: converts the arguments, calls the target, converts its result. */
    static final class AsType extends MethodHandle {
        final MethodHandle target;

        AsType(MethodHandle target, MethodType type) {
            super(type);
            this.target = target;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            MethodType t = target.type();
            Object result = target.invokeBoxed(Conversions.convertArguments(args, type(), t));
            return Conversions.convert(result, t.returnType(), type().returnType());
        }
    }

    /** insertArguments and bindTo: values inserted at {@code pos}. */
    static final class Insert extends MethodHandle {
        final MethodHandle target;
        final int pos;
        final Object[] values;

        Insert(MethodHandle target, int pos, Object[] values) {
            super(target.type().dropParameterTypes(pos, pos + values.length));
            this.target = target;
            this.pos = pos;
            this.values = values;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] all = new Object[args.length + values.length];
            System.arraycopy(args, 0, all, 0, pos);
            System.arraycopy(values, 0, all, pos, values.length);
            System.arraycopy(args, pos, all, pos + values.length, args.length - pos);
            return target.invokeBoxed(all);
        }
    }

    /** dropArguments: ignores {@code count} arguments at {@code pos}. */
    static final class Drop extends MethodHandle {
        final MethodHandle target;
        final int pos;
        final int count;

        Drop(MethodHandle target, MethodType type, int pos, int count) {
            super(type);
            this.target = target;
            this.pos = pos;
            this.count = count;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] kept = new Object[args.length - count];
            System.arraycopy(args, 0, kept, 0, pos);
            System.arraycopy(args, pos + count, kept, pos, kept.length - pos);
            return target.invokeBoxed(kept);
        }
    }

    /** asSpreader: the elements of an array argument become arguments. */
    static final class Spreader extends MethodHandle {
        final MethodHandle target;
        final int pos;
        final int length;
        final Class<?> component;

        Spreader(MethodHandle target, MethodType type, int pos, int length, Class<?> component) {
            super(type);
            this.target = target;
            this.pos = pos;
            this.length = length;
            this.component = component;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Object array = args[pos];
            int actual = array == null ? 0 : Array.getLength(array);
            if (actual != length) {
                if (array == null && length != 0) {
                    throw new NullPointerException();
                }
                throw new IllegalArgumentException("array is not of length " + length);
            }
            Object[] all = new Object[args.length - 1 + length];
            System.arraycopy(args, 0, all, 0, pos);
            MethodType t = target.type();
            for (int i = 0; i < length; i++) {
                all[pos + i] = Conversions.convert(Array.get(array, i), component,
                        t.parameterType(pos + i));
            }
            System.arraycopy(args, pos + 1, all, pos + length, args.length - pos - 1);
            return target.invokeBoxed(all);
        }
    }

    /** asCollector: {@code length} arguments collected into an array. */
    static class Collector extends MethodHandle {
        final MethodHandle target;
        final int pos;
        final int length;
        final Class<?> arrayType;

        Collector(MethodHandle target, MethodType type, int pos, int length, Class<?> arrayType,
                boolean unused) {
            super(type);
            this.target = target;
            this.pos = pos;
            this.length = length;
            this.arrayType = arrayType;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Object array = Array.newInstance(arrayType.getComponentType(), length);
            for (int i = 0; i < length; i++) {
                Array.set(array, i, args[pos + i]);
            }
            Object[] all = new Object[args.length - length + 1];
            System.arraycopy(args, 0, all, 0, pos);
            all[pos] = array;
            System.arraycopy(args, pos + length, all, pos + 1, args.length - pos - length);
            return target.invokeBoxed(all);
        }
    }

    /** asVarargsCollector: invoke collects trailing arguments. */
    static final class Varargs extends MethodHandle {
        final MethodHandle target;
        final Class<?> arrayType;

        Varargs(MethodHandle target, Class<?> arrayType) {
            super(target.type());
            this.target = target;
            this.arrayType = arrayType;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            return target.invokeBoxed(args);
        }

        @Override
        public boolean isVarargsCollector() {
            return true;
        }

        @Override
        public MethodHandle asFixedArity() {
            return target;
        }

        @Override
        public MethodHandle asType(MethodType newType) {
            return asTypeForInvoke(newType);
        }

        @Override
        MethodHandle asTypeForInvoke(MethodType callType) {
            MethodType t = type();
            int n = t.parameterCount();
            if (callType.parameterCount() == n
                    && Conversions.canConvert(callType.parameterType(n - 1), arrayType)) {
                return target.asType(callType);
            }
            int count = callType.parameterCount() - (n - 1);
            if (count < 0) {
                throw new WrongMethodTypeException("cannot convert " + this + " to " + callType);
            }
            return target.asCollector(arrayType, count).asType(callType);
        }
    }

    /** constant and identity, zero and empty. */
    static final class Constant extends MethodHandle {
        final Object value;
        final boolean identity;

        Constant(MethodType type, Object value, boolean identity) {
            super(type);
            this.value = value;
            this.identity = identity;
        }

        @Override
        Object invokeBoxed(Object[] args) {
            return identity ? args[0] : value;
        }
    }

    /** filterReturnValue. */
    static final class FilterReturn extends MethodHandle {
        final MethodHandle target;
        final MethodHandle filter;

        FilterReturn(MethodHandle target, MethodHandle filter) {
            super(target.type().changeReturnType(filter.type().returnType()));
            this.target = target;
            this.filter = filter;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Object result = target.invokeBoxed(args);
            Object[] in = filter.type().parameterCount() == 0 ? new Object[0]
                    : new Object[] {result};
            return filter.invokeBoxed(in);
        }
    }

    /** filterArguments: unary filters (null entries: none) from {@code pos}. */
    static final class FilterArguments extends MethodHandle {
        final MethodHandle target;
        final int pos;
        final MethodHandle[] filters;

        FilterArguments(MethodHandle target, MethodType type, int pos, MethodHandle[] filters) {
            super(type);
            this.target = target;
            this.pos = pos;
            this.filters = filters;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] all = args.clone();
            for (int i = 0; i < filters.length; i++) {
                if (filters[i] != null) {
                    all[pos + i] = filters[i].invokeBoxed(new Object[] {args[pos + i]});
                }
            }
            return target.invokeBoxed(all);
        }
    }

    /** collectArguments and foldArguments: a combiner's result inserted at {@code pos}. */
    static final class Combine extends MethodHandle {
        final MethodHandle target;
        final MethodHandle combiner;
        final int pos;
        final boolean fold;

        Combine(MethodHandle target, MethodType type, int pos, MethodHandle combiner,
                boolean fold) {
            super(type);
            this.target = target;
            this.combiner = combiner;
            this.pos = pos;
            this.fold = fold;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            int n = combiner.type().parameterCount();
            Object[] in = new Object[n];
            System.arraycopy(args, pos, in, 0, n);
            Object value = combiner.invokeBoxed(in);
            boolean voidResult = combiner.type().returnType() == void.class;
            int removed = fold ? 0 : n;
            int added = voidResult ? 0 : 1;
            Object[] all = new Object[args.length - removed + added];
            System.arraycopy(args, 0, all, 0, pos);
            if (!voidResult) {
                all[pos] = value;
            }
            System.arraycopy(args, pos + removed, all, pos + added, args.length - pos - removed);
            return target.invokeBoxed(all);
        }
    }

    /** permuteArguments. */
    static final class Permute extends MethodHandle {
        final MethodHandle target;
        final int[] reorder;

        Permute(MethodHandle target, MethodType type, int[] reorder) {
            super(type);
            this.target = target;
            this.reorder = reorder;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] all = new Object[reorder.length];
            for (int i = 0; i < reorder.length; i++) {
                all[i] = args[reorder[i]];
            }
            return target.invokeBoxed(all);
        }
    }

    /** guardWithTest. */
    static final class Guard extends MethodHandle {
        final MethodHandle test;
        final MethodHandle target;
        final MethodHandle fallback;

        Guard(MethodHandle test, MethodHandle target, MethodHandle fallback) {
            super(target.type());
            this.test = test;
            this.target = target;
            this.fallback = fallback;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Object[] in = new Object[test.type().parameterCount()];
            System.arraycopy(args, 0, in, 0, in.length);
            boolean pass = (Boolean) test.invokeBoxed(in);
            return (pass ? target : fallback).invokeBoxed(args);
        }
    }

    /** catchException. */
    static final class Catch extends MethodHandle {
        final MethodHandle target;
        final Class<? extends Throwable> exType;
        final MethodHandle handler;

        Catch(MethodHandle target, Class<? extends Throwable> exType, MethodHandle handler) {
            super(target.type());
            this.target = target;
            this.exType = exType;
            this.handler = handler;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            try {
                return target.invokeBoxed(args);
            } catch (Throwable t) {
                if (!exType.isInstance(t)) {
                    throw t;
                }
                Object[] in = new Object[handler.type().parameterCount()];
                in[0] = t;
                System.arraycopy(args, 0, in, 1, in.length - 1);
                return handler.invokeBoxed(in);
            }
        }
    }

    /** tryFinally: the cleanup runs after the target, normally or not. */
    static final class TryFinally extends MethodHandle {
        final MethodHandle target;
        final MethodHandle cleanup;

        TryFinally(MethodHandle target, MethodHandle cleanup) {
            super(target.type());
            this.target = target;
            this.cleanup = cleanup;
        }

        private Object cleanup(Throwable t, Object value, Object[] args) throws Throwable {
            boolean hasValue = type().returnType() != void.class;
            Object[] in = new Object[cleanup.type().parameterCount()];
            in[0] = t;
            int skip = hasValue ? 2 : 1;
            if (hasValue) {
                in[1] = value;
            }
            System.arraycopy(args, 0, in, skip, in.length - skip);
            return cleanup.invokeBoxed(in);
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Object value;
            try {
                value = target.invokeBoxed(args);
            } catch (Throwable t) {
                cleanup(t, Conversions.zero(type().returnType()), args);
                throw t;
            }
            return cleanup(null, value, args);
        }
    }

    /** countedLoop: v = init(a...); for i below iterations(a...): v = body(v, i, a...). */
    static final class CountedLoop extends MethodHandle {
        final MethodHandle iterations;
        final MethodHandle init;
        final MethodHandle body;

        CountedLoop(MethodType type, MethodHandle iterations, MethodHandle init,
                MethodHandle body) {
            super(type);
            this.iterations = iterations;
            this.init = init;
            this.body = body;
        }

        private static Object[] prefix(Object[] args, int n) {
            Object[] in = new Object[n];
            System.arraycopy(args, 0, in, 0, n);
            return in;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Class<?> v = type().returnType();
            boolean hasValue = v != void.class;
            int n = (Integer) iterations.invokeBoxed(prefix(args,
                    iterations.type().parameterCount()));
            Object value = init == null ? Conversions.zero(v)
                    : init.invokeBoxed(prefix(args, init.type().parameterCount()));
            int lead = hasValue ? 2 : 1;
            Object[] in = new Object[body.type().parameterCount()];
            for (int i = 0; i < n; i++) {
                if (hasValue) {
                    in[0] = value;
                }
                in[lead - 1] = i;
                System.arraycopy(args, 0, in, lead, in.length - lead);
                Object result = body.invokeBoxed(in);
                if (hasValue) {
                    value = result;
                }
            }
            return hasValue ? value : null;
        }
    }

    /** throwException. */
    static final class Thrower extends MethodHandle {
        Thrower(MethodType type) {
            super(type);
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            Throwable t = (Throwable) args[0];
            if (t == null) {
                throw new NullPointerException();
            }
            throw t;
        }
    }

    static final int ARRAY_GET = 0;
    static final int ARRAY_SET = 1;
    static final int ARRAY_LENGTH = 2;
    static final int ARRAY_NEW = 3;

    /** arrayElementGetter, arrayElementSetter, arrayLength, arrayConstructor. */
    static final class ArrayAccess extends MethodHandle {
        final int kind;
        final Class<?> arrayClass;

        ArrayAccess(MethodType type, int kind, Class<?> arrayClass) {
            super(type);
            this.kind = kind;
            this.arrayClass = arrayClass;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            switch (kind) {
                case ARRAY_GET:
                    return ArrayElements.get(args[0], (Integer) args[1]);
                case ARRAY_SET:
                    ArrayElements.set(args[0], (Integer) args[1], args[2]);
                    return null;
                case ARRAY_LENGTH:
                    return ArrayElements.length(args[0]);
                default:
                    return Array.newInstance(arrayClass.getComponentType(), (Integer) args[0]);
            }
        }
    }

    static boolean isStatic(int modifiers) {
        return Modifier.isStatic(modifiers);
    }
}
