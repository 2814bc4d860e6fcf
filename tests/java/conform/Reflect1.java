package conform;
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;
public class Reflect1 {
    @Retention(RetentionPolicy.RUNTIME) @Target({ElementType.METHOD, ElementType.TYPE, ElementType.FIELD}) @interface Tag { String value() default "dflt"; int prio() default 1; String[] names() default {}; }
    @Tag(value = "cls", prio = 5) static class Base implements Comparable<Base>, java.io.Serializable {
        protected int count; public static final String NAME = "base"; private String secret = "s3";
        public Base() {} public Base(int c) { count = c; }
        @Tag("m1") public int inc(int by) { return count += by; }
        private String hidden() { return "hidden:" + secret; }
        public static long twice(long x) { return x * 2; }
        public void boom() { throw new UnsupportedOperationException("boom!"); }
        public int compareTo(Base o) { return Integer.compare(count, o.count); }
    }
    static final class Derived extends Base { public double ratio = 0.5; public Derived() { super(7); } @Override public int inc(int by) { return super.inc(by * 10); } }
    public static void main(String[] args) throws Exception {
        Class<?> c = Derived.class;
        System.out.println(c.getName() + " " + c.getSimpleName() + " " + c.getSuperclass().getName() + " " + Modifier.toString(c.getModifiers()) + " " + c.isMemberClass() + " " + c.getEnclosingClass().getSimpleName() + " " + c.getPackageName() + " " + c.getTypeName());
        System.out.println(Arrays.toString(Base.class.getInterfaces()) + " " + Comparable.class.isAssignableFrom(c) + " " + c.isInstance(new Base()) + " " + Base.class.isInstance(new Derived()) + " " + c.isInterface() + " " + Tag.class.isAnnotation() + " " + int.class.isPrimitive() + " " + int[].class.getComponentType() + " " + c.isArray());
        Object o = c.getConstructor().newInstance();
        Method inc = c.getMethod("inc", int.class); System.out.println(inc.invoke(o, 2) + " " + inc.getReturnType() + " " + Arrays.toString(inc.getParameterTypes()) + " " + inc.getDeclaringClass().getSimpleName() + " " + Modifier.isPublic(inc.getModifiers()));
        Method binc = Base.class.getMethod("inc", int.class); System.out.println(binc.invoke(o, 1) + " " + binc.getAnnotation(Tag.class).value() + " " + (inc.getAnnotation(Tag.class) == null));
        Method tw = Base.class.getMethod("twice", long.class); System.out.println(tw.invoke(null, 21L) + " " + Modifier.toString(tw.getModifiers()));
        Method hid = Base.class.getDeclaredMethod("hidden"); hid.setAccessible(true); System.out.println(hid.invoke(o));
        try { Base.class.getMethod("boom").invoke(o); } catch (InvocationTargetException e) { System.out.println("ITE: " + e.getCause() + " msg=" + e.getMessage()); }
        try { c.getMethod("nope"); } catch (NoSuchMethodException e) { System.out.println("NSME: " + e.getMessage()); }
        try { inc.invoke(o, "str"); } catch (IllegalArgumentException e) { System.out.println("IAE: " + e.getClass().getSimpleName()); }
        Field f = Base.class.getDeclaredField("count"); f.setAccessible(true); f.setInt(o, 100); System.out.println(f.getInt(o) + " " + f.getType() + " " + Modifier.toString(f.getModifiers()) + " " + f.getName());
        Field sf = Base.class.getDeclaredField("secret"); sf.setAccessible(true); System.out.println(sf.get(o)); sf.set(o, "changed"); System.out.println(hid.invoke(o));
        Field rf = c.getField("ratio"); rf.set(o, 2.25); System.out.println(rf.get(o) + " " + rf.getDouble(o) + " " + Base.class.getField("NAME").get(null));
        Tag t = Base.class.getAnnotation(Tag.class); System.out.println(t.value() + " " + t.prio() + " " + t.names().length + " " + t.annotationType().getSimpleName() + " " + Base.class.isAnnotationPresent(Tag.class) + " " + c.isAnnotationPresent(Tag.class));
        Object arr = Array.newInstance(int.class, 3); Array.setInt(arr, 1, 42); System.out.println(Array.getLength(arr) + " " + Array.get(arr, 1) + " " + arr.getClass().getName() + " " + Array.newInstance(String.class, 2, 2).getClass().getSimpleName());
        Constructor<Base> k = Base.class.getConstructor(int.class); System.out.println(k.newInstance(9).count + " " + k.getParameterCount() + " " + Base.class.getConstructors().length);
        List<String> ms = new ArrayList<>(); for (Method m : Base.class.getDeclaredMethods()) ms.add(m.getName() + (m.isBridge() ? "[bridge]" : "") + (m.isSynthetic() ? "[syn]" : "")); Collections.sort(ms); System.out.println(ms);
        List<String> fs = new ArrayList<>(); for (Field fl : Base.class.getDeclaredFields()) fs.add(fl.getName()); Collections.sort(fs); System.out.println(fs);
        System.out.println(Class.forName("conform.Reflect1$Base").getSimpleName() + " " + Class.forName("[Ljava.lang.String;").getSimpleName() + " " + Class.forName("java.util.ArrayList").getName());
        try { Class.forName("conform.DoesNotExist"); } catch (ClassNotFoundException e) { System.out.println("CNFE " + e.getMessage()); }
        Runnable anon = new Runnable() { public void run() {} }; class Local {}
        System.out.println(anon.getClass().getName() + " [" + anon.getClass().getSimpleName() + "] " + Local.class.getName() + " " + Local.class.getSimpleName() + " " + Local.class.isLocalClass() + " " + Thread.State.NEW.getClass().isEnum() + " " + Thread.State.class.getEnumConstants().length);
        System.out.println(Integer.class.getField("MAX_VALUE").get(null) + " " + String.class.getMethod("length").invoke("four") + " " + Object.class.getSuperclass() + " " + int.class.getName() + " " + Integer.TYPE.getSimpleName() + " " + new Object[0].getClass().getSuperclass());
        Object proxy = Proxy.newProxyInstance(Reflect1.class.getClassLoader(), new Class<?>[]{Comparable.class}, (p, m, a) -> m.getName().equals("compareTo") ? 42 : null);
        @SuppressWarnings("unchecked") Comparable<Object> cp = (Comparable<Object>) proxy; System.out.println(cp.compareTo("x"));
        TypeVariable<?>[] tv = Map.class.getTypeParameters(); System.out.println(tv.length + " " + tv[0].getName());
        System.out.println(Base.class.getMethod("compareTo", Base.class).getGenericParameterTypes()[0] + " " + Base.class.getGenericInterfaces()[0]);
    }
}
