package java.lang;

import java.security.AccessControlException;
import java.security.Permission;
import java.util.PropertyPermission;

/**
 * The deprecated security manager. Cortado has no policy files: the default
 * {@link #checkPermission(Permission)} grants what the JDK's default policy grants
 * application code, so a program that installs a plain SecurityManager is refused most of
 * what its checks guard (reading and writing system properties and environment variables);
 * subclasses override the checks, as programs that trap {@code System.exit} do.
 */
@Deprecated(since = "17", forRemoval = true)
public class SecurityManager {

    public SecurityManager() {
        SecurityManager sm = System.getSecurityManager();
        if (sm != null) {
            sm.checkPermission(new RuntimePermission("createSecurityManager"));
        }
    }

    public Object getSecurityContext() {
        return null;
    }

    /** The properties the JDK's default policy ({@code conf/security/java.policy}) lets all code read. */
    private static final java.util.Set<String> READABLE = java.util.Set.of(
            "java.version", "java.vendor", "java.vendor.url", "java.class.version", "os.name",
            "os.version", "os.arch", "file.separator", "path.separator", "line.separator",
            "java.specification.version", "java.specification.maintenance.version",
            "java.specification.vendor", "java.specification.name",
            "java.vm.specification.version", "java.vm.specification.vendor",
            "java.vm.specification.name", "java.vm.version", "java.vm.vendor", "java.vm.name");

    /**
     * Grants what the JDK's default policy grants application code: reading the properties
     * above, and exiting the VM (granted to all code from the class path); denies the rest.
     */
    public void checkPermission(Permission perm) {
        if (perm == null) {
            throw new NullPointerException("permission can't be null");
        }
        if (perm instanceof RuntimePermission
                && (perm.getName().equals("exitVM") || perm.getName().startsWith("exitVM."))) {
            return;
        }
        if (perm instanceof PropertyPermission && perm.getActions().equals("read")
                && READABLE.contains(perm.getName())) {
            return;
        }
        throw new AccessControlException("access denied " + perm, perm);
    }

    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    public void checkCreateClassLoader() {
        checkPermission(new RuntimePermission("createClassLoader"));
    }

    public void checkAccess(Thread t) {
        if (t == null) {
            throw new NullPointerException("thread can't be null");
        }
    }

    public void checkAccess(ThreadGroup g) {
        if (g == null) {
            throw new NullPointerException("thread group can't be null");
        }
    }

    public void checkExit(int status) {
        checkPermission(new RuntimePermission("exitVM." + status));
    }

    public void checkExec(String cmd) {
        if (cmd == null) {
            throw new NullPointerException("cmd can't be null");
        }
        checkPermission(new RuntimePermission("exec." + cmd));
    }

    public void checkLink(String lib) {
        if (lib == null) {
            throw new NullPointerException("library can't be null");
        }
        checkPermission(new RuntimePermission("loadLibrary." + lib));
    }

    public void checkPropertiesAccess() {
        checkPermission(new PropertyPermission("*", "read,write"));
    }

    public void checkPropertyAccess(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
        checkPermission(new PropertyPermission(key, "read"));
    }

    public void checkPrintJobAccess() {
        checkPermission(new RuntimePermission("queuePrintJob"));
    }

    public void checkPackageAccess(String pkg) {
        if (pkg == null) {
            throw new NullPointerException("package name can't be null");
        }
    }

    public void checkPackageDefinition(String pkg) {
        if (pkg == null) {
            throw new NullPointerException("package name can't be null");
        }
    }

    public void checkSetFactory() {
        checkPermission(new RuntimePermission("setFactory"));
    }

    public void checkSecurityAccess(String target) {
        checkPermission(new RuntimePermission(target));
    }

    public ThreadGroup getThreadGroup() {
        return Thread.currentThread().getThreadGroup();
    }
}
