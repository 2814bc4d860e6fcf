package sun.reflect.generics.reflectiveObjects;

import java.lang.annotation.Annotation;
import java.lang.reflect.GenericDeclaration;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Objects;
import sun.reflect.generics.Signatures;

/**
 * A type variable (the JDK's class of the same name). Its bounds are resolved on first use,
 * since they may mention the variable itself ({@code T extends Comparable<T>}).
 */
public class TypeVariableImpl<D extends GenericDeclaration> implements TypeVariable<D> {
    private final D genericDeclaration;
    private final String name;
    private final Signatures.Node[] boundNodes;
    private final Signatures.Scope scope;
    private volatile Type[] bounds;

    private TypeVariableImpl(D decl, String n, Signatures.Node[] bs, Signatures.Scope scope) {
        this.genericDeclaration = decl;
        this.name = n;
        this.boundNodes = bs;
        this.scope = scope;
    }

    public static <T extends GenericDeclaration> TypeVariableImpl<T> make(T decl, String name,
            Signatures.Node[] bs, Signatures.Scope scope) {
        return new TypeVariableImpl<T>(decl, name, bs, scope);
    }

    public Type[] getBounds() {
        Type[] value = bounds;
        if (value == null) {
            value = Signatures.reifyBounds(boundNodes, scope);
            bounds = value;
        }
        return value.clone();
    }

    public D getGenericDeclaration() {
        return genericDeclaration;
    }

    public String getName() {
        return name;
    }

    public String toString() {
        return getName();
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof TypeVariable && o.getClass() == TypeVariableImpl.class) {
            TypeVariable<?> that = (TypeVariable<?>) o;
            GenericDeclaration thatDecl = that.getGenericDeclaration();
            String thatName = that.getName();
            return Objects.equals(genericDeclaration, thatDecl) && Objects.equals(name, thatName);
        }
        return false;
    }

    @Override
    public int hashCode() {
        return genericDeclaration.hashCode() ^ name.hashCode();
    }

    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        Objects.requireNonNull(annotationClass);
        return null;
    }

    public Annotation[] getAnnotations() {
        return new Annotation[0];
    }

    public Annotation[] getDeclaredAnnotations() {
        return new Annotation[0];
    }
}
