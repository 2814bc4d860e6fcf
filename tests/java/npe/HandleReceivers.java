package npe;

import java.lang.invoke.*;
public class HandleReceivers {
    static MethodHandle mh;
    static VarHandle vh;
    public static void main(String[] a) throws Throwable {
        try { int x = (int) mh.invokeExact(1, "s"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Object x = mh.invoke(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { vh.set(1L); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        MethodHandle local = null;
        try { local.invokeExact(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
}
