package sun.nio.ch;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/** A lock of a FileChannelImpl, recorded in FileChannelImpl.LOCKS until released. */
final class FileLockImpl extends FileLock {
    final String key;
    private volatile boolean invalid;

    FileLockImpl(FileChannel channel, long position, long size, boolean shared, String key) {
        super(channel, position, size, shared);
        this.key = key;
    }

    @Override
    public boolean isValid() {
        return !invalid;
    }

    void invalidate() {
        invalid = true;
    }

    @Override
    public void release() throws IOException {
        if (!channel().isOpen()) {
            throw new ClosedChannelException();
        }
        if (!invalid) {
            invalid = true;
            synchronized (FileChannelImpl.LOCKS) {
                FileChannelImpl.LOCKS.remove(this);
            }
        }
    }
}
