package concurrent;

import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class Phasers {
    static String st(Phaser p) {
        return "phase=" + p.getPhase() + " reg=" + p.getRegisteredParties() + " arrived=" + p.getArrivedParties()
                + " unarrived=" + p.getUnarrivedParties() + " term=" + p.isTerminated();
    }

    public static void main(String[] args) throws Exception {
        Phaser p = new Phaser();
        System.out.println("new: " + st(p));
        System.out.println("register -> " + p.register() + " " + st(p));
        System.out.println("bulkRegister(2) -> " + p.bulkRegister(2) + " " + st(p));
        System.out.println("bulkRegister(0) -> " + p.bulkRegister(0));
        System.out.println("arrive -> " + p.arrive() + " " + st(p));
        System.out.println("arrive -> " + p.arrive() + " " + st(p));
        System.out.println("arrive -> " + p.arrive() + " " + st(p));
        System.out.println("arriveAndDeregister -> " + p.arriveAndDeregister() + " " + st(p));
        System.out.println("awaitAdvance(0) -> " + p.awaitAdvance(0));
        System.out.println("awaitAdvance(-3) -> " + p.awaitAdvance(-3));
        System.out.println("arrive -> " + p.arrive() + " " + st(p));
        System.out.println("arriveAndAwaitAdvance -> " + p.arriveAndAwaitAdvance() + " " + st(p));
        System.out.println("arriveAndDeregister -> " + p.arriveAndDeregister() + " " + st(p));
        System.out.println("arriveAndDeregister -> " + p.arriveAndDeregister() + " " + st(p));
        System.out.println("register after termination -> " + p.register() + " " + st(p));
        System.out.println("arrive after termination -> " + p.arrive());
        System.out.println("awaitAdvance after termination -> " + p.awaitAdvance(3));

        Phaser q = new Phaser(1);
        try {
            q.arrive();
            q.arrive();
            q.arrive();
        } catch (IllegalStateException e) {
            System.out.println("arrive unregistered? " + st(q));
        }
        Phaser empty = new Phaser();
        try {
            empty.arrive();
        } catch (IllegalStateException e) {
            System.out.println("empty arrive: IllegalStateException " + e.getMessage().startsWith("Attempted arrival of unregistered party for "));
        }
        for (int bad : new int[] {-1, 65536}) {
            try {
                new Phaser(bad);
            } catch (IllegalArgumentException e) {
                System.out.println("new Phaser(" + bad + "): " + e.getMessage());
            }
        }
        try {
            new Phaser(65535).register();
        } catch (IllegalStateException e) {
            System.out.println("too many: " + e.getMessage().startsWith("Attempt to register more than 65535 parties for "));
        }
        try {
            new Phaser().bulkRegister(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("bulkRegister(-1): IAE " + e.getMessage());
        }
        Phaser t = new Phaser(2);
        try {
            t.awaitAdvanceInterruptibly(0, 10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timeout: " + e.getClass().getName() + " " + st(t));
        }
        System.out.println("awaitAdvanceInterruptibly(5) -> " + t.awaitAdvanceInterruptibly(5));
        Thread.currentThread().interrupt();
        try {
            t.awaitAdvanceInterruptibly(0);
        } catch (InterruptedException e) {
            System.out.println("interrupted: " + e.getClass().getName() + " flag=" + Thread.currentThread().isInterrupted());
        }
        t.forceTermination();
        System.out.println("forceTermination: " + st(t) + " arriveAndAwaitAdvance -> " + t.arriveAndAwaitAdvance());
        t.forceTermination();
        System.out.println("again: " + st(t));

        // onAdvance: stop after 3 phases
        List<String> log = new ArrayList<>();
        Phaser limited = new Phaser(2) {
            @Override
            protected boolean onAdvance(int phase, int registeredParties) {
                log.add("onAdvance(" + phase + "," + registeredParties + ")");
                return phase >= 2 || registeredParties == 0;
            }
        };
        for (int i = 0; i < 5; i++) {
            int a = limited.arrive();
            int b = limited.arrive();
            log.add(a + "/" + b + "->" + limited.getPhase());
        }
        System.out.println("onAdvance: " + log + " " + st(limited));

        // phase wrap-around
        Phaser w = new Phaser(1);
        System.out.println("phases: " + w.arrive() + " " + w.arrive() + " " + w.arriveAndAwaitAdvance() + " " + w.getPhase());

        // tiering
        Phaser root = new Phaser();
        Phaser c1 = new Phaser(root, 2);
        Phaser c2 = new Phaser(root);
        System.out.println("root " + st(root) + " | c1 " + st(c1) + " | c2 " + st(c2));
        System.out.println("c2.register -> " + c2.register() + " root " + st(root) + " parent ok " + (c2.getParent() == root)
                + " root ok " + (c2.getRoot() == root) + " " + (root.getParent() == null));
        System.out.println("c1.arrive -> " + c1.arrive() + " root " + st(root) + " | c1 " + st(c1));
        System.out.println("c1.arrive -> " + c1.arrive() + " root " + st(root) + " | c1 " + st(c1));
        System.out.println("c2.arrive -> " + c2.arrive() + " root " + st(root) + " | c1 " + st(c1) + " | c2 " + st(c2));
        System.out.println("c2.arriveAndDeregister -> " + c2.arriveAndDeregister() + " root " + st(root) + " | c2 " + st(c2));
        System.out.println("c1.arrive x2 -> " + c1.arrive() + " " + c1.arrive() + " root " + st(root) + " | c1 " + st(c1));
        Phaser grand = new Phaser(c1, 1);
        System.out.println("grandchild: " + st(grand) + " | c1 " + st(c1) + " | root " + st(root));
        System.out.println("grand.arriveAndDeregister -> " + grand.arriveAndDeregister() + " c1 " + st(c1));
        System.out.println("c1 deregister x2 -> " + c1.arriveAndDeregister() + " " + c1.arriveAndDeregister() + " root " + st(root)
                + " | c1 " + st(c1));

        // threads: 4 workers, 5 phases, each adds its contribution; barrier checks per phase
        int workers = 4, phases = 5;
        long[] sums = new long[phases];
        AtomicInteger bad = new AtomicInteger();
        Phaser ph = new Phaser(1) {
            @Override
            protected boolean onAdvance(int phase, int parties) {
                return phase == phases - 1 || parties == 0;
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int id = 0; id < workers; id++) {
            final int me = id;
            ph.register();
            Thread th = new Thread(() -> {
                for (int k = 0; k < phases; k++) {
                    synchronized (sums) {
                        sums[k] += (me + 1) * (k + 1);
                    }
                    int next = ph.arriveAndAwaitAdvance();
                    synchronized (sums) {
                        if (k < phases - 1 && next != k + 1) bad.incrementAndGet();
                        if (sums[k] != 10L * (k + 1)) bad.incrementAndGet();
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        ph.arriveAndDeregister();
        for (Thread th : threads) th.join();
        System.out.println("threads: sums " + Arrays.toString(sums) + " bad " + bad.get() + " " + st(ph));

        // a parent waits for children to finish a phase
        Phaser gate = new Phaser(3);
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            new Thread(() -> {
                done.incrementAndGet();
                gate.arriveAndDeregister();
            }).start();
        }
        int arrivedAt = gate.arrive();
        int now = gate.awaitAdvance(arrivedAt);
        System.out.println("gate: done " + done.get() + " advanced to " + now + " " + st(gate));
    }
}
