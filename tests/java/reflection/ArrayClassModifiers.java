package reflection;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Class.getModifiers of array classes: the element class's access (from InnerClasses for
 *  member classes), always abstract final, never interface/static. */
public class ArrayClassModifiers {
    class PackageInner {}
    private static class PrivateNested {}
    protected static class ProtectedNested {}
    public static class PublicNested {}
    interface PackageIface {}
    public interface PublicIface {}
    private enum PrivateEnum { A }
    public @interface PublicAnno {}
    record Rec(int x) {}

    static void show(Class<?> c) {
        int m = c.getModifiers();
        System.out.println(c.getTypeName() + ": " + Modifier.toString(m) + " (0x" + Integer.toHexString(m) + ")"
            + " interface=" + Modifier.isInterface(m) + " static=" + Modifier.isStatic(m));
    }

    public static void main(String[] args) {
        Class<?>[] elements = {
            PackageInner.class, PrivateNested.class, ProtectedNested.class, PublicNested.class,
            PackageIface.class, PublicIface.class, PrivateEnum.class, PublicAnno.class, Rec.class,
            ArrayClassModifiers.class, String.class, Map.Entry.class, Runnable.class, List.class,
            int.class, long.class, boolean.class, Object.class
        };
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> e : elements) {
            all.add(e);
            Class<?> one = java.lang.reflect.Array.newInstance(e, 0).getClass();
            all.add(one);
            all.add(java.lang.reflect.Array.newInstance(one, 0).getClass());
        }
        for (Class<?> c : all) {
            show(c);
        }
        Object[] local = new Object[0];
        class Local {}
        Runnable anon = new Runnable() { public void run() {} };
        show(Local.class);
        show(Local[].class);
        show(anon.getClass());
        show(java.lang.reflect.Array.newInstance(anon.getClass(), 1).getClass());
        System.out.println(Modifier.toString(PrivateNested[][].class.getModifiers() & Modifier.classModifiers()));
        System.out.println(local.getClass().toGenericString() + " | " + PrivateNested[].class.toGenericString()
            + " | " + int[][].class.toGenericString());
    }
}
