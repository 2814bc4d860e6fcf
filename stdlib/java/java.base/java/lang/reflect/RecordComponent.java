package java.lang.reflect;

/** A component of a record class. */
public final class RecordComponent implements AnnotatedElement {
    private final Class<?> clazz;
    private final String name;
    private final Class<?> type;
    private final Method accessor;

    RecordComponent(Class<?> declaringRecord, String name, Class<?> type, Method accessor) {
        this.clazz = declaringRecord;
        this.name = name;
        this.type = type;
        this.accessor = accessor;
    }

    public String getName() {
        return name;
    }

    public Class<?> getType() {
        return type;
    }

    public String getGenericSignature() {
        String sig = accessor.genericSignature();
        return sig == null ? null : sig.substring(sig.indexOf(')') + 1);
    }

    public Type getGenericType() {
        return accessor.getGenericReturnType();
    }

    public Method getAccessor() {
        return accessor.copy();
    }

    public Class<?> getDeclaringRecord() {
        return clazz;
    }

    @Override
    public String toString() {
        return getType().getTypeName() + " " + getName();
    }

    @Override
    public <T extends java.lang.annotation.Annotation> T getAnnotation(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return null;
    }

    @Override
    public java.lang.annotation.Annotation[] getAnnotations() {
        return new java.lang.annotation.Annotation[0];
    }

    @Override
    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        return new java.lang.annotation.Annotation[0];
    }
}
