package java.nio;

import java.io.IOException;
import java.util.Objects;

/**
 * A char buffer: backed by a char array (allocate, wrap(char[])) or, read-only, by a
 * CharSequence (wrap(CharSequence)).
 */
public abstract class CharBuffer extends Buffer
        implements Comparable<CharBuffer>, Appendable, CharSequence, Readable {
    final char[] hb;
    final CharSequence str;
    /** The bytes of a view (ByteBuffer.asCharBuffer), in its byte order; else null. */
    final byte[] bytes;
    /** Index of char 0: in hb or str, or (for a view) in bytes. */
    final int offset;
    final boolean readOnly;
    final boolean bigEndian;
    final boolean direct;

    CharBuffer(int mark, int pos, int lim, int cap, char[] hb, CharSequence str, int offset,
            boolean readOnly) {
        this(mark, pos, lim, cap, hb, str, null, offset, readOnly, false, false);
    }

    CharBuffer(int mark, int pos, int lim, int cap, char[] hb, CharSequence str, byte[] bytes, int offset,
            boolean readOnly, boolean bigEndian, boolean direct) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.str = str;
        this.bytes = bytes;
        this.offset = offset;
        this.readOnly = readOnly;
        this.bigEndian = bigEndian;
        this.direct = direct;
    }

    private static final class Heap extends CharBuffer {
        Heap(int mark, int pos, int lim, int cap, char[] hb, CharSequence str, byte[] bytes, int offset,
                boolean readOnly, boolean bigEndian, boolean direct) {
            super(mark, pos, lim, cap, hb, str, bytes, offset, readOnly, bigEndian, direct);
        }
    }

    /** A view of bytes[offset, offset + cap * 2), for ByteBuffer.asCharBuffer. */
    static CharBuffer view(byte[] bytes, int offset, int cap, boolean readOnly, boolean bigEndian, boolean direct) {
        return new Heap(-1, 0, cap, cap, null, null, bytes, offset, readOnly, bigEndian, direct);
    }

    public static CharBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Heap(-1, 0, capacity, capacity, new char[capacity], null, null, 0, false, false, false);
    }

    public static CharBuffer wrap(char[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length || length > array.length - offset) {
            throw new IndexOutOfBoundsException(); // the JDK's, without a message
        }
        return new Heap(-1, offset, offset + length, array.length, array, null, null, 0, false, false, false);
    }

    public static CharBuffer wrap(char[] array) {
        return wrap(array, 0, array.length);
    }

    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        if (start < 0 || start > end || end > csq.length()) {
            throw new IndexOutOfBoundsException(); // the JDK's, without a message
        }
        return new Heap(-1, start, end, csq.length(), null, csq, null, 0, true, false, false);
    }

    public static CharBuffer wrap(CharSequence csq) {
        return wrap(csq, 0, csq.length());
    }

    /** A buffer over the same chars, char 0 at index `at` of this one. */
    private CharBuffer derive(int mark, int pos, int lim, int cap, int at, boolean ro) {
        int off = bytes != null ? offset + at * 2 : offset + at;
        return new Heap(mark, pos, lim, cap, hb, str, bytes, off, ro, bigEndian, direct);
    }

    @Override
    public CharBuffer slice() {
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        return derive(-1, 0, rem, rem, pos, readOnly);
    }

    @Override
    public CharBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return derive(-1, 0, length, length, index, readOnly);
    }

    @Override
    public CharBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), 0, readOnly);
    }

    public CharBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), 0, true);
    }

    private char at(int i) {
        if (hb != null) {
            return hb[offset + i];
        }
        if (bytes != null) {
            return (char) Bits.get(bytes, offset + i * 2, 2, bigEndian);
        }
        return str.charAt(offset + i);
    }

    private void store(int i, char c) {
        if (hb != null) {
            hb[offset + i] = c;
        } else {
            Bits.put(bytes, offset + i * 2, 2, bigEndian, c);
        }
    }

    private void storeAll(int index, char[] src, int off, int length) {
        if (hb != null) {
            System.arraycopy(src, off, hb, offset + index, length);
        } else {
            for (int i = 0; i < length; i++) {
                store(index + i, src[off + i]);
            }
        }
    }

    private void checkWritable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    // ---- single chars

    public char get() {
        return at(nextGetIndex(1));
    }

    public CharBuffer put(char c) {
        checkWritable();
        store(nextPutIndex(1), c);
        return this;
    }

    public char get(int index) {
        return at(checkIndex(index, 1));
    }

    public CharBuffer put(int index, char c) {
        checkWritable();
        store(checkIndex(index, 1), c);
        return this;
    }

    // ---- bulk

    public CharBuffer get(char[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        if (length > remaining()) {
            throw new BufferUnderflowException();
        }
        int pos = position();
        for (int i = 0; i < length; i++) {
            dst[off + i] = at(pos + i);
        }
        position(pos + length);
        return this;
    }

    public CharBuffer get(char[] dst) {
        return get(dst, 0, dst.length);
    }

    public CharBuffer get(int index, char[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        for (int i = 0; i < length; i++) {
            dst[off + i] = at(index + i);
        }
        return this;
    }

    public CharBuffer get(int index, char[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public CharBuffer put(CharBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        checkWritable();
        int n = src.remaining();
        if (n > remaining()) {
            throw new BufferOverflowException();
        }
        int pos = position();
        int srcPos = src.position();
        char[] tmp = new char[n];
        for (int i = 0; i < n; i++) {
            tmp[i] = src.at(srcPos + i);
        }
        storeAll(pos, tmp, 0, n);
        src.position(srcPos + n);
        position(pos + n);
        return this;
    }

    public CharBuffer put(int index, CharBuffer src, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.limit());
        checkWritable();
        char[] tmp = new char[length];
        for (int i = 0; i < length; i++) {
            tmp[i] = src.at(off + i);
        }
        storeAll(index, tmp, 0, length);
        return this;
    }

    public CharBuffer put(char[] src, int off, int length) {
        Objects.checkFromIndexSize(off, length, src.length);
        checkWritable();
        if (length > remaining()) {
            throw new BufferOverflowException();
        }
        int pos = position();
        storeAll(pos, src, off, length);
        position(pos + length);
        return this;
    }

    public final CharBuffer put(char[] src) {
        return put(src, 0, src.length);
    }

    public CharBuffer put(int index, char[] src, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        checkWritable();
        storeAll(index, src, off, length);
        return this;
    }

    public CharBuffer put(int index, char[] src) {
        return put(index, src, 0, src.length);
    }

    public CharBuffer put(String src, int start, int end) {
        Objects.checkFromIndexSize(start, end - start, src.length());
        checkWritable();
        int length = end - start;
        if (length > remaining()) {
            throw new BufferOverflowException();
        }
        int pos = position();
        if (hb != null) {
            src.getChars(start, end, hb, offset + pos);
        } else {
            storeAll(pos, src.toCharArray(), start, length);
        }
        position(pos + length);
        return this;
    }

    public final CharBuffer put(String src) {
        return put(src, 0, src.length());
    }

    public int read(CharBuffer target) throws IOException {
        int limit = limit();
        int pos = position();
        int remaining = limit - pos;
        int targetRemaining = target.remaining();
        if (targetRemaining <= 0) {
            return -1;
        }
        int n = Math.min(remaining, targetRemaining);
        if (n == 0) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            target.put(at(pos + i));
        }
        position(pos + n);
        return n;
    }

    // ---- array access

    @Override
    public final boolean hasArray() {
        return hb != null && !readOnly;
    }

    @Override
    public final char[] array() {
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

    // ---- covariant state changes

    @Override
    public CharBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public CharBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public CharBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public CharBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public CharBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public CharBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public CharBuffer rewind() {
        super.rewind();
        return this;
    }

    public CharBuffer compact() {
        checkWritable();
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        if (hb != null) {
            System.arraycopy(hb, offset + pos, hb, offset, rem);
        } else {
            System.arraycopy(bytes, offset + pos * 2, bytes, offset, rem * 2);
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

    /** A heap or wrapped buffer's order is the platform's; a view's, its byte buffer's. */
    public final ByteOrder order() {
        if (bytes != null) {
            return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        }
        return ByteOrder.nativeOrder();
    }

    // ---- CharSequence

    @Override
    public String toString() {
        int pos = position();
        int lim = limit();
        StringBuilder sb = new StringBuilder(Math.max(lim - pos, 0));
        for (int i = pos; i < lim; i++) {
            sb.append(at(i));
        }
        return sb.toString();
    }

    @Override
    public final int length() {
        return remaining();
    }

    @Override
    public final boolean isEmpty() {
        return remaining() == 0;
    }

    /**
     * Copies chars [srcBegin, srcEnd) of the remaining ones into dst (Java 25), with the JDK's
     * checks: the source range against remaining(), then the destination as index and size.
     */
    @Override
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        int pos = position();
        int lim = limit();
        java.util.Objects.checkFromToIndex(srcBegin, srcEnd, lim - pos);
        int length = srcEnd - srcBegin;
        java.util.Objects.checkFromIndexSize(dstBegin, length, dst.length);
        get(pos + srcBegin, dst, dstBegin, length);
    }

    @Override
    public final char charAt(int index) {
        return get(position() + checkIndex(index, 1));
    }

    @Override
    public CharBuffer subSequence(int start, int end) {
        int pos = position();
        int lim = limit();
        pos = (pos <= lim) ? pos : lim;
        int len = lim - pos;
        if (str != null) {
            // A wrapped CharSequence: the JDK's StringCharBuffer throws without a message.
            if (start < 0 || start > end || end > len) {
                throw new IndexOutOfBoundsException();
            }
        } else {
            Objects.checkFromToIndex(start, end, len);
        }
        return derive(-1, pos + start, pos + end, capacity(), 0, readOnly);
    }

    // ---- Appendable

    @Override
    public CharBuffer append(CharSequence csq) {
        if (csq == null) {
            return put("null");
        }
        return put(csq.toString());
    }

    @Override
    public CharBuffer append(CharSequence csq, int start, int end) {
        CharSequence cs = (csq == null ? "null" : csq);
        return put(cs.subSequence(start, end).toString());
    }

    @Override
    public CharBuffer append(char c) {
        return put(c);
    }

    // ---- comparison

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
        if (!(ob instanceof CharBuffer)) {
            return false;
        }
        CharBuffer that = (CharBuffer) ob;
        int thisRem = this.limit() - this.position();
        int thatRem = that.limit() - that.position();
        if (thisRem < 0 || thisRem != thatRem) {
            return false;
        }
        return mismatch(that) < 0;
    }

    @Override
    public int compareTo(CharBuffer that) {
        int thisPos = this.position();
        int thisRem = this.limit() - thisPos;
        int thatPos = that.position();
        int thatRem = that.limit() - thatPos;
        int length = Math.min(thisRem, thatRem);
        if (length < 0) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            int c = Character.compare(this.at(thisPos + i), that.at(thatPos + i));
            if (c != 0) {
                return c;
            }
        }
        return thisRem - thatRem;
    }

    public int mismatch(CharBuffer that) {
        int thisPos = this.position();
        int thisRem = this.limit() - thisPos;
        int thatPos = that.position();
        int thatRem = that.limit() - thatPos;
        int length = Math.min(thisRem, thatRem);
        if (length < 0) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (this.at(thisPos + i) != that.at(thatPos + i)) {
                return i;
            }
        }
        return (thisRem == thatRem) ? -1 : length;
    }
}
