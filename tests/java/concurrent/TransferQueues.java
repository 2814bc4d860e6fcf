package concurrent;

import java.util.*;
import java.util.concurrent.*;

/** LinkedTransferQueue: an unbounded queue whose producers can wait for a consumer to take. */
public class TransferQueues {
    public static void main(String[] args) throws Exception {
        LinkedTransferQueue<String> q = new LinkedTransferQueue<>(List.of("a", "b"));
        System.out.println(q + " " + q.size() + " " + q.peek() + " " + q.remainingCapacity() + " " + q.hasWaitingConsumer()
                + " " + q.getWaitingConsumerCount());
        System.out.println(q.tryTransfer("x") + " " + q + " " + q.offer("c") + " " + q.add("d") + " " + q.contains("c")
                + " " + q.remove("c") + " " + q);
        System.out.println(q.tryTransfer("late", 20, TimeUnit.MILLISECONDS) + " " + q);
        List<String> drained = new ArrayList<>();
        System.out.println(q.drainTo(drained, 2) + " " + drained + " " + q.poll() + " " + q.poll() + " " + q.isEmpty());
        try {
            q.put(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }

        TransferQueue<Integer> tq = new LinkedTransferQueue<>();
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 5; i++) {
                    got.add(tq.take());
                }
            } catch (InterruptedException e) {
                got.add(-1);
            }
        });
        consumer.start();
        while (!tq.hasWaitingConsumer()) {
            Thread.sleep(1);
        }
        System.out.println("waiting consumers " + tq.getWaitingConsumerCount());
        for (int i = 1; i <= 3; i++) {
            tq.transfer(i);
            System.out.println("transferred " + i + ", queue now " + tq.size());
        }
        while (!tq.hasWaitingConsumer()) {
            Thread.sleep(1);
        }
        System.out.println("tryTransfer to waiting consumer " + tq.tryTransfer(4));
        tq.put(5);
        consumer.join();
        System.out.println(got + " " + tq.isEmpty());
        System.out.println(tq.poll(10, TimeUnit.MILLISECONDS));

        Thread interrupted = new Thread(() -> {
            try {
                tq.transfer(99);
                System.out.println("transfer returned?");
            } catch (InterruptedException e) {
                System.out.println("transfer interrupted, queue " + tq);
            }
        });
        interrupted.start();
        while (tq.isEmpty()) {
            Thread.sleep(1);
        }
        interrupted.interrupt();
        interrupted.join();
        Iterator<Integer> it = new LinkedTransferQueue<>(List.of(7, 8, 9)).iterator();
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) {
            sb.append(it.next());
        }
        System.out.println(sb);
    }
}
