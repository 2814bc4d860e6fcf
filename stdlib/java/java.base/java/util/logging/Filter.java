package java.util.logging;

/** Fine-grained control over what is logged, beyond the levels. */
@FunctionalInterface
public interface Filter {
    boolean isLoggable(LogRecord record);
}
