package java.security;

/**
 * The context access decisions are made in. This VM runs without a security manager; a
 * context's checkPermission grants what the JDK's default policy grants application code
 * (see AccessController.checkPermission).
 */
public final class AccessControlContext {
    private final ProtectionDomain[] context;

    public AccessControlContext(ProtectionDomain[] context) {
        this.context = context == null ? new ProtectionDomain[0] : context.clone();
    }

    public void checkPermission(Permission perm) throws AccessControlException {
        if (perm == null) {
            throw new NullPointerException("permission can't be null");
        }
        if (!AccessController.granted(perm)) {
            throw new AccessControlException("access denied " + perm, perm);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AccessControlContext && java.util.Arrays.equals(context, ((AccessControlContext) obj).context);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(context);
    }
}
