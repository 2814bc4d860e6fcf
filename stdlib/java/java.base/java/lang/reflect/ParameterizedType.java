package java.lang.reflect;

/** A parameterized type such as {@code Collection<String>}. */
public interface ParameterizedType extends Type {
    Type[] getActualTypeArguments();

    Type getRawType();

    Type getOwnerType();
}
