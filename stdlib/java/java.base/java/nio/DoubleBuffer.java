package java.nio;

import java.util.Objects;

/**
 * A double buffer (generated from one template with the other typed buffers: see ARCHITECTURE.md,
 * stdlib): backed by a double array (allocate, wrap) or, as a view of a ByteBuffer
 * (ByteBuffer.asDoubleBuffer), by the byte buffer's array in its byte order.
 */
public abstract class DoubleBuffer extends Buffer implements Comparable<DoubleBuffer> {
    /** The array of a heap buffer, or null for a view. */
    final double[] hb;
    /** The bytes of a view, or null for a heap buffer. */
    final byte[] bytes;
    /** Index of element 0: in hb, or (for a view) in bytes. */
    final int offset;
    final boolean readOnly;
    /** For a view: its byte order, and whether its byte buffer is direct. */
    final boolean bigEndian;
    final boolean direct;

    DoubleBuffer(int mark, int pos, int lim, int cap, double[] hb, byte[] bytes, int offset, boolean readOnly,
            boolean bigEndian, boolean direct) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.bytes = bytes;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bigEndian = bigEndian;
        this.direct = direct;
    }

    private static final class Impl extends DoubleBuffer {
        Impl(int mark, int pos, int lim, int cap, double[] hb, byte[] bytes, int offset, boolean readOnly,
                boolean bigEndian, boolean direct) {
            super(mark, pos, lim, cap, hb, bytes, offset, readOnly, bigEndian, direct);
        }
    }

    /** A view of bytes[offset, offset + cap * 8), for ByteBuffer.asDoubleBuffer. */
    static DoubleBuffer view(byte[] bytes, int offset, int cap, boolean readOnly, boolean bigEndian, boolean direct) {
        return new Impl(-1, 0, cap, cap, null, bytes, offset, readOnly, bigEndian, direct);
    }

    public static DoubleBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Impl(-1, 0, capacity, capacity, new double[capacity], null, 0, false, false, false);
    }

    public static DoubleBuffer wrap(double[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length || length > array.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        return new Impl(-1, offset, offset + length, array.length, array, null, 0, false, false, false);
    }

    public static DoubleBuffer wrap(double[] array) {
        return wrap(array, 0, array.length);
    }

    private DoubleBuffer derive(int mark, int pos, int lim, int cap, int index, boolean ro) {
        int off = hb != null ? offset + index : offset + index * 8;
        return new Impl(mark, pos, lim, cap, hb, bytes, off, ro, bigEndian, direct);
    }

    @Override
    public DoubleBuffer slice() {
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        return derive(-1, 0, rem, rem, pos, readOnly);
    }

    @Override
    public DoubleBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return derive(-1, 0, length, length, index, readOnly);
    }

    @Override
    public DoubleBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), 0, readOnly);
    }

    public DoubleBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), 0, true);
    }

    // ---- element access

    private double at(int i) {
        if (hb != null) {
            return hb[offset + i];
        }
        return Double.longBitsToDouble(Bits.get(bytes, offset + i * 8, 8, bigEndian));
    }

    private void store(int i, double v) {
        if (hb != null) {
            hb[offset + i] = v;
        } else {
            Bits.put(bytes, offset + i * 8, 8, bigEndian, Double.doubleToRawLongBits(v));
        }
    }

    private void checkWritable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    public double get() {
        return at(nextGetIndex(1));
    }

    public DoubleBuffer put(double x) {
        checkWritable();
        store(nextPutIndex(1), x);
        return this;
    }

    public double get(int index) {
        return at(checkIndex(index, 1));
    }

    public DoubleBuffer put(int index, double x) {
        checkWritable();
        store(checkIndex(index, 1), x);
        return this;
    }

    // ---- bulk

    public DoubleBuffer get(double[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        copyOut(pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public DoubleBuffer get(double[] dst) {
        return get(dst, 0, dst.length);
    }

    public DoubleBuffer get(int index, double[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        copyOut(index, dst, off, length);
        return this;
    }

    public DoubleBuffer get(int index, double[] dst) {
        return get(index, dst, 0, dst.length);
    }

    private void copyOut(int index, double[] dst, int off, int length) {
        if (hb != null) {
            System.arraycopy(hb, offset + index, dst, off, length);
        } else {
            for (int i = 0; i < length; i++) {
                dst[off + i] = at(index + i);
            }
        }
    }

    private void copyIn(int index, double[] src, int off, int length) {
        if (hb != null) {
            System.arraycopy(src, off, hb, offset + index, length);
        } else {
            for (int i = 0; i < length; i++) {
                store(index + i, src[off + i]);
            }
        }
    }

    /** Copies length elements of src from srcIndex to index, as if through a temporary array. */
    private void copyFrom(DoubleBuffer src, int srcIndex, int index, int length) {
        double[] tmp = new double[length];
        src.copyOut(srcIndex, tmp, 0, length);
        copyIn(index, tmp, 0, length);
    }

    public DoubleBuffer put(DoubleBuffer src) {
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

    public DoubleBuffer put(int index, DoubleBuffer src, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.limit());
        checkWritable();
        copyFrom(src, off, index, length);
        return this;
    }

    public DoubleBuffer put(double[] src, int off, int length) {
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

    public final DoubleBuffer put(double[] src) {
        return put(src, 0, src.length);
    }

    public DoubleBuffer put(int index, double[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        copyIn(index, src, off, length);
        return this;
    }

    public DoubleBuffer put(int index, double[] src) {
        return put(index, src, 0, src.length);
    }

    // ---- array access

    @Override
    public final boolean hasArray() {
        return hb != null && !readOnly;
    }

    @Override
    public final double[] array() {
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
    public DoubleBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public DoubleBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public DoubleBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public DoubleBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public DoubleBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public DoubleBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public DoubleBuffer rewind() {
        super.rewind();
        return this;
    }

    public DoubleBuffer compact() {
        checkWritable();
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        if (hb != null) {
            System.arraycopy(hb, offset + pos, hb, offset, rem);
        } else {
            System.arraycopy(bytes, offset + pos * 8, bytes, offset, rem * 8);
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
            return "java.nio.HeapDoubleBuffer" + ro;
        }
        if (direct) {
            boolean nativeOrder = bigEndian == (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN);
            return "java.nio.DirectDoubleBuffer" + ro + (nativeOrder ? "U" : "S");
        }
        return "java.nio.ByteBufferAsDoubleBuffer" + ro + (bigEndian ? "B" : "L");
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
        if (!(ob instanceof DoubleBuffer)) {
            return false;
        }
        DoubleBuffer that = (DoubleBuffer) ob;
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
    public int compareTo(DoubleBuffer that) {
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

    private static int compare(double x, double y) {
        return ((x < y) ? -1 : (x > y) ? +1 : (x == y) ? 0 : Double.isNaN(x) ? (Double.isNaN(y) ? 0 : +1) : -1);
    }

    public int mismatch(DoubleBuffer that) {
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

    /** As the JDK's: elements compare by value, and any NaN equals any NaN (0.0 equals -0.0). */
    private static int mismatch(DoubleBuffer a, int aOff, DoubleBuffer b, int bOff, int length) {
        for (int i = 0; i < length; i++) {
            double av = a.get(aOff + i);
            double bv = b.get(bOff + i);
            if (av != bv && (!Double.isNaN(av) || !Double.isNaN(bv))) {
                return i;
            }
        }
        return -1;
    }
}
