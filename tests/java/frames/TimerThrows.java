package frames;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/** A TimerTask that throws ends its timer thread (trace through java.util.TimerThread); Thread.dumpStack. */
public class TimerThrows {
    public static void main(String[] args) throws Exception {
        Timer timer = new Timer("ticker");
        CountDownLatch ran = new CountDownLatch(1);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                ran.countDown();
                throw new IllegalStateException("task failed");
            }
        }, 1);
        Thread ticker = null;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("ticker")) {
                ticker = t;
            }
        }
        ran.await();
        ticker.join(); // its uncaught exception printed before going on
        String refusal = null;
        while (refusal == null) {
            try {
                timer.schedule(new TimerTask() {
                    @Override
                    public void run() {
                        System.out.println("never runs");
                    }
                }, 1_000_000);
                Thread.sleep(1);
            } catch (IllegalStateException e) {
                refusal = e.getMessage();
            }
        }
        System.out.println("after the failure: " + refusal);
        Thread.dumpStack();
    }
}
