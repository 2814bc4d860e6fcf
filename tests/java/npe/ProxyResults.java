package npe;

import java.lang.reflect.Proxy;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

public class ProxyResults {
    public interface Numbers {
        long big();

        boolean flag(int x);
    }

    public static void main(String[] args) {
        Object[] results = {null};
        Numbers n = (Numbers) Proxy.newProxyInstance(ProxyResults.class.getClassLoader(),
                new Class<?>[] {Numbers.class}, (p, m, a) -> results[0]);
        try {
            n.big();
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            n.flag(3);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        IntSupplier s = (IntSupplier) Proxy.newProxyInstance(null,
                new Class<?>[] {IntSupplier.class}, (p, m, a) -> null);
        try {
            s.getAsInt();
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        Supplier<?> ok = (Supplier<?>) Proxy.newProxyInstance(null,
                new Class<?>[] {Supplier.class}, (p, m, a) -> null);
        System.out.println(ok.get());
        try {
            n.hashCode();
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
