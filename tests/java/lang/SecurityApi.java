package lang;

import java.security.AccessControlException;
import java.security.BasicPermission;
import java.security.Permission;
import java.util.PropertyPermission;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

@SuppressWarnings("removal")
public class SecurityApi {
    // The thread factory many programs copy from Executors.defaultThreadFactory.
    static class NamedFactory implements ThreadFactory {
        private final ThreadGroup group;
        private final AtomicInteger number = new AtomicInteger(1);
        private final String prefix;

        NamedFactory(String name) {
            SecurityManager s = System.getSecurityManager();
            group = (s != null) ? s.getThreadGroup() : Thread.currentThread().getThreadGroup();
            prefix = name + "-thread-";
        }

        public Thread newThread(Runnable r) {
            Thread t = new Thread(group, r, prefix + number.getAndIncrement(), 0);
            if (t.isDaemon()) {
                t.setDaemon(false);
            }
            return t;
        }
    }

    static final class MyPermission extends BasicPermission {
        MyPermission(String name) {
            super(name);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(System.getSecurityManager());
        ExecutorService pool = Executors.newFixedThreadPool(2, new NamedFactory("worker"));
        System.out.println(pool.submit(() -> Thread.currentThread().getName() + " in " + Thread.currentThread().getThreadGroup().getName()).get());
        pool.shutdown();
        System.out.println(pool.awaitTermination(5, TimeUnit.SECONDS));

        RuntimePermission exit = new RuntimePermission("exitVM.3");
        RuntimePermission anyExit = new RuntimePermission("exitVM.*");
        RuntimePermission all = new RuntimePermission("*");
        System.out.println(exit + " " + exit.getName() + " [" + exit.getActions() + "]");
        System.out.println(anyExit.implies(exit) + " " + exit.implies(anyExit) + " " + all.implies(exit) + " " + exit.implies(new RuntimePermission("exitVM.3")));
        System.out.println(exit.equals(new RuntimePermission("exitVM.3")) + " " + (exit.hashCode() == "exitVM.3".hashCode()) + " " + exit.implies(new MyPermission("exitVM.3")));
        PropertyPermission read = new PropertyPermission("user.*", "read");
        PropertyPermission both = new PropertyPermission("user.home", "WRITE, read");
        System.out.println(read + " " + both + " " + both.getActions());
        System.out.println(read.implies(new PropertyPermission("user.home", "read")) + " " + read.implies(both) + " " + new PropertyPermission("*", "read,write").implies(both));
        Permission mine = new MyPermission("a.b");
        System.out.println(mine + " " + mine.implies(new MyPermission("a.b")) + " " + new MyPermission("a.*").implies(mine));
        try {
            new RuntimePermission("");
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            new RuntimePermission(null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            new PropertyPermission("x", "execute");
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        AccessControlException denied = new AccessControlException("access denied " + exit, exit);
        System.out.println(denied + " | " + denied.getPermission() + " | " + (denied instanceof SecurityException));
        SecurityManager sm = new SecurityManager();
        try {
            sm.checkExit(2);
            System.out.println("exit allowed");
            sm.checkPropertyAccess("java.version");
            System.out.println("java.version readable");
            sm.checkPropertyAccess("user.home");
        } catch (SecurityException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println(sm.getThreadGroup().getName());
    }
}
