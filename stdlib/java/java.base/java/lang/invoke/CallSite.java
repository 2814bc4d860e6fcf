package java.lang.invoke;

/** A holder of a method handle, its target; the VM links invokedynamic itself (indy.rs). */
public abstract class CallSite {
    MethodHandle target;

    CallSite(MethodType type) {
        this.target = makeUninitialized(type);
    }

    CallSite(MethodHandle target) {
        target.type();
        this.target = target;
    }

    CallSite(MethodType type, MethodHandle createTargetHook) throws Throwable {
        this(type);
        MethodHandle made = (MethodHandle) createTargetHook.invokeWithArguments(this);
        checkTargetChange(target, made);
        this.target = made;
    }

    /** A target that throws IllegalStateException("uninitialized call site"). */
    private static MethodHandle makeUninitialized(MethodType type) {
        MethodHandle thrower = MethodHandles.insertArguments(MethodHandles.throwException(
                type.returnType(), IllegalStateException.class), 0,
                new IllegalStateException("uninitialized call site"));
        return new Handles.Drop(thrower, type, 0, type.parameterCount());
    }

    void checkTargetChange(MethodHandle oldTarget, MethodHandle newTarget) {
        MethodType oldType = oldTarget.type();
        MethodType newType = newTarget.type();
        if (!newType.equals(oldType)) {
            throw new WrongMethodTypeException(newTarget + " should be of type " + oldType);
        }
    }

    public MethodType type() {
        return target.type();
    }

    public abstract MethodHandle getTarget();

    public abstract void setTarget(MethodHandle newTarget);

    public abstract MethodHandle dynamicInvoker();

    /** A handle that calls the site's current target. */
    MethodHandle makeDynamicInvoker() {
        return new Dynamic(this);
    }

    private static final class Dynamic extends MethodHandle {
        private final CallSite site;

        Dynamic(CallSite site) {
            super(site.type());
            this.site = site;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            return site.getTarget().invokeBoxed(args);
        }
    }
}
