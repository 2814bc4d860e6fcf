package java.security;

/** Thrown when a security manager denies an access. */
@Deprecated(since = "17", forRemoval = true)
public class AccessControlException extends SecurityException {
    private static final long serialVersionUID = 5138225684096988535L;

    private final Permission perm;

    public AccessControlException(String s) {
        super(s);
        perm = null;
    }

    public AccessControlException(String s, Permission p) {
        super(s);
        perm = p;
    }

    public Permission getPermission() {
        return perm;
    }
}
