// Shutdown hooks at System.exit: each runs in its own thread; one that throws reports it as
// uncaught in that thread; the exit status is the one given to exit.
package threads;

public class ExitHook {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook on exit in " + Thread.currentThread().getName()), "exit-hook"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { throw new IllegalStateException("hook failed"); }, "bad-hook"));
        System.out.println("exiting");
        System.exit(3);
    }
}
