package java.nio;

import java.util.Objects;

/**
 * A float buffer (generated from one template with the other typed buffers: see ARCHITECTURE.md,
 * stdlib): backed by a float array (allocate, wrap) or, as a view of a ByteBuffer
 * (ByteBuffer.asFloatBuffer), by the byte buffer's array in its byte order.
 */
public abstract class FloatBuffer extends Buffer implements Comparable<FloatBuffer> {
    /** The array of a heap buffer, or null for a view. */
    final float[] hb;
    /** The bytes of a view, or null for a heap buffer. */
    final byte[] bytes;
    /** Index of element 0: in hb, or (for a view) in bytes. */
    final int offset;
    final boolean readOnly;
    /** For a view: its byte order, and whether its byte buffer is direct. */
    final boolean bigEndian;
    final boolean direct;

    FloatBuffer(int mark, int pos, int lim, int cap, float[] hb, byte[] bytes, int offset, boolean readOnly,
            boolean bigEndian, boolean direct) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.bytes = bytes;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bigEndian = bigEndian;
        this.direct = direct;
    }

    private static final class Impl extends FloatBuffer {
        Impl(int mark, int pos, int lim, int cap, float[] hb, byte[] bytes, int offset, boolean readOnly,
                boolean bigEndian, boolean direct) {
            super(mark, pos, lim, cap, hb, bytes, offset, readOnly, bigEndian, direct);
        }
    }

    /** A view of bytes[offset, offset + cap * 4), for ByteBuffer.asFloatBuffer. */
    static FloatBuffer view(byte[] bytes, int offset, int cap, boolean readOnly, boolean bigEndian, boolean direct) {
        return new Impl(-1, 0, cap, cap, null, bytes, offset, readOnly, bigEndian, direct);
    }

    public static FloatBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Impl(-1, 0, capacity, capacity, new float[capacity], null, 0, false, false, false);
    }

    public static FloatBuffer wrap(float[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length || length > array.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        return new Impl(-1, offset, offset + length, array.length, array, null, 0, false, false, false);
    }

    public static FloatBuffer wrap(float[] array) {
        return wrap(array, 0, array.length);
    }

    private FloatBuffer derive(int mark, int pos, int lim, int cap, int index, boolean ro) {
        int off = hb != null ? offset + index : offset + index * 4;
        return new Impl(mark, pos, lim, cap, hb, bytes, off, ro, bigEndian, direct);
    }

    @Override
    public FloatBuffer slice() {
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        return derive(-1, 0, rem, rem, pos, readOnly);
    }

    @Override
    public FloatBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return derive(-1, 0, length, length, index, readOnly);
    }

    @Override
    public FloatBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), 0, readOnly);
    }

    public FloatBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), 0, true);
    }

    // ---- element access

    private float at(int i) {
        if (hb != null) {
            return hb[offset + i];
        }
        return Float.intBitsToFloat((int) Bits.get(bytes, offset + i * 4, 4, bigEndian));
    }

    private void store(int i, float v) {
        if (hb != null) {
            hb[offset + i] = v;
        } else {
            Bits.put(bytes, offset + i * 4, 4, bigEndian, Float.floatToRawIntBits(v));
        }
    }

    private void checkWritable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    public float get() {
        return at(nextGetIndex(1));
    }

    public FloatBuffer put(float x) {
        checkWritable();
        store(nextPutIndex(1), x);
        return this;
    }

    public float get(int index) {
        return at(checkIndex(index, 1));
    }

    public FloatBuffer put(int index, float x) {
        checkWritable();
        store(checkIndex(index, 1), x);
        return this;
    }

    // ---- bulk

    public FloatBuffer get(float[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        copyOut(pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public FloatBuffer get(float[] dst) {
        return get(dst, 0, dst.length);
    }

    public FloatBuffer get(int index, float[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        copyOut(index, dst, off, length);
        return this;
    }

    public FloatBuffer get(int index, float[] dst) {
        return get(index, dst, 0, dst.length);
    }

    private void copyOut(int index, float[] dst, int off, int length) {
        if (hb != null) {
            System.arraycopy(hb, offset + index, dst, off, length);
        } else {
            for (int i = 0; i < length; i++) {
                dst[off + i] = at(index + i);
            }
        }
    }

    private void copyIn(int index, float[] src, int off, int length) {
        if (hb != null) {
            System.arraycopy(src, off, hb, offset + index, length);
        } else {
            for (int i = 0; i < length; i++) {
                store(index + i, src[off + i]);
            }
        }
    }

    /** Copies length elements of src from srcIndex to index, as if through a temporary array. */
    private void copyFrom(FloatBuffer src, int srcIndex, int index, int length) {
        float[] tmp = new float[length];
        src.copyOut(srcIndex, tmp, 0, length);
        copyIn(index, tmp, 0, length);
    }

    public FloatBuffer put(FloatBuffer src) {
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

    public FloatBuffer put(int index, FloatBuffer src, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.limit());
        checkWritable();
        copyFrom(src, off, index, length);
        return this;
    }

    public FloatBuffer put(float[] src, int off, int length) {
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

    public final FloatBuffer put(float[] src) {
        return put(src, 0, src.length);
    }

    public FloatBuffer put(int index, float[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        copyIn(index, src, off, length);
        return this;
    }

    public FloatBuffer put(int index, float[] src) {
        return put(index, src, 0, src.length);
    }

    // ---- array access

    @Override
    public final boolean hasArray() {
        return hb != null && !readOnly;
    }

    @Override
    public final float[] array() {
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
    public FloatBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public FloatBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public FloatBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public FloatBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public FloatBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public FloatBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public FloatBuffer rewind() {
        super.rewind();
        return this;
    }

    public FloatBuffer compact() {
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
            return "java.nio.HeapFloatBuffer" + ro;
        }
        if (direct) {
            boolean nativeOrder = bigEndian == (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN);
            return "java.nio.DirectFloatBuffer" + ro + (nativeOrder ? "U" : "S");
        }
        return "java.nio.ByteBufferAsFloatBuffer" + ro + (bigEndian ? "B" : "L");
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
        if (!(ob instanceof FloatBuffer)) {
            return false;
        }
        FloatBuffer that = (FloatBuffer) ob;
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
    public int compareTo(FloatBuffer that) {
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

    private static int compare(float x, float y) {
        return ((x < y) ? -1 : (x > y) ? +1 : (x == y) ? 0 : Float.isNaN(x) ? (Float.isNaN(y) ? 0 : +1) : -1);
    }

    public int mismatch(FloatBuffer that) {
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
    private static int mismatch(FloatBuffer a, int aOff, FloatBuffer b, int bOff, int length) {
        for (int i = 0; i < length; i++) {
            float av = a.get(aOff + i);
            float bv = b.get(bOff + i);
            if (av != bv && (!Float.isNaN(av) || !Float.isNaN(bv))) {
                return i;
            }
        }
        return -1;
    }
}
