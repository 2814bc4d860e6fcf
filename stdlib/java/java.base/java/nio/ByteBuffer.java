package java.nio;

/**
 * A byte buffer. Cortado's byte buffers are all backed by a Java byte array (direct buffers
 * too; they differ only in what isDirect reports and in having no accessible array).
 */
public abstract class ByteBuffer extends Buffer implements Comparable<ByteBuffer> {
    final byte[] hb;
    final int offset;
    final boolean readOnly;
    final boolean direct;
    private boolean bigEndian = true;

    ByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset, boolean readOnly, boolean direct) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
        this.direct = direct;
    }

    private static final class Heap extends ByteBuffer {
        Heap(int mark, int pos, int lim, int cap, byte[] hb, int offset, boolean readOnly, boolean direct) {
            super(mark, pos, lim, cap, hb, offset, readOnly, direct);
        }
    }

    public static ByteBuffer allocateDirect(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Heap(-1, 0, capacity, capacity, new byte[capacity], 0, false, true);
    }

    public static ByteBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Heap(-1, 0, capacity, capacity, new byte[capacity], 0, false, false);
    }

    public static ByteBuffer wrap(byte[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length || length > array.length - offset) {
            throw new IndexOutOfBoundsException(); // the JDK's, without a message
        }
        return new Heap(-1, offset, offset + length, array.length, array, 0, false, false);
    }

    public static ByteBuffer wrap(byte[] array) {
        return wrap(array, 0, array.length);
    }

    private ByteBuffer derive(int mark, int pos, int lim, int cap, int off, boolean ro) {
        ByteBuffer b = new Heap(mark, pos, lim, cap, hb, off, ro, direct);
        return b;
    }

    @Override
    public ByteBuffer slice() {
        int pos = position();
        int rem = remaining();
        return derive(-1, 0, rem, rem, offset + pos, readOnly);
    }

    @Override
    public ByteBuffer slice(int index, int length) {
        java.util.Objects.checkFromIndexSize(index, length, limit());
        return derive(-1, 0, length, length, offset + index, readOnly);
    }

    @Override
    public ByteBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), offset, readOnly);
    }

    public ByteBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), offset, true);
    }

    // ---- single bytes

    public byte get() {
        return hb[offset + nextGetIndex(1)];
    }

    public ByteBuffer put(byte b) {
        checkWritable();
        hb[offset + nextPutIndex(1)] = b;
        return this;
    }

    public byte get(int index) {
        return hb[offset + checkIndex(index, 1)];
    }

    public ByteBuffer put(int index, byte b) {
        checkWritable();
        hb[offset + checkIndex(index, 1)] = b;
        return this;
    }

    private void checkWritable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    // ---- bulk

    public ByteBuffer get(byte[] dst, int off, int length) {
        java.util.Objects.checkFromIndexSize(off, length, dst.length);
        if (length > remaining()) {
            throw new BufferUnderflowException();
        }
        System.arraycopy(hb, offset + position(), dst, off, length);
        position(position() + length);
        return this;
    }

    public ByteBuffer get(byte[] dst) {
        return get(dst, 0, dst.length);
    }

    public ByteBuffer get(int index, byte[] dst, int off, int length) {
        java.util.Objects.checkFromIndexSize(index, length, limit());
        java.util.Objects.checkFromIndexSize(off, length, dst.length);
        System.arraycopy(hb, offset + index, dst, off, length);
        return this;
    }

    public ByteBuffer get(int index, byte[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public ByteBuffer put(ByteBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        checkWritable();
        int n = src.remaining();
        if (n > remaining()) {
            throw new BufferOverflowException();
        }
        System.arraycopy(src.hb, src.offset + src.position(), hb, offset + position(), n);
        src.position(src.position() + n);
        position(position() + n);
        return this;
    }

    public ByteBuffer put(int index, ByteBuffer src, int off, int length) {
        java.util.Objects.checkFromIndexSize(index, length, limit());
        java.util.Objects.checkFromIndexSize(off, length, src.limit());
        checkWritable();
        System.arraycopy(src.hb, src.offset + off, hb, offset + index, length);
        return this;
    }

    public ByteBuffer put(byte[] src, int off, int length) {
        java.util.Objects.checkFromIndexSize(off, length, src.length);
        checkWritable();
        if (length > remaining()) {
            throw new BufferOverflowException();
        }
        System.arraycopy(src, off, hb, offset + position(), length);
        position(position() + length);
        return this;
    }

    public final ByteBuffer put(byte[] src) {
        return put(src, 0, src.length);
    }

    public ByteBuffer put(int index, byte[] src, int off, int length) {
        java.util.Objects.checkFromIndexSize(index, length, limit());
        java.util.Objects.checkFromIndexSize(off, length, src.length);
        checkWritable();
        System.arraycopy(src, off, hb, offset + index, length);
        return this;
    }

    public ByteBuffer put(int index, byte[] src) {
        return put(index, src, 0, src.length);
    }

    // ---- array access

    @Override
    public final boolean hasArray() {
        return !readOnly && !direct;
    }

    @Override
    public final byte[] array() {
        if (direct) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (direct) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return offset;
    }

    // ---- covariant Buffer methods

    @Override
    public ByteBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public ByteBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public ByteBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public ByteBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public ByteBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public ByteBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public ByteBuffer rewind() {
        super.rewind();
        return this;
    }

    public ByteBuffer compact() {
        checkWritable();
        int pos = position();
        int rem = remaining();
        System.arraycopy(hb, offset + pos, hb, offset, rem);
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

    @Override
    public String toString() {
        return "java.nio." + (direct ? "Direct" : "Heap") + "ByteBuffer" + (readOnly ? "R" : "")
                + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
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
        if (!(ob instanceof ByteBuffer)) {
            return false;
        }
        ByteBuffer that = (ByteBuffer) ob;
        int thisRem = limit() - position();
        int thatRem = that.limit() - that.position();
        if (thisRem < 0 || thisRem != thatRem) {
            return false;
        }
        return mismatch(that) < 0;
    }

    @Override
    public int compareTo(ByteBuffer that) {
        int thisPos = position();
        int thisRem = limit() - thisPos;
        int thatPos = that.position();
        int thatRem = that.limit() - thatPos;
        int length = Math.min(thisRem, thatRem);
        if (length < 0) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            int c = Byte.compare(get(thisPos + i), that.get(thatPos + i));
            if (c != 0) {
                return c;
            }
        }
        return thisRem - thatRem;
    }

    public int mismatch(ByteBuffer that) {
        int thisPos = position();
        int thisRem = limit() - thisPos;
        int thatPos = that.position();
        int thatRem = that.limit() - thatPos;
        int length = Math.min(thisRem, thatRem);
        if (length < 0) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (get(thisPos + i) != that.get(thatPos + i)) {
                return i;
            }
        }
        return thisRem == thatRem ? -1 : length;
    }

    public final ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public final ByteBuffer order(ByteOrder bo) {
        bigEndian = (bo == ByteOrder.BIG_ENDIAN);
        return this;
    }

    public final int alignmentOffset(int index, int unitSize) {
        if (index < 0) {
            throw new IllegalArgumentException("Index less than zero: " + index);
        }
        if (unitSize < 1 || (unitSize & (unitSize - 1)) != 0) {
            throw new IllegalArgumentException("Unit size not a power of two: " + unitSize);
        }
        if (unitSize > 8 && !isDirect()) {
            throw new UnsupportedOperationException("Unit size unsupported for non-direct buffers: " + unitSize);
        }
        return (index + offset) & (unitSize - 1);
    }

    // ---- multi-byte values

    private long read(int index, int n) {
        return Bits.get(hb, offset + index, n, bigEndian);
    }

    private void write(int index, int n, long v) {
        checkWritable();
        Bits.put(hb, offset + index, n, bigEndian, v);
    }

    private int putIndex(int n) {
        checkWritable();
        return nextPutIndex(n);
    }

    public char getChar() { return (char) read(nextGetIndex(2), 2); }
    public ByteBuffer putChar(char value) { write(putIndex(2), 2, value); return this; }
    public char getChar(int index) { return (char) read(checkIndex(index, 2), 2); }
    public ByteBuffer putChar(int index, char value) { write(checkIndex(index, 2), 2, value); return this; }

    public short getShort() { return (short) read(nextGetIndex(2), 2); }
    public ByteBuffer putShort(short value) { write(putIndex(2), 2, value); return this; }
    public short getShort(int index) { return (short) read(checkIndex(index, 2), 2); }
    public ByteBuffer putShort(int index, short value) { write(checkIndex(index, 2), 2, value); return this; }

    public int getInt() { return (int) read(nextGetIndex(4), 4); }
    public ByteBuffer putInt(int value) { write(putIndex(4), 4, value); return this; }
    public int getInt(int index) { return (int) read(checkIndex(index, 4), 4); }
    public ByteBuffer putInt(int index, int value) { write(checkIndex(index, 4), 4, value); return this; }

    public long getLong() { return read(nextGetIndex(8), 8); }
    public ByteBuffer putLong(long value) { write(putIndex(8), 8, value); return this; }
    public long getLong(int index) { return read(checkIndex(index, 8), 8); }
    public ByteBuffer putLong(int index, long value) { write(checkIndex(index, 8), 8, value); return this; }

    public float getFloat() { return Float.intBitsToFloat(getInt()); }
    public ByteBuffer putFloat(float value) { return putInt(Float.floatToRawIntBits(value)); }
    public float getFloat(int index) { return Float.intBitsToFloat(getInt(index)); }
    public ByteBuffer putFloat(int index, float value) { return putInt(index, Float.floatToRawIntBits(value)); }

    public double getDouble() { return Double.longBitsToDouble(getLong()); }
    public ByteBuffer putDouble(double value) { return putLong(Double.doubleToRawLongBits(value)); }
    public double getDouble(int index) { return Double.longBitsToDouble(getLong(index)); }
    public ByteBuffer putDouble(int index, double value) { return putLong(index, Double.doubleToRawLongBits(value)); }

    // ---- views: the remaining bytes as other elements, in this buffer's current byte order

    private int viewBytes() {
        int pos = position();
        int lim = limit();
        return pos <= lim ? lim - pos : 0;
    }

    public CharBuffer asCharBuffer() {
        return CharBuffer.view(hb, offset + position(), viewBytes() >> 1, readOnly, bigEndian, direct);
    }

    public ShortBuffer asShortBuffer() {
        return ShortBuffer.view(hb, offset + position(), viewBytes() >> 1, readOnly, bigEndian, direct);
    }

    public IntBuffer asIntBuffer() {
        return IntBuffer.view(hb, offset + position(), viewBytes() >> 2, readOnly, bigEndian, direct);
    }

    public LongBuffer asLongBuffer() {
        return LongBuffer.view(hb, offset + position(), viewBytes() >> 3, readOnly, bigEndian, direct);
    }

    public FloatBuffer asFloatBuffer() {
        return FloatBuffer.view(hb, offset + position(), viewBytes() >> 2, readOnly, bigEndian, direct);
    }

    public DoubleBuffer asDoubleBuffer() {
        return DoubleBuffer.view(hb, offset + position(), viewBytes() >> 3, readOnly, bigEndian, direct);
    }
}
