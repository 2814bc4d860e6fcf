package java.security;

/** A named access to a resource, which a security manager checks. */
public abstract class Permission implements java.io.Serializable {
    private static final long serialVersionUID = -5636570222231596674L;

    private final String name;

    public Permission(String name) {
        this.name = name;
    }

    public void checkGuard(Object object) throws SecurityException {
        SecurityManager sm = System.getSecurityManager();
        if (sm != null) {
            sm.checkPermission(this);
        }
    }

    public abstract boolean implies(Permission permission);

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    public final String getName() {
        return name;
    }

    public abstract String getActions();

    public PermissionCollection newPermissionCollection() {
        return null;
    }

    /** {@code ("ClassName" "name" "actions")}, without the actions when there are none. */
    @Override
    public String toString() {
        String actions = getActions();
        if (actions == null || actions.isEmpty()) {
            return "(\"" + getClass().getName() + "\" \"" + name + "\")";
        }
        return "(\"" + getClass().getName() + "\" \"" + name + "\" \"" + actions + "\")";
    }
}
