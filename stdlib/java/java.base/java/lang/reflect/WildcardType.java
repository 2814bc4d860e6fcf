package java.lang.reflect;

/** A wildcard type argument such as {@code ?}, {@code ? extends Number} or {@code ? super T}. */
public interface WildcardType extends Type {
    Type[] getUpperBounds();

    Type[] getLowerBounds();
}
