package java.lang.invoke;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A typed reference to a method, a field access or a combination of them. Every handle runs
 * through {@link #invokeBoxed}: the arguments boxed in an array, each of exactly the class
 * (or the wrapper of the primitive) of its parameter type, the result boxed likewise (null
 * for void). The VM links the signature-polymorphic {@code invokeExact} and {@code invoke}
 * call sites to {@link #linkInvokeExact} and {@link #linkInvoke} (see the runtime's
 * {@code polymorphic.rs}).
 */
public abstract class MethodHandle {
    /** Marks the signature-polymorphic invokers; javac relies on it. */
    @Target({ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @interface PolymorphicSignature {}

    private final MethodType type;

    MethodHandle(MethodType type) {
        this.type = type;
    }

    public MethodType type() {
        return type;
    }

    @PolymorphicSignature
    public final native Object invokeExact(Object... args) throws Throwable;

    @PolymorphicSignature
    public final native Object invoke(Object... args) throws Throwable;

    /** Runs the handle on arguments that conform to {@link #type()} (boxed). */
    abstract Object invokeBoxed(Object[] args) throws Throwable;

    /** An {@code invokeExact} call site of type {@code callType}. */
    static Object linkInvokeExact(MethodHandle mh, MethodType callType, Object[] args)
            throws Throwable {
        if (!mh.type.equals(callType)) {
            throw new WrongMethodTypeException("expected " + mh.type + " but found " + callType);
        }
        return mh.invokeBoxed(args);
    }

    /** An {@code invoke} call site of type {@code callType}: {@code asType} first. */
    static Object linkInvoke(MethodHandle mh, MethodType callType, Object[] args)
            throws Throwable {
        if (mh.type.equals(callType)) {
            return mh.invokeBoxed(args);
        }
        return mh.asTypeForInvoke(callType).invokeBoxed(args);
    }

    /** asType for invoke; a varargs collector collects trailing arguments first. */
    MethodHandle asTypeForInvoke(MethodType callType) {
        return asType(callType);
    }

    public Object invokeWithArguments(Object... arguments) throws Throwable {
        Object[] args = arguments == null ? new Object[0] : arguments.clone();
        return linkInvoke(this, MethodType.genericMethodType(args.length), args);
    }

    public Object invokeWithArguments(List<?> arguments) throws Throwable {
        return invokeWithArguments(arguments.toArray());
    }

    public MethodHandle asType(MethodType newType) {
        if (newType.equals(type)) {
            return this;
        }
        if (!Conversions.canConvert(type, newType)) {
            throw new WrongMethodTypeException("cannot convert " + this + " to " + newType);
        }
        return new Handles.AsType(this, newType);
    }

    public MethodHandle bindTo(Object x) {
        if (type.parameterCount() == 0 || type.parameterType(0).isPrimitive()) {
            throw new IllegalArgumentException("no leading reference parameter");
        }
        Class<?> p0 = type.parameterType(0);
        x = p0.cast(x);
        return new Handles.Insert(this, 0, new Object[] {x});
    }

    public MethodHandle asSpreader(Class<?> arrayType, int arrayLength) {
        return asSpreader(type.parameterCount() - arrayLength, arrayType, arrayLength);
    }

    public MethodHandle asSpreader(int spreadArgPos, Class<?> arrayType, int arrayLength) {
        if (arrayType == null || !arrayType.isArray()) {
            throw new IllegalArgumentException("not an array type: " + arrayType);
        }
        if (arrayLength < 0 || spreadArgPos < 0
                || spreadArgPos + arrayLength > type.parameterCount()) {
            throw new IllegalArgumentException("bad spread array length");
        }
        Class<?> component = arrayType.getComponentType();
        MethodType spreadType = type.dropParameterTypes(spreadArgPos, spreadArgPos + arrayLength)
                .insertParameterTypes(spreadArgPos, arrayType);
        Class<?>[] targets = new Class<?>[arrayLength];
        for (int i = 0; i < arrayLength; i++) {
            Class<?> p = type.parameterType(spreadArgPos + i);
            if (!Conversions.canConvert(component, p)) {
                throw new WrongMethodTypeException("cannot convert " + this + " to " + spreadType);
            }
            targets[i] = p;
        }
        return new Handles.Spreader(this, spreadType, spreadArgPos, arrayLength, component);
    }

    public MethodHandle asCollector(Class<?> arrayType, int arrayLength) {
        return asCollector(type.parameterCount() - 1, arrayType, arrayLength);
    }

    public MethodHandle asCollector(int collectArgPos, Class<?> arrayType, int arrayLength) {
        if (arrayType == null || !arrayType.isArray() || arrayLength < 0
                || collectArgPos < 0 || collectArgPos >= type.parameterCount()
                || !type.parameterType(collectArgPos).isAssignableFrom(arrayType)) {
            throw new IllegalArgumentException("array type not assignable to argument: "
                    + this + ", " + arrayType);
        }
        Class<?>[] collected = new Class<?>[arrayLength];
        java.util.Arrays.fill(collected, arrayType.getComponentType());
        MethodType collectorType = type.dropParameterTypes(collectArgPos, collectArgPos + 1)
                .insertParameterTypes(collectArgPos, collected);
        return new Handles.Collector(this, collectorType, collectArgPos, arrayLength, arrayType,
                false);
    }

    public MethodHandle asVarargsCollector(Class<?> arrayType) {
        int last = type.parameterCount() - 1;
        if (last < 0 || !arrayType.isArray()
                || !type.parameterType(last).isAssignableFrom(arrayType)) {
            throw new IllegalArgumentException("not an array type: " + arrayType);
        }
        return new Handles.Varargs(this, arrayType);
    }

    public MethodHandle withVarargs(boolean makeVarargs) {
        if (makeVarargs == isVarargsCollector()) {
            return this;
        }
        if (makeVarargs) {
            return asVarargsCollector(type.parameterType(type.parameterCount() - 1));
        }
        return asFixedArity();
    }

    public boolean isVarargsCollector() {
        return false;
    }

    public MethodHandle asFixedArity() {
        return this;
    }

    @Override
    public String toString() {
        return "MethodHandle" + type;
    }
}
