package java.lang.invoke;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A typed reference to a method. Stub: the VM links invokedynamic call sites itself, so this
 * exists for javac and for the VM to represent bootstrap method handles.
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

    public Object invokeWithArguments(Object... arguments) throws Throwable {
        throw new UnsupportedOperationException("method handles not supported yet");
    }

    public MethodHandle asType(MethodType newType) {
        throw new UnsupportedOperationException("method handles not supported yet");
    }

    @Override
    public String toString() {
        return "MethodHandle" + type;
    }
}
