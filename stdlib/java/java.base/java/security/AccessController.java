package java.security;

/**
 * Runs privileged actions. Without a security manager (the only mode of this VM) privileges
 * change nothing: doPrivileged runs the action on the calling thread; the exception-throwing
 * form wraps a checked exception in PrivilegedActionException and lets unchecked ones through.
 */
public final class AccessController {
    private AccessController() {
    }

    public static <T> T doPrivileged(PrivilegedAction<T> action) {
        return action.run();
    }

    public static <T> T doPrivilegedWithCombiner(PrivilegedAction<T> action) {
        return action.run();
    }

    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context) {
        return action.run();
    }

    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context, Permission... perms) {
        checkPerms(perms);
        return action.run();
    }

    public static <T> T doPrivilegedWithCombiner(PrivilegedAction<T> action, AccessControlContext context,
            Permission... perms) {
        checkPerms(perms);
        return action.run();
    }

    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        return runChecked(action);
    }

    public static <T> T doPrivilegedWithCombiner(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        return runChecked(action);
    }

    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context)
            throws PrivilegedActionException {
        return runChecked(action);
    }

    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context,
            Permission... perms) throws PrivilegedActionException {
        checkPerms(perms);
        return runChecked(action);
    }

    public static <T> T doPrivilegedWithCombiner(PrivilegedExceptionAction<T> action, AccessControlContext context,
            Permission... perms) throws PrivilegedActionException {
        checkPerms(perms);
        return runChecked(action);
    }

    public static AccessControlContext getContext() {
        return new AccessControlContext(null);
    }

    /** The standard properties JDK 17's default policy (java.policy) lets all code read. */
    private static final java.util.Set<String> READABLE_PROPERTIES = java.util.Set.of("java.version", "java.vendor",
        "java.vendor.url", "java.class.version", "os.name", "os.version", "os.arch", "file.separator",
        "path.separator", "line.separator", "java.specification.version",
        "java.specification.maintenance.version", "java.specification.vendor", "java.specification.name",
        "java.vm.specification.version", "java.vm.specification.vendor", "java.vm.specification.name",
        "java.vm.version", "java.vm.vendor", "java.vm.name");

    /**
     * Checks perm against what the JDK grants application (class-path) code under its default
     * policy: reading the standard properties and
     * exiting the VM. Anything else is an AccessControlException ("access denied " + perm), as
     * the JDK's stack check gives even without a security manager.
     */
    public static void checkPermission(Permission perm) throws AccessControlException {
        if (perm == null) {
            throw new NullPointerException("permission can't be null");
        }
        if (!granted(perm)) {
            throw new AccessControlException("access denied " + perm, perm);
        }
    }

    static boolean granted(Permission perm) {
        String name = perm.getName();
        if (perm instanceof java.util.PropertyPermission) {
            return perm.getActions().equals("read") && READABLE_PROPERTIES.contains(name);
        }
        if (perm.getClass() == RuntimePermission.class) {
            return name.equals("exitVM") || name.startsWith("exitVM.");
        }
        return false;
    }

    private static void checkPerms(Permission[] perms) {
        if (perms == null) {
            throw new NullPointerException("null permissions parameter");
        }
        for (Permission p : perms) {
            if (p == null) {
                throw new NullPointerException("permission can't be null");
            }
        }
    }

    private static <T> T runChecked(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        try {
            return action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new PrivilegedActionException(e);
        }
    }
}
