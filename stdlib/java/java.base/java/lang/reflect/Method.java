package java.lang.reflect;

/** A method of a class or interface. */
public final class Method extends Executable {
    private final Class<?> clazz;
    private final int slot;
    private final String name;
    private final Class<?> returnType;
    private final Class<?>[] parameterTypes;
    private final Class<?>[] exceptionTypes;
    private final int modifiers;

    Method(Class<?> declaringClass, int slot, String name, Class<?> returnType,
            Class<?>[] parameterTypes, Class<?>[] exceptionTypes, int modifiers) {
        this.clazz = declaringClass;
        this.slot = slot;
        this.name = name;
        this.returnType = returnType;
        this.parameterTypes = parameterTypes;
        this.exceptionTypes = exceptionTypes;
        this.modifiers = modifiers;
    }

    /** Invokes the method (virtually for instance methods) with converted arguments. */
    private static native Object invoke0(Class<?> declaringClass, int slot, Object receiver,
            Object[] args);

    /** Invokes the method itself on {@code obj} (no virtual selection), as invokespecial. */
    private static native Object invokeSpecial0(Class<?> declaringClass, int slot, Object receiver,
            Object[] args);

    Object invokeSpecial(Object obj, Object[] args) throws InvocationTargetException {
        Object[] converted = convertArguments(parameterTypes, args);
        return invokeSpecial0(clazz, slot, obj, converted);
    }

    Method copy() {
        Method m = new Method(clazz, slot, name, returnType, parameterTypes, exceptionTypes, modifiers);
        m.invocations = invocations;
        return m;
    }

    Method copyPublic() {
        Method m = copy();
        m.invocations = publicInvocations();
        return m;
    }

    @Override
    public Class<?> getDeclaringClass() {
        return clazz;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getModifiers() {
        return modifiers;
    }

    public Class<?> getReturnType() {
        return returnType;
    }

    @Override
    String genericSignature() {
        return sun.reflect.annotation.AnnotationParser.signature(clazz, 2, slot);
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeVariable<Method>[] getTypeParameters() {
        return (TypeVariable<Method>[]) super.getTypeParameters();
    }

    public java.lang.reflect.Type getGenericReturnType() {
        String sig = genericSignature();
        if (sig == null) {
            return returnType;
        }
        return sun.reflect.generics.Signatures.executableResult(this, sig);
    }

    @Override
    void specificToGenericStringHeader(StringBuilder sb) {
        sb.append(getGenericReturnType().getTypeName()).append(' ');
        sb.append(getDeclaringClass().getTypeName()).append('.');
        sb.append(getName());
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

    public boolean isBridge() {
        return (getModifiers() & Modifier.BRIDGE) != 0;
    }

    @Override
    public boolean isVarArgs() {
        return super.isVarArgs();
    }

    @Override
    public boolean isSynthetic() {
        return super.isSynthetic();
    }

    public boolean isDefault() {
        return ((getModifiers() & (Modifier.ABSTRACT | Modifier.PUBLIC | Modifier.STATIC))
                == Modifier.PUBLIC) && getDeclaringClass().isInterface();
    }

    /** The member's default, for a member of an annotation interface (AnnotationDefault). */
    public Object getDefaultValue() {
        if (!clazz.isAnnotation()) {
            return null;
        }
        return sun.reflect.annotation.AnnotationParser.parseDefault(clazz, slot, returnType);
    }

    @Override
    java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> parseDeclaredAnnotations() {
        return sun.reflect.annotation.AnnotationParser.parseAnnotations(
                sun.reflect.annotation.AnnotationParser.rawAnnotations(clazz, 2, slot), clazz);
    }

    @Override
    public java.lang.annotation.Annotation[][] getParameterAnnotations() {
        return sun.reflect.annotation.AnnotationParser.parseParameterAnnotations(
                sun.reflect.annotation.AnnotationParser.rawAnnotations(clazz, 3, slot), clazz, parameterTypes.length);
    }

    public Object invoke(Object obj, Object... args)
            throws IllegalAccessException, IllegalArgumentException, InvocationTargetException {
        if (!Modifier.isStatic(modifiers)) {
            if (obj == null && !override) {
                throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \"obj\" is null");
            }
        }
        if (!override) {
            checkAccess(jdk.internal.reflect.Reflection.getCallerClass(), clazz,
                    Modifier.isStatic(modifiers) ? null : obj.getClass(), modifiers);
        }
        boolean generated = countInvocation();
        if (!Modifier.isStatic(modifiers)) {
            if (obj == null) {
                throw new NullPointerException();
            }
            if (!clazz.isInstance(obj)) {
                throw new IllegalArgumentException(generated ? objectString(new ClassCastException())
                        : "object is not an instance of declaring class");
            }
        }
        Object[] converted = generated ? convertArgumentsGenerated(parameterTypes, args)
                : convertArguments(parameterTypes, args);
        return invoke0(clazz, slot, obj, converted);
    }

    @Override
    public boolean equals(Object obj) {
        if (obj instanceof Method) {
            Method other = (Method) obj;
            return getDeclaringClass() == other.getDeclaringClass()
                    && getName().equals(other.getName())
                    && returnType == other.getReturnType()
                    && sameTypes(parameterTypes, other.parameterTypes);
        }
        return false;
    }

    @Override
    public int hashCode() {
        return getDeclaringClass().getName().hashCode() ^ getName().hashCode();
    }

    @Override
    public String toString() {
        return sharedToString(Modifier.methodModifiers(), isDefault(), parameterTypes,
                exceptionTypes);
    }

    @Override
    void specificToStringHeader(StringBuilder sb) {
        sb.append(getReturnType().getTypeName()).append(' ');
        sb.append(getDeclaringClass().getTypeName()).append('.');
        sb.append(getName());
    }

    @Override
    public String toGenericString() {
        return sharedToGenericString(Modifier.methodModifiers(), isDefault());
    }
}
