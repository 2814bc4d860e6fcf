package java.nio;

import java.util.Objects;

/**
 * A int buffer (generated from one template with the other typed buffers: see ARCHITECTURE.md,
 * stdlib): backed by a int array (allocate, wrap) or, as a view of a ByteBuffer
 * (ByteBuffer.asIntBuffer), by the byte buffer's array in its byte order.
 */
public abstract class IntBuffer extends Buffer implements Comparable<IntBuffer> {
    /** The array of a heap buffer, or null for a view. */
    final int[] hb;
    /** The bytes of a view, or null for a heap buffer. */
    final byte[] bytes;
    /** Index of element 0: in hb, or (for a view) in bytes. */
    final int offset;
    final boolean readOnly;
    /** For a view: its byte order, and whether its byte buffer is direct. */
    final boolean bigEndian;
    final boolean direct;

    IntBuffer(int mark, int pos, int lim, int cap, int[] hb, byte[] bytes, int offset, boolean readOnly,
            boolean bigEndian, boolean direct) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.bytes = bytes;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bigEndian = bigEndian;
        this.direct = direct;
    }

    private static final class Impl extends IntBuffer {
        Impl(int mark, int pos, int lim, int cap, int[] hb, byte[] bytes, int offset, boolean readOnly,
                boolean bigEndian, boolean direct) {
            super(mark, pos, lim, cap, hb, bytes, offset, readOnly, bigEndian, direct);
        }
    }

    /** A view of bytes[offset, offset + cap * 4), for ByteBuffer.asIntBuffer. */
    static IntBuffer view(byte[] bytes, int offset, int cap, boolean readOnly, boolean bigEndian, boolean direct) {
        return new Impl(-1, 0, cap, cap, null, bytes, offset, readOnly, bigEndian, direct);
    }

    public static IntBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Impl(-1, 0, capacity, capacity, new int[capacity], null, 0, false, false, false);
    }

    public static IntBuffer wrap(int[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length || length > array.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        return new Impl(-1, offset, offset + length, array.length, array, null, 0, false, false, false);
    }

    public static IntBuffer wrap(int[] array) {
        return wrap(array, 0, array.length);
    }

    private IntBuffer derive(int mark, int pos, int lim, int cap, int index, boolean ro) {
        int off = hb != null ? offset + index : offset + index * 4;
        return new Impl(mark, pos, lim, cap, hb, bytes, off, ro, bigEndian, direct);
    }

    @Override
    public IntBuffer slice() {
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        return derive(-1, 0, rem, rem, pos, readOnly);
    }

    @Override
    public IntBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return derive(-1, 0, length, length, index, readOnly);
    }

    @Override
    public IntBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), 0, readOnly);
    }

    public IntBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), 0, true);
    }

    // ---- element access

    private int at(int i) {
        if (hb != null) {
            return hb[offset + i];
        }
        return (int) (Bits.get(bytes, offset + i * 4, 4, bigEndian));
    }

    private void store(int i, int v) {
        if (hb != null) {
            hb[offset + i] = v;
        } else {
            Bits.put(bytes, offset + i * 4, 4, bigEndian, (v));
        }
    }

    private void checkWritable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    public int get() {
        return at(nextGetIndex(1));
    }

    public IntBuffer put(int x) {
        checkWritable();
        store(nextPutIndex(1), x);
        return this;
    }

    public int get(int index) {
        return at(checkIndex(index, 1));
    }

    public IntBuffer put(int index, int x) {
        checkWritable();
        store(checkIndex(index, 1), x);
        return this;
    }

    // ---- bulk

    public IntBuffer get(int[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        copyOut(pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public IntBuffer get(int[] dst) {
        return get(dst, 0, dst.length);
    }

    public IntBuffer get(int index, int[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        copyOut(index, dst, off, length);
        return this;
    }

    public IntBuffer get(int index, int[] dst) {
        return get(index, dst, 0, dst.length);
    }

    private void copyOut(int index, int[] dst, int off, int length) {
        if (hb != null) {
            System.arraycopy(hb, offset + index, dst, off, length);
        } else {
            for (int i = 0; i < length; i++) {
                dst[off + i] = at(index + i);
            }
        }
    }

    private void copyIn(int index, int[] src, int off, int length) {
        if (hb != null) {
            System.arraycopy(src, off, hb, offset + index, length);
        } else {
            for (int i = 0; i < length; i++) {
                store(index + i, src[off + i]);
            }
        }
    }

    /** Copies length elements of src from srcIndex to index, as if through a temporary array. */
    private void copyFrom(IntBuffer src, int srcIndex, int index, int length) {
        int[] tmp = new int[length];
        src.copyOut(srcIndex, tmp, 0, length);
        copyIn(index, tmp, 0, length);
    }

    public IntBuffer put(IntBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        checkWritable();
        int srcPos = src.position();
        int srcLim = src.limit();
        int srcRem = (srcPos <= srcLim ? srcLim - srcPos : 0);
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        if (srcRem > rem) {
            throw new BufferOverflowException();
        }
        copyFrom(src, srcPos, pos, srcRem);
        position(pos + srcRem);
        src.position(srcPos + srcRem);
        return this;
    }

    public IntBuffer put(int index, IntBuffer src, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.limit());
        checkWritable();
        copyFrom(src, off, index, length);
        return this;
    }

    public IntBuffer put(int[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(off, length, src.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferOverflowException();
        }
        copyIn(pos, src, off, length);
        position(pos + length);
        return this;
    }

    public final IntBuffer put(int[] src) {
        return put(src, 0, src.length);
    }

    public IntBuffer put(int index, int[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        copyIn(index, src, off, length);
        return this;
    }

    public IntBuffer put(int index, int[] src) {
        return put(index, src, 0, src.length);
    }

    // ---- array access

    @Override
    public final boolean hasArray() {
        return hb != null && !readOnly;
    }

    @Override
    public final int[] array() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return offset;
    }

    // ---- covariant Buffer methods

    @Override
    public IntBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public IntBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public IntBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public IntBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public IntBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public IntBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public IntBuffer rewind() {
        super.rewind();
        return this;
    }

    public IntBuffer compact() {
        checkWritable();
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        if (hb != null) {
            System.arraycopy(hb, offset + pos, hb, offset, rem);
        } else {
            System.arraycopy(bytes, offset + pos * 4, bytes, offset, rem * 4);
        }
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public boolean isDirect() {
        return direct;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /** A heap buffer's order is the platform's; a view's, its byte buffer's when it was made. */
    public final ByteOrder order() {
        if (hb != null) {
            return ByteOrder.nativeOrder();
        }
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    /** The JDK's class names: HeapXBuffer(R), ByteBufferAsXBuffer(R)B/L, DirectXBuffer(R)S/U. */
    private String className() {
        String ro = readOnly ? "R" : "";
        if (hb != null) {
            return "java.nio.HeapIntBuffer" + ro;
        }
        if (direct) {
            boolean nativeOrder = bigEndian == (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN);
            return "java.nio.DirectIntBuffer" + ro + (nativeOrder ? "U" : "S");
        }
        return "java.nio.ByteBufferAsIntBuffer" + ro + (bigEndian ? "B" : "L");
    }

    @Override
    public String toString() {
        return className() + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }

    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + (int) get(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof IntBuffer)) {
            return false;
        }
        IntBuffer that = (IntBuffer) ob;
        int thisPos = this.position();
        int thisRem = this.limit() - thisPos;
        int thatPos = that.position();
        int thatRem = that.limit() - thatPos;
        if (thisRem < 0 || thisRem != thatRem) {
            return false;
        }
        return mismatch(this, thisPos, that, thatPos, thisRem) < 0;
    }

    @Override
    public int compareTo(IntBuffer that) {
        int thisPos = this.position();
        int thisRem = this.limit() - thisPos;
        int thatPos = that.position();
        int thatRem = that.limit() - thatPos;
        int length = Math.min(thisRem, thatRem);
        if (length < 0) {
            return -1;
        }
        int i = mismatch(this, thisPos, that, thatPos, length);
        if (i >= 0) {
            return compare(this.get(thisPos + i), that.get(thatPos + i));
        }
        return thisRem - thatRem;
    }

    private static int compare(int x, int y) {
        return Integer.compare(x, y);
    }

    public int mismatch(IntBuffer that) {
        int thisPos = this.position();
        int thisRem = this.limit() - thisPos;
        int thatPos = that.position();
        int thatRem = that.limit() - thatPos;
        int length = Math.min(thisRem, thatRem);
        if (length < 0) {
            return -1;
        }
        int r = mismatch(this, thisPos, that, thatPos, length);
        return (r == -1 && thisRem != thatRem) ? length : r;
    }

    private static int mismatch(IntBuffer a, int aOff, IntBuffer b, int bOff, int length) {
        for (int i = 0; i < length; i++) {
            if (a.get(aOff + i) != b.get(bOff + i)) {
                return i;
            }
        }
        return -1;
    }
}
