package sun.nio.fs;

/** A file's identity, device and inode, as the JDK's BasicFileAttributes.fileKey(). Not part of the JDK API. */
public final class UnixFileKey {
    private final long st_dev;
    private final long st_ino;

    public UnixFileKey(long st_dev, long st_ino) {
        this.st_dev = st_dev;
        this.st_ino = st_ino;
    }

    @Override
    public int hashCode() {
        return (int) (st_dev ^ (st_dev >>> 32)) + (int) (st_ino ^ (st_ino >>> 32));
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof UnixFileKey)) {
            return false;
        }
        UnixFileKey other = (UnixFileKey) obj;
        return (this.st_dev == other.st_dev) && (this.st_ino == other.st_ino);
    }

    @Override
    public String toString() {
        return "(dev=" + Long.toHexString(st_dev) + ",ino=" + st_ino + ')';
    }
}
