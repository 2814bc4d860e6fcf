package jdk.internal.util;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Index checks, as the JDK's: {@code Objects.checkIndex} goes through here, so that a failed
 * check shows the frames HotSpot shows (with JDK 17's line numbers, see the markers).
 */
public final class Preconditions {
    private Preconditions() {
    }

    private static RuntimeException outOfBounds(
            BiFunction<String, List<Number>, ? extends RuntimeException> oobef,
            String checkKind,
            Number... args) {
        List<Number> largs = List.of(args);
        RuntimeException e = oobef == null ? null : oobef.apply(checkKind, largs);
        return e == null ? new IndexOutOfBoundsException(outOfBoundsMessage(checkKind, largs)) : e; // hotspot-line: 64
    }

    private static RuntimeException outOfBoundsCheckIndex(
            BiFunction<String, List<Number>, ? extends RuntimeException> oobe, int index, int length) {
        return outOfBounds(oobe, "checkIndex", index, length); // hotspot-line: 70
    }

    private static String outOfBoundsMessage(String checkKind, List<Number> args) {
        if (checkKind.equals("checkIndex") && args.size() == 2) {
            return String.format("Index %s out of bounds for length %s", args.get(0), args.get(1));
        }
        return String.format("Range check failed: %s %s", checkKind, args);
    }

    /** Checks {@code 0 <= index < length}. */
    public static <X extends RuntimeException> int checkIndex(
            int index, int length, BiFunction<String, List<Number>, X> oobef) {
        if (index < 0 || index >= length) {
            throw outOfBoundsCheckIndex(oobef, index, length); // hotspot-line: 266
        }
        return index;
    }
}
