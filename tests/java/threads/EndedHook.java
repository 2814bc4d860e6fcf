package threads;

/**
 * A thread that has ended can be registered as a shutdown hook (it is not alive); at exit it
 * cannot start, and the JDK ends the application's hooks there silently: the exit status
 * stays System.exit's and nothing is printed.
 */
public class EndedHook {
    public static void main(String[] args) throws Exception {
        Thread ended = new Thread(() -> System.out.println("ran once"), "ended");
        ended.start();
        ended.join();
        Runtime.getRuntime().addShutdownHook(ended);
        try {
            Runtime.getRuntime().addShutdownHook(ended);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(100_000);
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
        });
        sleeper.start();
        try {
            Runtime.getRuntime().addShutdownHook(sleeper);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        sleeper.interrupt();
        sleeper.join();
        System.out.println(Runtime.getRuntime().removeShutdownHook(sleeper) + " " + Runtime.getRuntime().removeShutdownHook(ended));
        Runtime.getRuntime().addShutdownHook(ended);
        System.out.println("exiting");
        System.exit(4);
    }
}
