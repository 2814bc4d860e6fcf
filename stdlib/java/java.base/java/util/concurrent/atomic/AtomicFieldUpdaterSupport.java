package java.util.concurrent.atomic;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * What the three atomic field updaters share: finding the field with the JDK's access checks
 * and exceptions, and the receiver check of every operation. Values are read and written
 * through the field's reflective accessors; read-modify-write operations hold LOCK (Cortado
 * runs one Java thread at a time, so the lock only keeps a thread switch out of the middle
 * of an operation).
 */
final class AtomicFieldUpdaterSupport {
    static final Object LOCK = new Object();

    private AtomicFieldUpdaterSupport() {}

    /**
     * The field named fieldName declared by tclass, checked for access from caller; failures
     * are wrapped in RuntimeException as the JDK's factories do.
     */
    static Field findField(Class<?> tclass, String fieldName, Class<?> caller) {
        try {
            if (tclass == null) {
                // The JDK looks the field up in a privileged action that captured tclass.
                throw new NullPointerException("Cannot invoke \"java.lang.Class.getDeclaredField"
                        + "(String)\" because \"this.val$tclass\" is null");
            }
            Field field = tclass.getDeclaredField(fieldName);
            int modifiers = field.getModifiers();
            if (caller != null
                    && !jdk.internal.reflect.Reflection.verifyMemberAccess(caller, tclass, null,
                            modifiers)) {
                throw jdk.internal.reflect.Reflection.newIllegalAccessException(caller, tclass,
                        null, modifiers);
            }
            return field;
        } catch (Exception ex) {
            throw new RuntimeException(ex);
        }
    }

    /** The checks after the type check: volatile, and an instance field. */
    static void checkVolatileInstance(Field field) {
        int modifiers = field.getModifiers();
        if (!Modifier.isVolatile(modifiers)) {
            throw new IllegalArgumentException("Must be volatile type");
        }
        if (Modifier.isStatic(modifiers)) {
            // What Unsafe.objectFieldOffset says of a static field.
            throw new IllegalArgumentException();
        }
        field.setAccessible(true);
    }

    /**
     * The class receivers must be instances of: the caller for a protected field of a
     * superclass in another package, otherwise tclass.
     */
    static Class<?> receiverClass(Field field, Class<?> tclass, Class<?> caller) {
        if (caller != null && Modifier.isProtected(field.getModifiers())
                && tclass.isAssignableFrom(caller)
                && !(tclass.getClassLoader() == caller.getClassLoader()
                        && tclass.getPackageName().equals(caller.getPackageName()))) {
            return caller;
        }
        return tclass;
    }

    static void accessCheck(Class<?> cclass, Class<?> tclass, Object obj) {
        if (!cclass.isInstance(obj)) {
            if (cclass == tclass) {
                throw new ClassCastException();
            }
            throw new RuntimeException(new IllegalAccessException("Class " + cclass.getName()
                    + " can not access a protected member of class " + tclass.getName()
                    + " using an instance of " + obj.getClass().getName()));
        }
    }

    static int getInt(Field f, Object obj) {
        try {
            return f.getInt(obj);
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }

    static void setInt(Field f, Object obj, int v) {
        try {
            f.setInt(obj, v);
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }

    static long getLong(Field f, Object obj) {
        try {
            return f.getLong(obj);
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }

    static void setLong(Field f, Object obj, long v) {
        try {
            f.setLong(obj, v);
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }

    static Object getRef(Field f, Object obj) {
        try {
            return f.get(obj);
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }

    static void setRef(Field f, Object obj, Object v) {
        try {
            f.set(obj, v);
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }
}
