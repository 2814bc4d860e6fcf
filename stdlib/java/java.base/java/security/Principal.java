package java.security;

/** An entity, such as a user or a group, with a name. */
public interface Principal {
    @Override
    boolean equals(Object another);

    @Override
    String toString();

    @Override
    int hashCode();

    String getName();
}
