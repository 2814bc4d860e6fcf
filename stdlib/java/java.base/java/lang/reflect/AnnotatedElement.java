package java.lang.reflect;

import java.lang.annotation.Annotation;

/** An element that may carry annotations (runtime-visible ones, read from class files). */
public interface AnnotatedElement {
    default boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    <T extends Annotation> T getAnnotation(Class<T> annotationClass);

    Annotation[] getAnnotations();

    @SuppressWarnings("unchecked")
    default <T extends Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        java.util.Map<Class<? extends Annotation>, Annotation> map = new java.util.LinkedHashMap<>();
        for (Annotation a : getAnnotations()) {
            map.put(a.annotationType(), a);
        }
        return sun.reflect.annotation.AnnotationParser.byType(map, annotationClass);
    }

    @SuppressWarnings("unchecked")
    default <T extends Annotation> T getDeclaredAnnotation(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        for (Annotation a : getDeclaredAnnotations()) {
            if (annotationClass.equals(a.annotationType())) {
                return (T) a;
            }
        }
        return null;
    }

    default <T extends Annotation> T[] getDeclaredAnnotationsByType(Class<T> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        java.util.Map<Class<? extends Annotation>, Annotation> map = new java.util.LinkedHashMap<>();
        for (Annotation a : getDeclaredAnnotations()) {
            map.put(a.annotationType(), a);
        }
        return sun.reflect.annotation.AnnotationParser.byType(map, annotationClass);
    }

    Annotation[] getDeclaredAnnotations();
}
