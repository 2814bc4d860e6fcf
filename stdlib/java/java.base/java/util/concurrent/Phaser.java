package java.util.concurrent;

/**
 * A reusable barrier with a varying number of parties, arriving in phases; phasers may form a
 * tree. This follows the JDK's state machine exactly (a 64-bit state of phase, parties and
 * unarrived parties; children reconcile their phase with the root's lazily), with the
 * compare-and-set done under the root's monitor and waiters blocking on that monitor
 * instead of the JDK's wait queues.
 */
public class Phaser {
    private volatile long state;

    private static final int MAX_PARTIES = 0xffff;
    private static final int MAX_PHASE = Integer.MAX_VALUE;
    private static final int PARTIES_SHIFT = 16;
    private static final int PHASE_SHIFT = 32;
    private static final int UNARRIVED_MASK = 0xffff;
    private static final long PARTIES_MASK = 0xffff0000L;
    private static final long COUNTS_MASK = 0xffffffffL;
    private static final long TERMINATION_BIT = 1L << 63;

    private static final int ONE_ARRIVAL = 1;
    private static final int ONE_PARTY = 1 << PARTIES_SHIFT;
    private static final int ONE_DEREGISTER = ONE_ARRIVAL | ONE_PARTY;
    private static final int EMPTY = 1;

    private static int unarrivedOf(long s) {
        int counts = (int) s;
        return (counts == EMPTY) ? 0 : (counts & UNARRIVED_MASK);
    }

    private static int partiesOf(long s) {
        return (int) s >>> PARTIES_SHIFT;
    }

    private static int phaseOf(long s) {
        return (int) (s >>> PHASE_SHIFT);
    }

    private static int arrivedOf(long s) {
        int counts = (int) s;
        return (counts == EMPTY) ? 0 : (counts >>> PARTIES_SHIFT) - (counts & UNARRIVED_MASK);
    }

    private final Phaser parent;
    private final Phaser root;

    /** The monitor guarding every state change in the tree (the root's lock object). */
    private final Object lock;

    private boolean casState(long expect, long update) {
        synchronized (lock) {
            if (state == expect) {
                state = update;
                return true;
            }
            return false;
        }
    }

    private String badArrive(long s) {
        return "Attempted arrival of unregistered party for " + stateToString(s);
    }

    private String badRegister(long s) {
        return "Attempt to register more than " + MAX_PARTIES + " parties for " + stateToString(s);
    }

    private int doArrive(int adjust) {
        final Phaser root = this.root;
        for (;;) {
            long s = (root == this) ? state : reconcileState();
            int phase = (int) (s >>> PHASE_SHIFT);
            if (phase < 0)
                return phase;
            int counts = (int) s;
            int unarrived = (counts == EMPTY) ? 0 : (counts & UNARRIVED_MASK);
            if (unarrived <= 0)
                throw new IllegalStateException(badArrive(s));
            if (casState(s, s -= adjust)) {
                if (unarrived == 1) {
                    long n = s & PARTIES_MASK;
                    int nextUnarrived = (int) n >>> PARTIES_SHIFT;
                    if (root == this) {
                        if (onAdvance(phase, nextUnarrived))
                            n |= TERMINATION_BIT;
                        else if (nextUnarrived == 0)
                            n |= EMPTY;
                        else
                            n |= nextUnarrived;
                        int nextPhase = (phase + 1) & MAX_PHASE;
                        n |= (long) nextPhase << PHASE_SHIFT;
                        casState(s, n);
                        releaseWaiters();
                    } else if (nextUnarrived == 0) {
                        phase = parent.doArrive(ONE_DEREGISTER);
                        casState(s, s | EMPTY);
                    } else {
                        phase = parent.doArrive(ONE_ARRIVAL);
                    }
                }
                return phase;
            }
        }
    }

    private int doRegister(int registrations) {
        long adjust = ((long) registrations << PARTIES_SHIFT) | registrations;
        final Phaser parent = this.parent;
        int phase;
        for (;;) {
            long s = (parent == null) ? state : reconcileState();
            int counts = (int) s;
            int parties = counts >>> PARTIES_SHIFT;
            int unarrived = counts & UNARRIVED_MASK;
            if (registrations > MAX_PARTIES - parties)
                throw new IllegalStateException(badRegister(s));
            phase = (int) (s >>> PHASE_SHIFT);
            if (phase < 0)
                break;
            if (counts != EMPTY) {
                if (parent == null || reconcileState() == s) {
                    if (unarrived == 0)
                        root.internalAwaitAdvance(phase);
                    else if (casState(s, s + adjust))
                        break;
                }
            } else if (parent == null) {
                long next = ((long) phase << PHASE_SHIFT) | adjust;
                if (casState(s, next))
                    break;
            } else {
                synchronized (this) {
                    if (state == s) {
                        phase = parent.doRegister(1);
                        if (phase < 0)
                            break;
                        while (!casState(s, ((long) phase << PHASE_SHIFT) | adjust)) {
                            s = state;
                            phase = (int) (root.state >>> PHASE_SHIFT);
                        }
                        break;
                    }
                }
            }
        }
        return phase;
    }

    private long reconcileState() {
        final Phaser root = this.root;
        long s = state;
        if (root != this) {
            int phase, p;
            while ((phase = (int) (root.state >>> PHASE_SHIFT)) != (int) (s >>> PHASE_SHIFT)
                    && !casState(s, s = (((long) phase << PHASE_SHIFT)
                            | ((phase < 0) ? (s & COUNTS_MASK)
                                    : (((p = (int) s >>> PARTIES_SHIFT) == 0) ? EMPTY
                                            : ((s & PARTIES_MASK) | p))))))
                s = state;
        }
        return s;
    }

    public Phaser() {
        this(null, 0);
    }

    public Phaser(int parties) {
        this(null, parties);
    }

    public Phaser(Phaser parent) {
        this(parent, 0);
    }

    public Phaser(Phaser parent, int parties) {
        if (parties >>> PARTIES_SHIFT != 0)
            throw new IllegalArgumentException("Illegal number of parties");
        int phase = 0;
        this.parent = parent;
        if (parent != null) {
            this.root = parent.root;
            this.lock = root.lock;
            if (parties != 0)
                phase = parent.doRegister(1);
        } else {
            this.root = this;
            this.lock = new Object();
        }
        this.state = (parties == 0) ? (long) EMPTY
                : ((long) phase << PHASE_SHIFT) | ((long) parties << PARTIES_SHIFT) | ((long) parties);
    }

    public int register() {
        return doRegister(1);
    }

    public int bulkRegister(int parties) {
        if (parties < 0)
            throw new IllegalArgumentException();
        if (parties == 0)
            return getPhase();
        return doRegister(parties);
    }

    public int arrive() {
        return doArrive(ONE_ARRIVAL);
    }

    public int arriveAndDeregister() {
        return doArrive(ONE_DEREGISTER);
    }

    public int arriveAndAwaitAdvance() {
        final Phaser root = this.root;
        for (;;) {
            long s = (root == this) ? state : reconcileState();
            int phase = (int) (s >>> PHASE_SHIFT);
            if (phase < 0)
                return phase;
            int counts = (int) s;
            int unarrived = (counts == EMPTY) ? 0 : (counts & UNARRIVED_MASK);
            if (unarrived <= 0)
                throw new IllegalStateException(badArrive(s));
            if (casState(s, s -= ONE_ARRIVAL)) {
                if (unarrived > 1)
                    return root.internalAwaitAdvance(phase);
                if (root != this)
                    return parent.arriveAndAwaitAdvance();
                long n = s & PARTIES_MASK;
                int nextUnarrived = (int) n >>> PARTIES_SHIFT;
                if (onAdvance(phase, nextUnarrived))
                    n |= TERMINATION_BIT;
                else if (nextUnarrived == 0)
                    n |= EMPTY;
                else
                    n |= nextUnarrived;
                int nextPhase = (phase + 1) & MAX_PHASE;
                n |= (long) nextPhase << PHASE_SHIFT;
                if (!casState(s, n))
                    return (int) (state >>> PHASE_SHIFT);
                releaseWaiters();
                return nextPhase;
            }
        }
    }

    public int awaitAdvance(int phase) {
        final Phaser root = this.root;
        long s = (root == this) ? state : reconcileState();
        int p = (int) (s >>> PHASE_SHIFT);
        if (phase < 0)
            return phase;
        if (p == phase)
            return root.internalAwaitAdvance(phase);
        return p;
    }

    public int awaitAdvanceInterruptibly(int phase) throws InterruptedException {
        final Phaser root = this.root;
        long s = (root == this) ? state : reconcileState();
        int p = (int) (s >>> PHASE_SHIFT);
        if (phase < 0)
            return phase;
        if (p == phase) {
            p = root.interruptibleAwaitAdvance(phase, false, 0L);
        }
        return p;
    }

    public int awaitAdvanceInterruptibly(int phase, long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        final Phaser root = this.root;
        long s = (root == this) ? state : reconcileState();
        int p = (int) (s >>> PHASE_SHIFT);
        if (phase < 0)
            return phase;
        if (p == phase) {
            p = root.interruptibleAwaitAdvance(phase, true, nanos);
            if (p == phase)
                throw new TimeoutException();
        }
        return p;
    }

    public void forceTermination() {
        final Phaser root = this.root;
        long s;
        while ((s = root.state) >= 0) {
            if (root.casState(s, s | TERMINATION_BIT)) {
                releaseWaiters();
                return;
            }
        }
    }

    public final int getPhase() {
        return (int) (root.state >>> PHASE_SHIFT);
    }

    public int getRegisteredParties() {
        return partiesOf(state);
    }

    public int getArrivedParties() {
        return arrivedOf(reconcileState());
    }

    public int getUnarrivedParties() {
        return unarrivedOf(reconcileState());
    }

    public Phaser getParent() {
        return parent;
    }

    public Phaser getRoot() {
        return root;
    }

    public boolean isTerminated() {
        return root.state < 0L;
    }

    protected boolean onAdvance(int phase, int registeredParties) {
        return registeredParties == 0;
    }

    public String toString() {
        return stateToString(reconcileState());
    }

    private String stateToString(long s) {
        return super.toString() + "[phase = " + phaseOf(s) + " parties = " + partiesOf(s) + " arrived = "
                + arrivedOf(s) + "]";
    }

    /** Wakes every thread waiting for the root's phase to change. */
    private void releaseWaiters() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /**
     * Waits (on the root) until the phase is no longer {@code phase}; returns the current phase.
     * An interrupt does not end the wait; it is re-asserted on return.
     */
    private int internalAwaitAdvance(int phase) {
        boolean interrupted = false;
        int p;
        synchronized (lock) {
            while ((p = (int) (state >>> PHASE_SHIFT)) == phase) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted)
            Thread.currentThread().interrupt();
        return p;
    }

    /** As internalAwaitAdvance, but interruptible and, if timed, returning phase when time is up. */
    private int interruptibleAwaitAdvance(int phase, boolean timed, long nanos) throws InterruptedException {
        if (Thread.interrupted())
            throw new InterruptedException();
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        int p;
        synchronized (lock) {
            while ((p = (int) (state >>> PHASE_SHIFT)) == phase) {
                if (timed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0L)
                        break;
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } else {
                    lock.wait();
                }
            }
        }
        return p;
    }
}
