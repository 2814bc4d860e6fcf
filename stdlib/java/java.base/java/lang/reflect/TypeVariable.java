package java.lang.reflect;

/** A type variable such as {@code T} of {@code class List<T>}. */
public interface TypeVariable<D extends GenericDeclaration> extends Type, AnnotatedElement {
    Type[] getBounds();

    D getGenericDeclaration();

    String getName();
}
