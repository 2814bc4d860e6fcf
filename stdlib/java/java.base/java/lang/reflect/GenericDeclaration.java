package java.lang.reflect;

/** A declaration that may declare type variables: a class, method or constructor. */
public interface GenericDeclaration extends AnnotatedElement {
    TypeVariable<?>[] getTypeParameters();
}
