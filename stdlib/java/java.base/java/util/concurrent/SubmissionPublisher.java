package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * A Flow.Publisher that delivers submitted items to its current subscribers asynchronously,
 * each subscriber in order from a buffer of its own, as far as it has requested them. Cortado's
 * version guards each subscription with its monitor; as in the JDK, at most one consumer task
 * per subscription runs at a time on the executor (by default the common pool if it has more
 * than one thread, else a new thread per task), onSubscribe comes first from that task, an
 * exception thrown by onNext cancels the subscription and is reported to onError, close() lets
 * the buffered items go out before onComplete and closeExceptionally() drops them.
 */
public class SubmissionPublisher<T> implements Flow.Publisher<T>, AutoCloseable {
    static final int BUFFER_CAPACITY_LIMIT = 1 << 30;

    private static final Executor ASYNC_POOL = ForkJoinPool.getCommonPoolParallelism() > 1
            ? ForkJoinPool.commonPool() : new ThreadPerTaskExecutor();

    static final class ThreadPerTaskExecutor implements Executor {
        @Override
        public void execute(Runnable r) {
            if (r == null) {
                throw new NullPointerException();
            }
            new Thread(r).start();
        }
    }

    static int roundCapacity(int cap) {
        int n = cap - 1;
        n |= n >>> 1;
        n |= n >>> 2;
        n |= n >>> 4;
        n |= n >>> 8;
        n |= n >>> 16;
        return (n <= 0) ? 1 : (n >= BUFFER_CAPACITY_LIMIT) ? BUFFER_CAPACITY_LIMIT : n + 1;
    }

    private final ArrayList<BufferedSubscription<T>> clients = new ArrayList<>(); // guarded by this
    private volatile boolean closed;
    private volatile Throwable closedException;
    private final Executor executor;
    private final BiConsumer<? super Flow.Subscriber<? super T>, ? super Throwable> onNextHandler;
    private final int maxBufferCapacity;

    public SubmissionPublisher(Executor executor, int maxBufferCapacity,
            BiConsumer<? super Flow.Subscriber<? super T>, ? super Throwable> handler) {
        if (executor == null) {
            throw new NullPointerException();
        }
        if (maxBufferCapacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.executor = executor;
        this.onNextHandler = handler;
        this.maxBufferCapacity = roundCapacity(maxBufferCapacity);
    }

    public SubmissionPublisher(Executor executor, int maxBufferCapacity) {
        this(executor, maxBufferCapacity, null);
    }

    public SubmissionPublisher() {
        this(ASYNC_POOL, Flow.defaultBufferSize(), null);
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        if (subscriber == null) {
            throw new NullPointerException();
        }
        BufferedSubscription<T> subscription =
                new BufferedSubscription<T>(subscriber, executor, onNextHandler, maxBufferCapacity);
        synchronized (this) {
            clients.removeIf(BufferedSubscription::isClosed);
            for (BufferedSubscription<T> b : clients) {
                if (subscriber.equals(b.subscriber)) {
                    b.onError(new IllegalStateException("Duplicate subscribe"));
                    return;
                }
            }
            subscription.onSubscribe();
            Throwable ex = closedException;
            if (ex != null) {
                subscription.onError(ex);
            } else if (closed) {
                subscription.onComplete();
            } else {
                clients.add(subscription);
            }
        }
    }

    private synchronized List<BufferedSubscription<T>> openClients() {
        clients.removeIf(BufferedSubscription::isClosed);
        return new ArrayList<>(clients);
    }

    /** Offers item to every subscriber; returns the lag, or minus the number of drops. */
    private int doOffer(T item, long nanos, BiPredicate<Flow.Subscriber<? super T>, ? super T> onDrop) {
        if (item == null) {
            throw new NullPointerException();
        }
        if (closed) {
            throw new IllegalStateException("Closed");
        }
        int lag = 0;
        int drops = 0;
        for (BufferedSubscription<T> b : openClients()) {
            int stat = b.offer(item, nanos);
            if (stat < 0 && onDrop != null && onDrop.test(b.subscriber, item)) {
                stat = b.offer(item, 0L);
            }
            if (stat < 0) {
                drops++;
            } else if (stat > lag) {
                lag = stat;
            }
        }
        return drops > 0 ? -drops : lag;
    }

    public int submit(T item) {
        return doOffer(item, Long.MAX_VALUE, null);
    }

    public int offer(T item, BiPredicate<Flow.Subscriber<? super T>, ? super T> onDrop) {
        return doOffer(item, 0L, onDrop);
    }

    public int offer(T item, long timeout, TimeUnit unit,
            BiPredicate<Flow.Subscriber<? super T>, ? super T> onDrop) {
        long nanos = unit.toNanos(timeout);
        return doOffer(item, nanos < 0L ? 0L : nanos, onDrop);
    }

    @Override
    public void close() {
        List<BufferedSubscription<T>> list;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            list = new ArrayList<>(clients);
            clients.clear();
        }
        for (BufferedSubscription<T> b : list) {
            b.onComplete();
        }
    }

    public void closeExceptionally(Throwable error) {
        if (error == null) {
            throw new NullPointerException();
        }
        List<BufferedSubscription<T>> list;
        synchronized (this) {
            if (closed) {
                return;
            }
            closedException = error;
            closed = true;
            list = new ArrayList<>(clients);
            clients.clear();
        }
        for (BufferedSubscription<T> b : list) {
            b.onError(error);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public Throwable getClosedException() {
        return closedException;
    }

    public boolean hasSubscribers() {
        return !openClients().isEmpty();
    }

    public int getNumberOfSubscribers() {
        return openClients().size();
    }

    public Executor getExecutor() {
        return executor;
    }

    public int getMaxBufferCapacity() {
        return maxBufferCapacity;
    }

    public List<Flow.Subscriber<? super T>> getSubscribers() {
        ArrayList<Flow.Subscriber<? super T>> subs = new ArrayList<>();
        for (BufferedSubscription<T> b : openClients()) {
            subs.add(b.subscriber);
        }
        return subs;
    }

    public boolean isSubscribed(Flow.Subscriber<? super T> subscriber) {
        if (subscriber == null) {
            throw new NullPointerException();
        }
        for (BufferedSubscription<T> b : openClients()) {
            if (b.subscriber.equals(subscriber)) {
                return true;
            }
        }
        return false;
    }

    public long estimateMinimumDemand() {
        long min = Long.MAX_VALUE;
        boolean nonEmpty = false;
        for (BufferedSubscription<T> b : openClients()) {
            long d = b.estimateDemand();
            nonEmpty = true;
            if (d < min) {
                min = d;
            }
        }
        return nonEmpty ? min : 0;
    }

    public int estimateMaximumLag() {
        int max = 0;
        for (BufferedSubscription<T> b : openClients()) {
            int n = b.estimateLag();
            if (n > max) {
                max = n;
            }
        }
        return max;
    }

    public CompletableFuture<Void> consume(Consumer<? super T> consumer) {
        if (consumer == null) {
            throw new NullPointerException();
        }
        CompletableFuture<Void> status = new CompletableFuture<>();
        subscribe(new ConsumerSubscriber<T>(status, consumer));
        return status;
    }

    static final class ConsumerSubscriber<T> implements Flow.Subscriber<T> {
        final CompletableFuture<Void> status;
        final Consumer<? super T> consumer;
        Flow.Subscription subscription;

        ConsumerSubscriber(CompletableFuture<Void> status, Consumer<? super T> consumer) {
            this.status = status;
            this.consumer = consumer;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            status.whenComplete((v, e) -> subscription.cancel());
            if (!status.isDone()) {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onError(Throwable ex) {
            status.completeExceptionally(ex);
        }

        @Override
        public void onComplete() {
            status.complete(null);
        }

        @Override
        public void onNext(T item) {
            try {
                consumer.accept(item);
            } catch (Throwable ex) {
                subscription.cancel();
                status.completeExceptionally(ex);
            }
        }
    }

    /** One subscriber's buffer, demand and consumer task. */
    static final class BufferedSubscription<T> implements Flow.Subscription, Runnable {
        final Flow.Subscriber<? super T> subscriber;
        final BiConsumer<? super Flow.Subscriber<? super T>, ? super Throwable> onNextHandler;
        final int maxCapacity;
        private Executor executor; // null once closed
        // Guarded by this:
        private final ArrayDeque<T> buffer = new ArrayDeque<>();
        private long demand;
        private boolean running;
        private boolean subscribeSignalled;
        private boolean subscribePending;
        private boolean completePending;
        private Throwable pendingError;
        private boolean closed;

        BufferedSubscription(Flow.Subscriber<? super T> subscriber, Executor executor,
                BiConsumer<? super Flow.Subscriber<? super T>, ? super Throwable> onNextHandler, int maxCapacity) {
            this.subscriber = subscriber;
            this.executor = executor;
            this.onNextHandler = onNextHandler;
            this.maxCapacity = maxCapacity;
        }

        synchronized boolean isClosed() {
            return closed;
        }

        synchronized long estimateDemand() {
            return demand - buffer.size();
        }

        synchronized int estimateLag() {
            return buffer.size();
        }

        /** Publisher.subscribe: the consumer task's first act is the onSubscribe call. */
        void onSubscribe() {
            synchronized (this) {
                subscribePending = true;
            }
            signal();
        }

        void onComplete() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                completePending = true;
            }
            signal();
        }

        void onError(Throwable ex) {
            synchronized (this) {
                if (closed || pendingError != null) {
                    return;
                }
                pendingError = ex;
                buffer.clear();
                notifyAll();
            }
            signal();
        }

        /**
         * Puts item into the buffer, waiting up to nanos for room; returns the number of
         * buffered items, 0 if closed, or -1 if there was no room.
         */
        int offer(T item, long nanos) {
            int size;
            synchronized (this) {
                long deadline = nanos == Long.MAX_VALUE ? 0L : System.nanoTime() + nanos;
                boolean interrupted = false;
                while (!closed && pendingError == null && buffer.size() >= maxCapacity) {
                    if (nanos == 0L) {
                        return -1;
                    }
                    try {
                        if (nanos == Long.MAX_VALUE) {
                            wait();
                        } else {
                            long left = deadline - System.nanoTime();
                            if (left <= 0L) {
                                return -1;
                            }
                            TimeUnit.NANOSECONDS.timedWait(this, left);
                        }
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                if (closed || pendingError != null) {
                    return 0;
                }
                buffer.addLast(item);
                size = buffer.size();
            }
            signal();
            return size;
        }

        @Override
        public void request(long n) {
            if (n > 0L) {
                synchronized (this) {
                    long d = demand + n;
                    demand = d < demand ? Long.MAX_VALUE : d;
                }
                signal();
            } else {
                onError(new IllegalArgumentException("non-positive subscription request"));
            }
        }

        @Override
        public void cancel() {
            synchronized (this) {
                closed = true;
                executor = null;
                buffer.clear();
                notifyAll();
            }
        }

        /** Starts the consumer task unless it is running or nothing is left to do. */
        private void signal() {
            Executor e;
            synchronized (this) {
                if (running || closed || executor == null) {
                    return;
                }
                running = true;
                e = executor;
            }
            try {
                e.execute(this);
            } catch (RuntimeException | Error ex) {
                synchronized (this) {
                    running = false;
                    closed = true;
                    executor = null;
                    buffer.clear();
                    notifyAll();
                }
                throw ex;
            }
        }

        @Override
        public void run() {
            Flow.Subscriber<? super T> s = subscriber;
            while (true) {
                T item = null;
                int action; // 0 stop, 1 onSubscribe, 2 onNext, 3 onError, 4 onComplete
                Throwable error = null;
                synchronized (this) {
                    if (closed) {
                        running = false;
                        return;
                    }
                    if (subscribePending) {
                        subscribePending = false;
                        subscribeSignalled = true;
                        action = 1;
                    } else if (!subscribeSignalled) {
                        running = false;
                        return;
                    } else if (pendingError != null) {
                        error = pendingError;
                        closeLocked();
                        action = 3;
                    } else if (!buffer.isEmpty() && demand > 0L) {
                        item = buffer.pollFirst();
                        if (demand != Long.MAX_VALUE) {
                            demand--;
                        }
                        notifyAll();
                        action = 2;
                    } else if (buffer.isEmpty() && completePending) {
                        closeLocked();
                        action = 4;
                    } else {
                        running = false;
                        return;
                    }
                }
                switch (action) {
                    case 1:
                        try {
                            s.onSubscribe(this);
                        } catch (Throwable ex) {
                            closeOnError(s, ex);
                        }
                        break;
                    case 2:
                        try {
                            s.onNext(item);
                        } catch (Throwable ex) {
                            try {
                                if (onNextHandler != null) {
                                    onNextHandler.accept(s, ex);
                                }
                            } catch (Throwable ignore) {
                                // as in the JDK
                            }
                            closeOnError(s, ex);
                        }
                        break;
                    case 3:
                        try {
                            s.onError(error);
                        } catch (Throwable ignore) {
                            // as in the JDK
                        }
                        return;
                    default:
                        try {
                            s.onComplete();
                        } catch (Throwable ignore) {
                            // as in the JDK
                        }
                        return;
                }
            }
        }

        private void closeLocked() {
            closed = true;
            running = false;
            executor = null;
            buffer.clear();
            notifyAll();
        }

        private void closeOnError(Flow.Subscriber<? super T> s, Throwable ex) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closeLocked();
            }
            try {
                s.onError(ex);
            } catch (Throwable ignore) {
                // as in the JDK
            }
        }
    }
}
