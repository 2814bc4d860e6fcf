package java.security;

/**
 * A permission with a hierarchical name and no actions: {@code *} implies every name,
 * {@code a.b.*} every name that starts with {@code a.b.}.
 */
public abstract class BasicPermission extends Permission {
    private static final long serialVersionUID = 6279438298436773498L;

    public BasicPermission(String name) {
        super(name);
        check(name);
    }

    public BasicPermission(String name, String actions) {
        this(name);
    }

    private static void check(String name) {
        if (name == null) {
            throw new NullPointerException("name can't be null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name can't be empty");
        }
    }

    @Override
    public boolean implies(Permission p) {
        if (p == null || p.getClass() != getClass()) {
            return false;
        }
        String mine = getName();
        String theirs = p.getName();
        if (mine.equals("*")) {
            return true;
        }
        if (mine.endsWith(".*")) {
            return theirs.startsWith(mine.substring(0, mine.length() - 1));
        }
        return mine.equals(theirs);
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        return getName().equals(((BasicPermission) obj).getName());
    }

    @Override
    public int hashCode() {
        return getName().hashCode();
    }

    @Override
    public String getActions() {
        return "";
    }
}
