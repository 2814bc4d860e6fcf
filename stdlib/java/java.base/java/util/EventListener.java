package java.util;

/** The tagging interface every event listener interface extends. */
public interface EventListener {
}
