package java.lang.invoke;

/** Bootstrap methods for indy string concatenation; the VM links these call sites itself. */
public final class StringConcatFactory {
    private StringConcatFactory() {}

    public static CallSite makeConcat(MethodHandles.Lookup lookup, String name, MethodType concatType)
            throws StringConcatException {
        throw new UnsupportedOperationException("linked by the VM");
    }

    public static CallSite makeConcatWithConstants(MethodHandles.Lookup lookup, String name,
            MethodType concatType, String recipe, Object... constants) throws StringConcatException {
        throw new UnsupportedOperationException("linked by the VM");
    }
}
