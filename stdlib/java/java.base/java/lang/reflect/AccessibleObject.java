package java.lang.reflect;

import java.lang.annotation.Annotation;

/**
 * Base of Field, Method and Constructor: the accessibility flag. Cortado does not enforce
 * language access checks on reflective access yet; the flag is recorded (final fields honour it).
 */
public class AccessibleObject implements AnnotatedElement {
    static {
        jdk.internal.reflect.Reflection.setLangReflectAccess(new ReflectAccess());
    }

    boolean override;

    protected AccessibleObject() {}

    /** Throws IllegalAccessException unless the caller may access the member (JDK 17 rules). */
    final void checkAccess(Class<?> caller, Class<?> memberClass, Class<?> targetClass,
            int modifiers) throws IllegalAccessException {
        if (caller == null || caller == memberClass) {
            return;
        }
        if (!jdk.internal.reflect.Reflection.verifyMemberAccess(caller, memberClass,
                targetClass, modifiers)) {
            throw jdk.internal.reflect.Reflection.newIllegalAccessException(caller, memberClass,
                    targetClass, modifiers);
        }
    }

    public static void setAccessible(AccessibleObject[] array, boolean flag) {
        for (AccessibleObject ao : array) {
            ao.setAccessible(flag);
        }
    }

    public void setAccessible(boolean flag) {
        override = flag;
    }

    public final boolean trySetAccessible() {
        override = true;
        return true;
    }

    @Deprecated(since = "9")
    public boolean isAccessible() {
        return override;
    }

    public final boolean canAccess(Object obj) {
        return true;
    }

    private transient java.util.Map<Class<? extends Annotation>, Annotation> declaredAnnotations;

    /** The runtime-visible annotations of this member, parsed from its class file (none by default). */
    java.util.Map<Class<? extends Annotation>, Annotation> parseDeclaredAnnotations() {
        return java.util.Map.of();
    }

    private java.util.Map<Class<? extends Annotation>, Annotation> declaredAnnotations() {
        java.util.Map<Class<? extends Annotation>, Annotation> map = declaredAnnotations;
        if (map == null) {
            map = parseDeclaredAnnotations();
            declaredAnnotations = map;
        }
        return map;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return (T) declaredAnnotations().get(annotationClass);
    }

    @Override
    public <T extends Annotation> T getDeclaredAnnotation(Class<T> annotationClass) {
        return getAnnotation(annotationClass);
    }

    @Override
    public <T extends Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return sun.reflect.annotation.AnnotationParser.byType(declaredAnnotations(), annotationClass);
    }

    @Override
    public boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    @Override
    public Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
        return declaredAnnotations().values().toArray(new Annotation[0]);
    }
}
