package java.nio;

/**
 * A byte buffer whose content is a region of a file. Cortado maps files by copying: a
 * READ_ONLY or PRIVATE mapping (FileChannel.map) is a snapshot of the region taken when it is
 * mapped (READ_WRITE mappings are not supported). The buffers are direct.
 */
public abstract class MappedByteBuffer extends ByteBuffer {
    static {
        jdk.internal.io.HostFiles.setMapAccess(
                (data, readOnly) -> new Snapshot(-1, 0, data.length, data.length, data, 0, readOnly));
    }

    MappedByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset, boolean readOnly) {
        super(mark, pos, lim, cap, hb, offset, readOnly, true);
    }

    public final boolean isLoaded() {
        return true;
    }

    public final MappedByteBuffer load() {
        return this;
    }

    public final MappedByteBuffer force() {
        return this;
    }

    public final MappedByteBuffer force(int index, int length) {
        java.util.Objects.checkFromIndexSize(index, length, limit());
        return this;
    }

    private MappedByteBuffer derived(int mark, int pos, int lim, int cap, int off, boolean ro) {
        return new Snapshot(mark, pos, lim, cap, hb, off, ro);
    }

    @Override
    public MappedByteBuffer slice() {
        int pos = position();
        int rem = remaining();
        return derived(-1, 0, rem, rem, offset + pos, readOnly);
    }

    @Override
    public MappedByteBuffer slice(int index, int length) {
        java.util.Objects.checkFromIndexSize(index, length, limit());
        return derived(-1, 0, length, length, offset + index, readOnly);
    }

    @Override
    public MappedByteBuffer duplicate() {
        return derived(markValue(), position(), limit(), capacity(), offset, readOnly);
    }

    @Override
    public ByteBuffer asReadOnlyBuffer() {
        return derived(markValue(), position(), limit(), capacity(), offset, true);
    }

    @Override
    public MappedByteBuffer compact() {
        super.compact();
        return this;
    }

    @Override
    public final MappedByteBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public final MappedByteBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public final MappedByteBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public final MappedByteBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public final MappedByteBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public final MappedByteBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public final MappedByteBuffer rewind() {
        super.rewind();
        return this;
    }

    /** The one kind of mapped buffer: a copy of the mapped region. */
    private static final class Snapshot extends MappedByteBuffer {
        Snapshot(int mark, int pos, int lim, int cap, byte[] hb, int offset, boolean readOnly) {
            super(mark, pos, lim, cap, hb, offset, readOnly);
        }
    }
}
