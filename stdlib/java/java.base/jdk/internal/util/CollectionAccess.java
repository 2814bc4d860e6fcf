package jdk.internal.util;

import java.util.List;

/**
 * Lets other packages build java.util's package-private immutable lists (as the JDK's
 * jdk.internal.access.JavaUtilCollectionAccess); java.util.ImmutableCollections installs it.
 */
public abstract class CollectionAccess {
    private static CollectionAccess instance;

    public static void set(CollectionAccess access) {
        instance = access;
    }

    public static CollectionAccess get() {
        if (instance == null) {
            List.of(); // initializes ImmutableCollections, which installs the instance
        }
        return instance;
    }

    /** An unmodifiable list over {@code array} (not copied; may hold nulls), as Stream.toList's. */
    public abstract <E> List<E> listFromTrustedArrayNullsAllowed(Object[] array);
}
