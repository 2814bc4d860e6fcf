package reflection;

import java.util.*;
public class NestMembers {
    interface I {} static class A { class Inner {} } enum E { X { } }
    public static void main(String[] args) {
        Runnable anon = new Runnable() { public void run() {} };
        class Local {}
        for (Class<?> c : new Class<?>[]{NestMembers.class, A.Inner.class, Local.class, anon.getClass(), E.X.getClass(), int[].class, int.class})
            System.out.println(c.getName() + " -> " + Arrays.toString(c.getNestMembers()) + " host=" + c.getNestHost().getName());
        System.out.println(Local.class.isNestmateOf(A.Inner.class) + " " + String.class.isNestmateOf(NestMembers.class));
    }
}
