import java.io.IOException;

public class Exceptions {
    private final Object lock = new Object();

    int tryCatch(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        } finally {
            System.out.println("done");
        }
    }

    void multi(int x) throws IOException, InterruptedException {
        try {
            if (x > 0) throw new IOException("io");
            Thread.sleep(x);
        } catch (IllegalStateException | UnsupportedOperationException e) {
            throw new RuntimeException(e);
        }
    }

    synchronized void syncMethod() {
        System.out.println("sync");
    }

    int syncBlock(int[] a) {
        synchronized (lock) {
            return a[0];
        }
    }

    static String resources() throws Exception {
        try (AutoCloseable c = () -> System.out.println("closed")) {
            return "ok";
        }
    }
}
