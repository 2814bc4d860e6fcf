package java.util;

/** Package-private in the JDK (since 16); thrown for argument indexes < 1 or too large. */
class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private static final long serialVersionUID = 4191767811181838112L;
    private final int illegalIndex;

    IllegalFormatArgumentIndexException(int index) {
        illegalIndex = index;
    }

    int getArgumentIndex() {
        return illegalIndex;
    }

    @Override
    public String getMessage() {
        int index = getArgumentIndex();
        if (index == Integer.MIN_VALUE) {
            return "Format argument index: (not representable as int)";
        }
        return "Illegal format argument index = " + Formatter.dec(index);
    }
}
