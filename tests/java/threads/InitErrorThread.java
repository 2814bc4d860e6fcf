package threads;

/**
 * A class whose initialization failed in one thread is unusable in every thread: the
 * NoClassDefFoundError's cause names the exception and the thread where it was thrown.
 */
public class InitErrorThread {
    static class Config {
        static final int PORT;

        static {
            System.out.println("initializing in " + Thread.currentThread().getName());
            PORT = Integer.parseInt("80a");
        }
    }

    static class NoMessage {
        static {
            if (true) {
                throw new UnsupportedOperationException();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Thread loader = new Thread(() -> {
            try {
                System.out.println(Config.PORT);
            } catch (ExceptionInInitializerError e) {
                System.out.println("loader: " + e + " / " + e.getCause());
            }
        }, "config-loader");
        loader.start();
        loader.join();
        try {
            System.out.println(Config.PORT);
        } catch (NoClassDefFoundError e) {
            System.out.println("main: " + e.getMessage());
            System.out.println("cause: " + e.getCause());
        }
        Thread.currentThread().setName("renamed-main");
        try {
            new NoMessage();
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: " + e.getCause());
        }
        Thread other = new Thread(() -> {
            try {
                new NoMessage();
            } catch (NoClassDefFoundError e) {
                System.out.println(Thread.currentThread().getName() + ": " + e.getCause().getMessage());
            }
        }, "second");
        other.start();
        other.join();
        System.out.println(Config.PORT);
    }
}
