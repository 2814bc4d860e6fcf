package java.nio;

/**
 * A byte buffer whose content is a memory-mapped region of a file. Cortado does not map
 * files (FileChannel.map throws UnsupportedOperationException), so no instance exists; the
 * class is here for the API.
 */
public abstract class MappedByteBuffer extends ByteBuffer {
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
}
