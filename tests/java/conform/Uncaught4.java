package conform;
public class Uncaught4 {
    static class Weird extends RuntimeException {
        Weird() { super(null, new Error("root cause", new ArithmeticException())); }
        @Override public String getMessage() { return "weird message"; }
    }
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook")));
        Thread.setDefaultUncaughtExceptionHandler(null);
        Thread t = new Thread(() -> { throw new Weird(); });
        t.setUncaughtExceptionHandler((th, ex) -> System.out.println("handler: " + th.getName().startsWith("Thread-") + " " + ex));
        t.start();
        try { t.join(); } catch (InterruptedException e) {}
        System.exit(-3);
    }
}
