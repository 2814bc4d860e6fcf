package java.nio.charset;

import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;

/**
 * The state of a coder after a call: underflow (more input needed), overflow (more room
 * needed), or a malformed or unmappable sequence of some length. As the JDK's, the results of
 * one kind and length are the same object.
 */
public class CoderResult {
    private static final int CR_UNDERFLOW = 0;
    private static final int CR_OVERFLOW = 1;
    private static final int CR_ERROR_MIN = 2;
    private static final int CR_MALFORMED = 2;
    private static final int CR_UNMAPPABLE = 3;

    private static final String[] NAMES = {"UNDERFLOW", "OVERFLOW", "MALFORMED", "UNMAPPABLE"};

    private final int type;
    private final int length;

    private CoderResult(int type, int length) {
        this.type = type;
        this.length = length;
    }

    @Override
    public String toString() {
        String nm = NAMES[type];
        return isError() ? nm + "[" + length + "]" : nm;
    }

    public boolean isUnderflow() {
        return type == CR_UNDERFLOW;
    }

    public boolean isOverflow() {
        return type == CR_OVERFLOW;
    }

    public boolean isError() {
        return type >= CR_ERROR_MIN;
    }

    public boolean isMalformed() {
        return type == CR_MALFORMED;
    }

    public boolean isUnmappable() {
        return type == CR_UNMAPPABLE;
    }

    public int length() {
        if (!isError()) {
            throw new UnsupportedOperationException();
        }
        return length;
    }

    public static final CoderResult UNDERFLOW = new CoderResult(CR_UNDERFLOW, 0);

    public static final CoderResult OVERFLOW = new CoderResult(CR_OVERFLOW, 0);

    /** The cached results, by kind and length. */
    private static final class Cache {
        private final int type;
        private CoderResult[] small = new CoderResult[8];
        private java.util.HashMap<Integer, CoderResult> large;

        Cache(int type) {
            this.type = type;
        }

        synchronized CoderResult get(int len) {
            if (len <= 0) {
                throw new IllegalArgumentException("Non-positive length");
            }
            if (len < small.length) {
                CoderResult r = small[len];
                if (r == null) {
                    r = new CoderResult(type, len);
                    small[len] = r;
                }
                return r;
            }
            if (large == null) {
                large = new java.util.HashMap<>();
            }
            return large.computeIfAbsent(len, k -> new CoderResult(type, k));
        }
    }

    private static final Cache MALFORMED = new Cache(CR_MALFORMED);
    private static final Cache UNMAPPABLE = new Cache(CR_UNMAPPABLE);

    public static CoderResult malformedForLength(int length) {
        return MALFORMED.get(length);
    }

    public static CoderResult unmappableForLength(int length) {
        return UNMAPPABLE.get(length);
    }

    public void throwException() throws CharacterCodingException {
        switch (type) {
            case CR_UNDERFLOW:
                throw new BufferUnderflowException();
            case CR_OVERFLOW:
                throw new BufferOverflowException();
            case CR_MALFORMED:
                throw new MalformedInputException(length);
            default:
                throw new UnmappableCharacterException(length);
        }
    }
}
