package reflection;

import java.lang.reflect.Proxy;
import java.util.ArrayList;

public class Modules {
    interface Local {}

    public static void main(String[] args) throws Exception {
        Module base = Object.class.getModule();
        System.out.println(base + " " + base.getName() + " " + base.isNamed());
        System.out.println(String.class.getModule() == base);
        System.out.println(ArrayList.class.getModule().getName());
        System.out.println(int.class.getModule().getName() + " " + String[][].class.getModule());
        System.out.println(base.getClassLoader() + " " + base.getDescriptor().name());
        System.out.println(base.isExported("java.lang") + " " + base.isExported("java.util")
                + " " + base.isExported("jdk.internal.misc"));
        System.out.println(base.isOpen("java.lang"));

        Module app = Modules.class.getModule();
        System.out.println(app.isNamed() + " " + app.getName() + " " + app.getDescriptor());
        System.out.println(app == Local.class.getModule());
        System.out.println(app == Modules[].class.getModule());
        System.out.println(app.getClassLoader() == Modules.class.getClassLoader());
        System.out.println(app == ClassLoader.getSystemClassLoader().getUnnamedModule());
        System.out.println(app.toString().startsWith("unnamed module @"));
        System.out.println(app.isExported("reflection") + " " + app.isOpen("reflection")
                + " " + app.isExported("anything", base));
        System.out.println(app.canRead(base) + " " + app.canRead(app));
        System.out.println(app.addReads(base) == app);

        Object p = Proxy.newProxyInstance(Modules.class.getClassLoader(),
                new Class<?>[] {Runnable.class}, (proxy, m, a) -> null);
        Module pm = p.getClass().getModule();
        System.out.println(pm + " " + pm.isNamed() + " " + pm.getName());
        Object q = Proxy.newProxyInstance(Modules.class.getClassLoader(),
                new Class<?>[] {Comparable.class}, (proxy, m, a) -> 0);
        System.out.println(q.getClass().getModule() == pm);
        Object l = Proxy.newProxyInstance(Modules.class.getClassLoader(),
                new Class<?>[] {Local.class}, (proxy, m, a) -> null);
        System.out.println(l.getClass().getModule() == app);

        try {
            app.isExported(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
