package sweep;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;

public class StampedLockExchanger {
    static class Point {
        private double x, y; private final StampedLock sl = new StampedLock();
        void move(double dx, double dy) { long s = sl.writeLock(); try { x += dx; y += dy; } finally { sl.unlockWrite(s); } }
        double distanceFromOrigin() {
            long stamp = sl.tryOptimisticRead(); double cx = x, cy = y;
            if (!sl.validate(stamp)) { stamp = sl.readLock(); try { cx = x; cy = y; } finally { sl.unlockRead(stamp); } }
            return Math.sqrt(cx * cx + cy * cy);
        }
        void moveIfAtOrigin(double nx, double ny) {
            long stamp = sl.readLock();
            try {
                while (x == 0.0 && y == 0.0) {
                    long ws = sl.tryConvertToWriteLock(stamp);
                    if (ws != 0L) { stamp = ws; x = nx; y = ny; break; } else { sl.unlockRead(stamp); stamp = sl.writeLock(); }
                }
            } finally { sl.unlock(stamp); }
        }
    }
    public static void main(String[] args) throws Exception {
        StampedLock sl = new StampedLock();
        long o = sl.tryOptimisticRead(); System.out.println("opt " + o + " " + sl.validate(o) + " " + StampedLock.isOptimisticReadStamp(o));
        long w = sl.writeLock(); System.out.println("write " + w + " " + sl.isWriteLocked() + " " + sl.validate(o) + " " + sl.tryOptimisticRead() + " " + sl.tryReadLock() + " " + StampedLock.isWriteLockStamp(w));
        sl.unlockWrite(w); System.out.println("after " + sl.validate(o) + " " + sl.tryOptimisticRead());
        long r1 = sl.readLock(), r2 = sl.readLock(); System.out.println("reads " + r1 + " " + r2 + " " + sl.getReadLockCount() + " " + sl.isReadLocked() + " " + sl.tryWriteLock() + " " + StampedLock.isReadLockStamp(r1));
        sl.unlockRead(r1); long cv = sl.tryConvertToWriteLock(r2); System.out.println("convert " + cv + " " + sl.isWriteLocked());
        long back = sl.tryConvertToReadLock(cv); System.out.println("back " + back + " " + sl.getReadLockCount());
        long opt = sl.tryConvertToOptimisticRead(back); System.out.println("optconv " + opt + " " + sl.isReadLocked());
        try { sl.unlockWrite(12345L); } catch (IllegalMonitorStateException e) { System.out.println("IMSE " + e.getMessage()); }
        try { sl.unlockRead(opt); } catch (IllegalMonitorStateException e) { System.out.println("IMSE " + e.getMessage()); }
        Point p = new Point(); p.moveIfAtOrigin(3, 4); System.out.println(p.distanceFromOrigin());
        ExecutorService ex = Executors.newFixedThreadPool(4);
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 4; i++) fs.add(ex.submit(() -> { for (int k = 0; k < 500; k++) { p.move(1, 1); p.distanceFromOrigin(); } }));
        for (Future<?> f : fs) f.get();
        System.out.printf("%.4f%n", p.distanceFromOrigin());
        Lock rl = sl.asReadLock(); rl.lock(); System.out.println(sl.isReadLocked() + " " + sl.asWriteLock().tryLock()); rl.unlock();
        Exchanger<List<Integer>> exch = new Exchanger<>();
        Future<List<Integer>> other = ex.submit(() -> exch.exchange(new ArrayList<>(List.of(1, 2, 3))));
        List<Integer> got = exch.exchange(new ArrayList<>(List.of(9)));
        System.out.println("main got " + got + " other got " + other.get());
        try { new Exchanger<String>().exchange("x", 20, TimeUnit.MILLISECONDS); } catch (TimeoutException e) { System.out.println("timeout " + e.getMessage()); }
        Exchanger<String> pingPong = new Exchanger<>();
        Future<String> partner = ex.submit(() -> { String s = ""; for (int i = 0; i < 5; i++) s += pingPong.exchange("pong" + i) + ","; return s; });
        StringBuilder mine = new StringBuilder(); for (int i = 0; i < 5; i++) mine.append(pingPong.exchange("ping" + i)).append(',');
        System.out.println(mine + " | " + partner.get());
        ex.shutdown();
    }
}
