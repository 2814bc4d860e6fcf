package java.lang.reflect;

/** A constructor of a class. */
public final class Constructor<T> extends Executable {
    private final Class<T> clazz;
    private final int slot;
    private final Class<?>[] parameterTypes;
    private final Class<?>[] exceptionTypes;
    private final int modifiers;

    Constructor(Class<T> declaringClass, int slot, Class<?>[] parameterTypes,
            Class<?>[] exceptionTypes, int modifiers) {
        this.clazz = declaringClass;
        this.slot = slot;
        this.parameterTypes = parameterTypes;
        this.exceptionTypes = exceptionTypes;
        this.modifiers = modifiers;
    }

    @Override
    String genericSignature() {
        return sun.reflect.annotation.AnnotationParser.signature(clazz, 2, slot);
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeVariable<Constructor<T>>[] getTypeParameters() {
        return (TypeVariable<Constructor<T>>[]) super.getTypeParameters();
    }

    @Override
    void specificToGenericStringHeader(StringBuilder sb) {
        sb.append(getDeclaringClass().getTypeName());
    }

    Constructor<T> copy() {
        Constructor<T> c = new Constructor<>(clazz, slot, parameterTypes, exceptionTypes, modifiers);
        c.invocations = invocations;
        return c;
    }

    Constructor<T> copyPublic() {
        Constructor<T> c = copy();
        c.invocations = publicInvocations();
        return c;
    }

    @Override
    java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> parseDeclaredAnnotations() {
        return sun.reflect.annotation.AnnotationParser.parseAnnotations(
                sun.reflect.annotation.AnnotationParser.rawAnnotations(clazz, 2, slot), clazz);
    }

    @Override
    public java.lang.annotation.Annotation[][] getParameterAnnotations() {
        return sun.reflect.annotation.AnnotationParser.parseParameterAnnotations(
                sun.reflect.annotation.AnnotationParser.rawAnnotations(clazz, 3, slot), clazz, getParameterCount());
    }

    /** Allocates an instance of the class and runs the constructor with converted arguments. */
    private static native Object newInstance0(Class<?> declaringClass, int slot, Object[] args);

    @Override
    public Class<T> getDeclaringClass() {
        return clazz;
    }

    @Override
    public String getName() {
        return getDeclaringClass().getName();
    }

    @Override
    public int getModifiers() {
        return modifiers;
    }

    @Override
    public Class<?>[] getParameterTypes() {
        return copy(parameterTypes);
    }

    @Override
    Class<?>[] sharedParameterTypes() {
        return parameterTypes;
    }

    @Override
    public int getParameterCount() {
        return parameterTypes.length;
    }

    @Override
    public Class<?>[] getExceptionTypes() {
        return copy(exceptionTypes);
    }

    @Override
    public boolean isVarArgs() {
        return super.isVarArgs();
    }

    @Override
    public boolean isSynthetic() {
        return super.isSynthetic();
    }

    @SuppressWarnings("unchecked")
    public T newInstance(Object... initargs)
            throws InstantiationException, IllegalAccessException, IllegalArgumentException,
            InvocationTargetException {
        if (!override) {
            checkAccess(jdk.internal.reflect.Reflection.getCallerClass(), clazz, clazz, modifiers);
        }
        if ((clazz.getModifiers() & Modifier.ENUM) != 0) {
            throw new IllegalArgumentException("Cannot reflectively create enum objects");
        }
        if (clazz == Class.class) {
            throw new InstantiationException("Can not instantiate java.lang.Class");
        }
        if (Modifier.isAbstract(clazz.getModifiers())) {
            throw new InstantiationException();
        }
        Object[] converted = countInvocation() ? convertArgumentsGenerated(parameterTypes, initargs)
                : convertArguments(parameterTypes, initargs);
        return (T) newInstance0(clazz, slot, converted);
    }

    @Override
    public boolean equals(Object obj) {
        if (obj instanceof Constructor) {
            Constructor<?> other = (Constructor<?>) obj;
            return getDeclaringClass() == other.getDeclaringClass()
                    && sameTypes(parameterTypes, other.parameterTypes);
        }
        return false;
    }

    @Override
    public int hashCode() {
        return getDeclaringClass().getName().hashCode();
    }

    @Override
    public String toString() {
        return sharedToString(Modifier.constructorModifiers(), false, parameterTypes,
                exceptionTypes);
    }

    @Override
    void specificToStringHeader(StringBuilder sb) {
        sb.append(getDeclaringClass().getTypeName());
    }

    @Override
    public String toGenericString() {
        return sharedToGenericString(Modifier.constructorModifiers(), false);
    }
}
