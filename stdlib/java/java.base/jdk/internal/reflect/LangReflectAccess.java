package jdk.internal.reflect;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Lets java.lang.Class create and copy the java.lang.reflect member objects, whose
 * constructors are package-private (as JDK's jdk.internal.access.JavaLangReflectAccess).
 * Not exported from java.base.
 */
public interface LangReflectAccess {
    Field newField(Class<?> declaringClass, int slot, String name, Class<?> type, int modifiers);

    Method newMethod(Class<?> declaringClass, int slot, String name, Class<?> returnType,
            Class<?>[] parameterTypes, Class<?>[] exceptionTypes, int modifiers);

    <T> Constructor<T> newConstructor(Class<T> declaringClass, int slot,
            Class<?>[] parameterTypes, Class<?>[] exceptionTypes, int modifiers);

    RecordComponent newRecordComponent(Class<?> declaringRecord, String name, Class<?> type,
            Method accessor);

    Field copyField(Field field);

    Method copyMethod(Method method);

    <T> Constructor<T> copyConstructor(Constructor<T> constructor);

    /** A copy for getMethod(s), which the JDK takes from its cache of public methods. */
    Method copyPublicMethod(Method method);

    /** A copy for getConstructor(s), from the JDK's cache of public constructors. */
    <T> Constructor<T> copyPublicConstructor(Constructor<T> constructor);

    /** Suppresses the access checks of {@code member} (a copy the caller owns; method handles). */
    void setTrusted(java.lang.reflect.AccessibleObject member);

    /** Calls {@code method} itself on {@code receiver}, as invokespecial (findSpecial). */
    Object invokeSpecial(Method method, Object receiver, Object[] args)
            throws java.lang.reflect.InvocationTargetException;
}
