package java.lang.reflect;

/** A parameter of a method or constructor (names are "argN": MethodParameters is not read yet). */
public final class Parameter implements AnnotatedElement {
    private final String name;
    private final int modifiers;
    private final Executable executable;
    private final int index;

    Parameter(String name, int modifiers, Executable executable, int index) {
        this.name = name;
        this.modifiers = modifiers;
        this.executable = executable;
        this.index = index;
    }

    public String getName() {
        return name;
    }

    public boolean isNamePresent() {
        return false;
    }

    public int getModifiers() {
        return modifiers;
    }

    public Executable getDeclaringExecutable() {
        return executable;
    }

    public Class<?> getType() {
        return executable.sharedParameterTypes()[index];
    }

    public Type getParameterizedType() {
        Type[] generic = executable.getGenericParameterTypes();
        if (generic.length == executable.getParameterCount()) {
            return generic[index];
        }
        return getType();
    }

    public boolean isImplicit() {
        return Modifier.isMandated(modifiers);
    }

    public boolean isSynthetic() {
        return Modifier.isSynthetic(modifiers);
    }

    public boolean isVarArgs() {
        return executable.isVarArgs() && index == executable.getParameterCount() - 1;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String typeName = getParameterizedType().getTypeName();
        sb.append(Modifier.toString(getModifiers()));
        if (0 != modifiers) {
            sb.append(' ');
        }
        if (isVarArgs()) {
            sb.append(typeName.replace("[]", "..."));
        } else {
            sb.append(typeName);
        }
        sb.append(' ');
        sb.append(getName());
        return sb.toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (obj instanceof Parameter) {
            Parameter other = (Parameter) obj;
            return other.executable.equals(executable) && other.index == index;
        }
        return false;
    }

    @Override
    public int hashCode() {
        return executable.hashCode() ^ index;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends java.lang.annotation.Annotation> T getAnnotation(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        for (java.lang.annotation.Annotation a : getDeclaredAnnotations()) {
            if (a.annotationType() == annotationClass) {
                return (T) a;
            }
        }
        return null;
    }

    @Override
    public java.lang.annotation.Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    @Override
    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        return executable.getParameterAnnotations()[index];
    }
}
