package java.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** A set of permissions: implies what one of them implies. */
public abstract class PermissionCollection implements java.io.Serializable {
    private static final long serialVersionUID = -6727011328946861783L;

    private volatile boolean readOnly;

    public PermissionCollection() {}

    public abstract void add(Permission permission);

    public abstract boolean implies(Permission permission);

    public abstract Enumeration<Permission> elements();

    public void setReadOnly() {
        readOnly = true;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(super.toString()).append(" (\n");
        List<Permission> all = new ArrayList<>(Collections.list(elements()));
        for (Permission p : all) {
            sb.append(' ').append(p).append('\n');
        }
        return sb.append(")\n").toString();
    }
}
