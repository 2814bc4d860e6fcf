package java.time.format;

/** How the fields of a parse are resolved into dates and times. */
public enum ResolverStyle {
    STRICT,
    SMART,
    LENIENT;
}
