package concurrent;

import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.Flow.*;
import java.util.function.*;

/** Flow and SubmissionPublisher: subscribers, demand, processors, consume, errors, drops. */
public class SubmissionPublishers {
    static void p(Object o) { System.out.println(o); }
    static class PrintSubscriber implements Subscriber<String> {
        final String name; final List<String> log = Collections.synchronizedList(new ArrayList<>()); final CountDownLatch done = new CountDownLatch(1);
        Subscription sub; final long batch;
        PrintSubscriber(String name, long batch) { this.name = name; this.batch = batch; }
        public void onSubscribe(Subscription s) { sub = s; log.add("subscribed"); s.request(batch); }
        public void onNext(String item) { log.add("next " + item); if (item.equals("boom")) throw new IllegalStateException("bad item"); sub.request(1); }
        public void onError(Throwable t) { log.add("error " + t); done.countDown(); }
        public void onComplete() { log.add("complete"); done.countDown(); }
    }
    static class TransformProcessor<T, R> extends SubmissionPublisher<R> implements Processor<T, R> {
        final Function<T, R> fn; Subscription sub;
        TransformProcessor(Function<T, R> fn) { this.fn = fn; }
        public void onSubscribe(Subscription s) { sub = s; s.request(1); }
        public void onNext(T item) { submit(fn.apply(item)); sub.request(1); }
        public void onError(Throwable t) { closeExceptionally(t); }
        public void onComplete() { close(); }
    }
    public static void main(String[] args) throws Exception {
        p(Flow.defaultBufferSize());
        SubmissionPublisher<String> pub = new SubmissionPublisher<>();
        PrintSubscriber a = new PrintSubscriber("a", 1), b = new PrintSubscriber("b", 2);
        pub.subscribe(a); pub.subscribe(b);
        p(pub.getNumberOfSubscribers() + " " + pub.hasSubscribers() + " " + pub.isSubscribed(a) + " " + pub.getMaxBufferCapacity());
        for (String s : List.of("one", "two", "three")) pub.submit(s);
        pub.close();
        a.done.await(); b.done.await();
        p(a.log); p(b.log);
        p(pub.isClosed() + " " + pub.getNumberOfSubscribers());
        try { pub.submit("late"); } catch (IllegalStateException e) { p("submit after close: " + e); }
        PrintSubscriber late = new PrintSubscriber("late", 1); pub.subscribe(late); late.done.await(); p(late.log);
        SubmissionPublisher<String> p2 = new SubmissionPublisher<>();
        PrintSubscriber c = new PrintSubscriber("c", 5);
        p2.subscribe(c); p2.submit("ok"); p2.submit("boom"); p2.submit("after");
        c.done.await(); p(c.log);
        p2.close();
        SubmissionPublisher<Integer> src = new SubmissionPublisher<>();
        TransformProcessor<Integer, String> proc = new TransformProcessor<>(i -> "#" + (i * i));
        src.subscribe(proc);
        PrintSubscriber d = new PrintSubscriber("d", 1);
        proc.subscribe(d);
        for (int i = 1; i <= 5; i++) src.submit(i);
        src.close(); d.done.await(); p(d.log);
        SubmissionPublisher<Integer> p3 = new SubmissionPublisher<>();
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> f = p3.consume(got::add);
        for (int i = 0; i < 10; i++) p3.submit(i);
        p3.close(); f.get(); p(got + " " + f.isDone());
        SubmissionPublisher<Integer> p4 = new SubmissionPublisher<>();
        CompletableFuture<Void> f4 = p4.consume(x -> { if (x == 3) throw new ArithmeticException("three"); });
        for (int i = 0; i < 5; i++) p4.submit(i);
        try { f4.join(); } catch (CompletionException e) { p("consume failed: " + e.getMessage()); }
        p4.close();
        SubmissionPublisher<String> p5 = new SubmissionPublisher<>();
        PrintSubscriber e5 = new PrintSubscriber("e", 1);
        p5.subscribe(e5); p5.closeExceptionally(new java.io.IOException("source failed"));
        e5.done.await(); p(e5.log + " " + p5.getClosedException());
        PrintSubscriber dup = new PrintSubscriber("dup", 1);
        SubmissionPublisher<String> p6 = new SubmissionPublisher<>();
        p6.subscribe(dup); p6.subscribe(dup); dup.done.await(); p(dup.log);
        PrintSubscriber neg = new PrintSubscriber("neg", 0);
        SubmissionPublisher<String> p7 = new SubmissionPublisher<>();
        p7.subscribe(neg); neg.done.await(); p(neg.log);
        try { new SubmissionPublisher<String>(ForkJoinPool.commonPool(), 0); } catch (IllegalArgumentException e) { p(e); }
        SubmissionPublisher<String> p8 = new SubmissionPublisher<>(Runnable::run, 5);
        p(p8.getMaxBufferCapacity());
        PrintSubscriber sync = new PrintSubscriber("sync", 2);
        p8.subscribe(sync);
        p(sync.log);
        p8.submit("x"); p8.submit("y"); p(sync.log);
        p(p8.offer("z", (s, item) -> { p("dropped " + item); return false; }));
        p8.close(); p(sync.log);
        SubmissionPublisher<Integer> p9 = new SubmissionPublisher<>(Runnable::run, 2);
        Subscriber<Integer> lazy = new Subscriber<>() { public void onSubscribe(Subscription s) {} public void onNext(Integer i) {} public void onError(Throwable t) {} public void onComplete() { p("lazy complete"); } };
        p9.subscribe(lazy);
        p(p9.offer(1, null) + " " + p9.offer(2, null) + " " + p9.offer(3, null) + " " + p9.offer(4, (s, i) -> { p("retry? " + i); return false; }) + " " + p9.estimateMaximumLag() + " " + p9.estimateMinimumDemand());
        p(p9.offer(5, 10, TimeUnit.MILLISECONDS, null));
        p9.close(); p("closed p9");
    }
}
