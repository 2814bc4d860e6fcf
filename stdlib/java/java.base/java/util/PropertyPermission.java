package java.util;

import java.security.BasicPermission;
import java.security.Permission;

/** Access to a system property: {@code read}, {@code write} or both. */
public final class PropertyPermission extends BasicPermission {
    private static final long serialVersionUID = 885438825399942851L;

    private static final int READ = 1;
    private static final int WRITE = 2;

    private final int mask;

    public PropertyPermission(String name, String actions) {
        super(name, actions);
        mask = mask(actions);
    }

    private static int mask(String actions) {
        if (actions == null) {
            throw new IllegalArgumentException("invalid actions mask");
        }
        int m = 0;
        for (String a : actions.split(",")) {
            String t = a.trim().toLowerCase(Locale.ROOT);
            if (t.equals("read")) {
                m |= READ;
            } else if (t.equals("write")) {
                m |= WRITE;
            } else {
                throw new IllegalArgumentException("invalid permission: " + actions);
            }
        }
        if (m == 0) {
            throw new IllegalArgumentException("invalid actions mask");
        }
        return m;
    }

    @Override
    public boolean implies(Permission p) {
        if (!(p instanceof PropertyPermission)) {
            return false;
        }
        PropertyPermission that = (PropertyPermission) p;
        return (mask & that.mask) == that.mask && super.implies(p);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PropertyPermission && ((PropertyPermission) obj).mask == mask
                && getName().equals(((PropertyPermission) obj).getName());
    }

    @Override
    public int hashCode() {
        return getName().hashCode();
    }

    @Override
    public String getActions() {
        switch (mask) {
            case READ:
                return "read";
            case WRITE:
                return "write";
            default:
                return "read,write";
        }
    }
}
