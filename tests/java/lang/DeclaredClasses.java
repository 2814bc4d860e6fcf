package lang;

import java.util.Arrays;

/** Class.getDeclaredClasses and getClasses: member classes from the InnerClasses attribute. */
public class DeclaredClasses {
    public static class PublicNested { public class Inner {} }
    private static class PrivateNested {}
    protected interface Shape {}
    enum Color { RED }
    record Point(int x, int y) {}
    class InnerOne {}

    public static class Base { public static class FromBase {} static class Hidden {} }
    public static class Derived extends Base { public static class Own {} }

    static String names(Class<?>[] classes) {
        String[] names = new String[classes.length];
        for (int i = 0; i < classes.length; i++) names[i] = classes[i].getSimpleName();
        Arrays.sort(names);
        return String.join(",", names);
    }

    public static void main(String[] args) {
        Runnable anonymous = new Runnable() { public void run() {} };
        class Local {}
        System.out.println(names(DeclaredClasses.class.getDeclaredClasses()));
        System.out.println(names(DeclaredClasses.class.getClasses()));
        System.out.println(names(PublicNested.class.getDeclaredClasses()));
        System.out.println(names(Derived.class.getDeclaredClasses()));
        System.out.println(names(Derived.class.getClasses()));
        System.out.println(names(Local.class.getDeclaredClasses()) + "|" + anonymous.getClass().getDeclaredClasses().length);
        System.out.println(int.class.getDeclaredClasses().length + " " + String[].class.getClasses().length);
        System.out.println(names(java.util.Map.class.getDeclaredClasses()));
    }
}
