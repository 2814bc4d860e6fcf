package conform;
public class Uncaught2 {
    static class E extends RuntimeException { E(String m, Throwable c) { super(m, c); } }
    static void a(int n) { if (n == 0) { try { Object o = null; o.hashCode(); } catch (Exception e) { E x = new E("deep", e); x.addSuppressed(new IllegalArgumentException("sup")); throw x; } } a(n - 1); }
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> { throw new IllegalStateException("in thread"); }, "worker-1");
        t.start(); t.join();
        System.out.println("main continues");
        a(3);
    }
}
