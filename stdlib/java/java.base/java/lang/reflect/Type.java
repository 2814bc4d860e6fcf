package java.lang.reflect;

/** The common superinterface of all types (only classes exist in Cortado so far). */
public interface Type {
    default String getTypeName() {
        return toString();
    }
}
