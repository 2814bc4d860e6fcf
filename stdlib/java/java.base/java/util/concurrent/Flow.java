package java.util.concurrent;

/**
 * The interfaces of reactive streams (publish/subscribe with flow control by demand), and the
 * default buffer size of their implementations.
 */
public final class Flow {
    private Flow() {}

    /** A producer of items, received by its Subscribers. */
    @FunctionalInterface
    public static interface Publisher<T> {
        void subscribe(Subscriber<? super T> subscriber);
    }

    /** A receiver of items: onSubscribe first, then onNext as requested, then onError or onComplete. */
    public static interface Subscriber<T> {
        void onSubscribe(Subscription subscription);

        void onNext(T item);

        void onError(Throwable throwable);

        void onComplete();
    }

    /** Links a Publisher and a Subscriber: demand and cancellation. */
    public static interface Subscription {
        void request(long n);

        void cancel();
    }

    /** Both a Subscriber and a Publisher. */
    public static interface Processor<T, R> extends Subscriber<T>, Publisher<R> {}

    static final int DEFAULT_BUFFER_SIZE = 256;

    public static int defaultBufferSize() {
        return DEFAULT_BUFFER_SIZE;
    }
}
