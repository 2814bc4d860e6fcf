package sun.nio.cs;

import java.nio.CharBuffer;
import java.nio.charset.CoderResult;

/** The JDK's Surrogate.Parser for encoders, on buffer indexes. */
final class Surrogates {
    private Surrogates() {}

    /**
     * For a surrogate c at index sp of src (limit sl): null if it starts a pair (its low half at
     * sp + 1), else UNDERFLOW (a high surrogate at the end: more input may pair it) or
     * malformed input of length 1 (an unpaired surrogate).
     */
    static CoderResult parse(char c, CharBuffer src, int sp, int sl) {
        if (Character.isHighSurrogate(c)) {
            if (sl - sp < 2) {
                return CoderResult.UNDERFLOW;
            }
            if (Character.isLowSurrogate(src.get(sp + 1))) {
                return null;
            }
            return CoderResult.malformedForLength(1);
        }
        return CoderResult.malformedForLength(1);
    }
}
