package jit;

/**
 * Loops whose only call is a small method inlined without steps of its own: the call's
 * step may be checked by the loop's back edge instead of at the call, but the loop must
 * still reach a safepoint regularly, whatever the parity of its steps, or the thread that
 * waits for the VM lock (here, the one that stops the loop) never runs.
 */
public class DeferredSteps {
    static volatile boolean stop;
    static volatile boolean started;

    static int mix(int x) {
        return x * 31 + 7;
    }

    static double weight(int i, int j) {
        int s = i + j;
        return 1.0 / ((s * (s + 1) >>> 1) + i + 1);
    }

    /** One call and one back edge per iteration: an even number of steps. */
    static long spin() {
        long sum = 0;
        int i = 0;
        started = true;
        while (!stop) {
            sum += mix(i++);
        }
        return i > 0 ? 1 : 0;
    }

    /** Two calls per iteration, then the back edge. */
    static long spinTwice() {
        long sum = 0;
        int i = 0;
        started = true;
        while (!stop) {
            sum += mix(i) + mix(i + 1);
            i++;
        }
        return i > 0 ? 1 : 0;
    }

    static double sums(int n) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                total += weight(i, j) * (j & 3);
            }
        }
        return total;
    }

    interface Loop {
        long run();
    }

    static void stopAfterStart(String what, Loop loop) throws InterruptedException {
        stop = false;
        started = false;
        long[] result = new long[1];
        Thread t = new Thread(() -> result[0] = loop.run());
        t.start();
        while (!started) {
            Thread.sleep(1);
        }
        Thread.sleep(50);
        stop = true;
        t.join();
        System.out.println(what + ": stopped, ran " + result[0]);
    }

    public static void main(String[] args) throws InterruptedException {
        stopAfterStart("one call", DeferredSteps::spin);
        stopAfterStart("two calls", DeferredSteps::spinTwice);
        stopAfterStart("one call again", DeferredSteps::spin);
        System.out.println(sums(300));
        System.out.println(sums(700));
    }
}
