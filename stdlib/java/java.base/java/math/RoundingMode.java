package java.math;

/**
 * Rounding behaviours for discarding digits of a decimal value. Each constant carries the
 * matching legacy {@code BigDecimal.ROUND_*} integer.
 */
public enum RoundingMode {
    UP(BigDecimal.ROUND_UP),
    DOWN(BigDecimal.ROUND_DOWN),
    CEILING(BigDecimal.ROUND_CEILING),
    FLOOR(BigDecimal.ROUND_FLOOR),
    HALF_UP(BigDecimal.ROUND_HALF_UP),
    HALF_DOWN(BigDecimal.ROUND_HALF_DOWN),
    HALF_EVEN(BigDecimal.ROUND_HALF_EVEN),
    UNNECESSARY(BigDecimal.ROUND_UNNECESSARY);

    final int oldMode;

    RoundingMode(int oldMode) {
        this.oldMode = oldMode;
    }

    /** Maps a legacy {@code BigDecimal.ROUND_*} constant to its enum constant. */
    public static RoundingMode valueOf(int rm) {
        if (rm < 0 || rm > 7) throw new IllegalArgumentException("argument out of range");
        return values()[rm];
    }
}
