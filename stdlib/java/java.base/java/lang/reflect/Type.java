package java.lang.reflect;

/** The common superinterface of all types: classes, parameterized types, type variables,
 * wildcards and generic arrays. */
public interface Type {
    default String getTypeName() {
        return toString();
    }
}
