package java.lang.invoke;

public class VolatileCallSite extends CallSite {
    public VolatileCallSite(MethodType type) {
        super(type);
    }

    public VolatileCallSite(MethodHandle target) {
        super(target);
    }

    @Override
    public final MethodHandle getTarget() {
        synchronized (this) {
            return target;
        }
    }

    @Override
    public void setTarget(MethodHandle newTarget) {
        checkTargetChange(getTarget(), newTarget);
        synchronized (this) {
            target = newTarget;
        }
    }

    @Override
    public final MethodHandle dynamicInvoker() {
        return makeDynamicInvoker();
    }
}
