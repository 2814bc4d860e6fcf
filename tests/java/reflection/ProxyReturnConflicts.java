package reflection;

import java.lang.reflect.*;
import java.util.*;
public class ProxyReturnConflicts {
    public interface A { String get(); int num(); List<String> l(int x, String[] s); }
    public interface B { Integer get(); long num(); }
    public interface C { CharSequence get(); Collection<String> l(int x, String[] s); }
    public interface D { Object get(); ArrayList<String> l(int x, String[] s); }
    public interface N1 { int num(); }
    public interface N2 { long num(); }
    public interface N1b { int num() throws Exception; }
    public interface E { Set<String> l(int x, String[] s); }
    static void t(Class<?>... is) {
        try { Proxy.newProxyInstance(ProxyReturnConflicts.class.getClassLoader(), is, (p, m, a) -> null); System.out.println("ok " + Arrays.toString(is)); }
        catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
    public static void main(String[] args) {
        t(A.class, C.class); t(A.class, D.class); t(C.class, D.class); t(A.class, B.class); t(B.class, A.class); t(D.class, E.class); t(C.class, E.class, D.class); t(N1.class, N2.class); t(N1.class, N1b.class);
    }
}
