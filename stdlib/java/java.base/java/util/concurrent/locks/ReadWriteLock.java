package java.util.concurrent.locks;

/** A pair of associated locks, one for read-only operations and one for writing. */
public interface ReadWriteLock {
    Lock readLock();

    Lock writeLock();
}
