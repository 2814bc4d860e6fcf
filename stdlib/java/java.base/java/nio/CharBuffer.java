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
    final int offset;
    final boolean readOnly;

    CharBuffer(int mark, int pos, int lim, int cap, char[] hb, CharSequence str, int offset,
            boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.str = str;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    private static final class Heap extends CharBuffer {
        Heap(int mark, int pos, int lim, int cap, char[] hb, CharSequence str, int offset,
                boolean readOnly) {
            super(mark, pos, lim, cap, hb, str, offset, readOnly);
        }
    }

    public static CharBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Heap(-1, 0, capacity, capacity, new char[capacity], null, 0, false);
    }

    public static CharBuffer wrap(char[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        return new Heap(-1, offset, offset + length, array.length, array, null, 0, false);
    }

    public static CharBuffer wrap(char[] array) {
        return wrap(array, 0, array.length);
    }

    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        Objects.checkFromToIndex(start, end, csq.length());
        return new Heap(-1, start, end, csq.length(), null, csq, 0, true);
    }

    public static CharBuffer wrap(CharSequence csq) {
        return wrap(csq, 0, csq.length());
    }

    private CharBuffer derive(int mark, int pos, int lim, int cap, int off, boolean ro) {
        return new Heap(mark, pos, lim, cap, hb, str, off, ro);
    }

    @Override
    public CharBuffer slice() {
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        return derive(-1, 0, rem, rem, offset + pos, readOnly);
    }

    @Override
    public CharBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return derive(-1, 0, length, length, offset + index, readOnly);
    }

    @Override
    public CharBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), offset, readOnly);
    }

    public CharBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), offset, true);
    }

    private char at(int i) {
        return hb != null ? hb[offset + i] : str.charAt(offset + i);
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
        hb[offset + nextPutIndex(1)] = c;
        return this;
    }

    public char get(int index) {
        return at(checkIndex(index, 1));
    }

    public CharBuffer put(int index, char c) {
        checkWritable();
        hb[offset + checkIndex(index, 1)] = c;
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
        for (int i = 0; i < n; i++) {
            hb[offset + pos + i] = src.at(srcPos + i);
        }
        src.position(srcPos + n);
        position(pos + n);
        return this;
    }

    public CharBuffer put(int index, CharBuffer src, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.limit());
        checkWritable();
        for (int i = 0; i < length; i++) {
            hb[offset + index + i] = src.at(off + i);
        }
        return this;
    }

    public CharBuffer put(char[] src, int off, int length) {
        Objects.checkFromIndexSize(off, length, src.length);
        checkWritable();
        if (length > remaining()) {
            throw new BufferOverflowException();
        }
        int pos = position();
        System.arraycopy(src, off, hb, offset + pos, length);
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
        System.arraycopy(src, off, hb, offset + index, length);
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
        src.getChars(start, end, hb, offset + pos);
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
        System.arraycopy(hb, offset + pos, hb, offset, rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public boolean isDirect() {
        return false;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    public final ByteOrder order() {
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
        Objects.checkFromToIndex(start, end, len);
        return derive(-1, pos + start, pos + end, capacity(), offset, readOnly);
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
