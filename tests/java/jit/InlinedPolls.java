package jit;

import java.util.ArrayList;
import java.util.List;

/**
 * Safepoints due inside inlined calls: a real poll there leaves the inlined calls to the
 * interpreter at the call whose step is due (their frames written out, references included),
 * which finishes them and gives the result back to the compiled caller. Another thread
 * allocates all the while, so that collections (which move objects) and thread switches
 * happen at those polls; the values the inlined frames hold must survive them.
 */
public class InlinedPolls {
    static final class Box {
        final int value;
        final Box next;

        Box(int value, Box next) {
            this.value = value;
            this.next = next;
        }
    }

    static volatile boolean done;

    static int weigh(Box box) {
        return box.value * 3 + (box.next == null ? 1 : box.next.value);
    }

    /** Inlined, with calls of its own (inlined again): two levels of inlined frames. */
    static int link(Box box, int salt) {
        Box fresh = new Box(salt, box);
        return weigh(fresh) + weigh(box) + Math.abs(salt % 7);
    }

    static String label(Box box, int i) {
        StringBuilder sb = new StringBuilder();
        sb.append(box.value).append(':').append(i);
        return sb.toString();
    }

    static long run(int rounds) {
        Box chain = new Box(1, null);
        long sum = 0;
        int chars = 0;
        for (int i = 0; i < rounds; i++) {
            sum += link(chain, i);
            if ((i & 63) == 0) {
                chain = new Box(i & 1023, chain.next == null ? chain : chain.next);
                chars += label(chain, i).length();
            }
        }
        return sum * 31 + chars;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread churn = new Thread(() -> {
            List<int[]> keep = new ArrayList<>();
            long made = 0;
            while (!done) {
                keep.add(new int[64]);
                if (keep.size() > 2000) {
                    keep.clear();
                }
                made++;
            }
            System.out.println("churn ran: " + (made > 0));
        });
        churn.start();
        long first = run(400_000);
        long second = run(400_000);
        done = true;
        churn.join();
        System.out.println("first " + first);
        System.out.println("second " + second);
        System.out.println("same " + (first == second));
    }
}
