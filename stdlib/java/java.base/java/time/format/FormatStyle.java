package java.time.format;

/** The styles of localized date and time formats. */
public enum FormatStyle {
    FULL,
    LONG,
    MEDIUM,
    SHORT;
}
