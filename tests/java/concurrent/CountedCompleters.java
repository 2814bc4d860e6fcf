package concurrent;

import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** CountedCompleter: sums, searches with propagateCompletion, exceptional completion up the completer chain, pending counts. */
public class CountedCompleters {
    static class Sum extends CountedCompleter<Long> {
        final long[] a; final int lo, hi; long result; Sum left, right;
        Sum(CountedCompleter<?> parent, long[] a, int lo, int hi) { super(parent); this.a = a; this.lo = lo; this.hi = hi; }
        public void compute() {
            if (hi - lo >= 100) {
                int mid = (lo + hi) >>> 1;
                left = new Sum(this, a, lo, mid); right = new Sum(this, a, mid, hi);
                setPendingCount(1);
                left.fork(); right.compute();
            } else {
                for (int i = lo; i < hi; i++) result += a[i];
                tryComplete();
            }
        }
        public void onCompletion(CountedCompleter<?> caller) { if (left != null) result = left.result + right.result; }
        public Long getRawResult() { return result; }
    }
    static class Searcher extends CountedCompleter<Integer> {
        final int[] a; final int lo, hi; final AtomicInteger found;
        Searcher(CountedCompleter<?> p, int[] a, int lo, int hi, AtomicInteger found) { super(p); this.a = a; this.lo = lo; this.hi = hi; this.found = found; }
        public void compute() {
            int l = lo, h = hi;
            while (h - l >= 8) { int mid = (l + h) >>> 1; addToPendingCount(1); new Searcher(this, a, mid, h, found).fork(); h = mid; }
            for (int i = l; i < h; i++) if (a[i] == 777) found.compareAndSet(-1, i);
            propagateCompletion();
        }
        public Integer getRawResult() { return found.get(); }
    }
    static class Failing extends CountedCompleter<Void> {
        final int depth; final List<String> log;
        Failing(CountedCompleter<?> p, int depth, List<String> log) { super(p); this.depth = depth; this.log = log; }
        public void compute() { if (depth == 0) throw new IllegalStateException("leaf failed"); setPendingCount(1); new Failing(this, depth - 1, log).fork(); tryComplete(); }
        public boolean onExceptionalCompletion(Throwable ex, CountedCompleter<?> caller) { synchronized (log) { log.add("depth " + depth + " caller " + (caller == this ? "self" : "child") + " " + ex.getMessage()); } return true; }
    }
    public static void main(String[] args) throws Exception {
        long[] a = new long[10000]; for (int i = 0; i < a.length; i++) a[i] = i;
        System.out.println(ForkJoinPool.commonPool().invoke(new Sum(null, a, 0, a.length)));
        System.out.println(new ForkJoinPool(3).invoke(new Sum(null, a, 0, 5000)));
        int[] arr = new int[1000]; arr[640] = 777;
        System.out.println(new Searcher(null, arr, 0, arr.length, new AtomicInteger(-1)).invoke());
        List<String> log = new ArrayList<>();
        Failing f = new Failing(null, 3, log);
        try { f.invoke(); } catch (IllegalStateException e) { System.out.println("caught " + e.getClass().getSimpleName()); }
        Collections.sort(log); System.out.println(log + " " + f.isCompletedAbnormally());
        CountedCompleter<String> c = new CountedCompleter<String>(null, 2) { String r; public void compute() {} public String getRawResult() { return r; } protected void setRawResult(String s) { r = s; } public void onCompletion(CountedCompleter<?> caller) { System.out.println("completed"); } };
        System.out.println(c.getPendingCount() + " " + c.decrementPendingCountUnlessZero() + " " + c.getPendingCount() + " " + c.firstComplete() + " " + (c.firstComplete() == c) + " " + c.isDone());
        c.complete("value"); System.out.println(c.join() + " " + c.isDone() + " " + (c.getRoot() == c) + " " + c.getCompleter());
        ForkJoinTask<Integer> t = ForkJoinTask.adapt(() -> 1);
        System.out.println(t.getForkJoinTaskTag() + " " + t.setForkJoinTaskTag((short) 5) + " " + t.compareAndSetForkJoinTaskTag((short) 5, (short) 7) + " " + t.compareAndSetForkJoinTaskTag((short) 5, (short) 9) + " " + t.getForkJoinTaskTag());
        java.util.concurrent.locks.LockSupport.setCurrentBlocker("custom blocker");
        System.out.println(java.util.concurrent.locks.LockSupport.getBlocker(Thread.currentThread()));
        java.util.concurrent.locks.LockSupport.setCurrentBlocker(null);
        System.out.println(java.util.concurrent.locks.LockSupport.getBlocker(Thread.currentThread()));
    }
}
