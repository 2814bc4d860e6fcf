package java.lang.reflect;

import java.lang.annotation.Annotation;

/**
 * Base of Field, Method and Constructor: the accessibility flag. setAccessible(true) checks
 * module access as JDK 17 does (library packages are not open to application code).
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
        if (flag) {
            Class<?> caller = jdk.internal.reflect.Reflection.getCallerClass();
            array = array.clone();
            for (AccessibleObject ao : array) {
                ao.checkCanSetAccessible(caller);
            }
        }
        for (AccessibleObject ao : array) {
            ao.override = flag;
        }
    }

    public void setAccessible(boolean flag) {
        if (flag) {
            checkCanSetAccessible(jdk.internal.reflect.Reflection.getCallerClass());
        }
        override = flag;
    }

    public final boolean trySetAccessible() {
        if (override) {
            return true;
        }
        if (!(this instanceof Member member)) {
            override = true;
            return true;
        }
        Class<?> declaringClass = member.getDeclaringClass();
        if (declaringClass == Class.class && this instanceof Constructor) {
            return false;
        }
        if (checkCanSetAccessible(jdk.internal.reflect.Reflection.getCallerClass(), declaringClass, false)) {
            override = true;
            return true;
        }
        return false;
    }

    @Deprecated(since = "9")
    public boolean isAccessible() {
        return override;
    }

    public final boolean canAccess(Object obj) {
        if (!(this instanceof Member member)) {
            return override;
        }
        Class<?> declaringClass = member.getDeclaringClass();
        int modifiers = member.getModifiers();
        if (!Modifier.isStatic(modifiers) && (this instanceof Method || this instanceof Field)) {
            if (obj == null) {
                throw new IllegalArgumentException("null object for " + this);
            }
            if (!declaringClass.isAssignableFrom(obj.getClass())) {
                throw new IllegalArgumentException("object is not an instance of " + declaringClass.getName());
            }
        } else if (obj != null) {
            throw new IllegalArgumentException("non-null object for " + this);
        }
        if (override) {
            return true;
        }
        Class<?> caller = jdk.internal.reflect.Reflection.getCallerClass();
        Class<?> targetClass;
        if (this instanceof Constructor) {
            targetClass = declaringClass;
        } else {
            targetClass = Modifier.isStatic(modifiers) ? null : obj.getClass();
        }
        if (caller == declaringClass) {
            return true;
        }
        return jdk.internal.reflect.Reflection.verifyMemberAccess(caller, declaringClass, targetClass, modifiers)
                && checkCanSetAccessible(caller, declaringClass, false);
    }

    // ---- module checks of setAccessible(true) (JDK 17 AccessibleObject.checkCanSetAccessible) ----

    void checkCanSetAccessible(Class<?> caller) {
        if (this instanceof Member member) {
            checkCanSetAccessible(caller, member.getDeclaringClass(), true);
            if (this instanceof Constructor && member.getDeclaringClass() == Class.class) {
                throw new SecurityException("Cannot make a java.lang.Class constructor accessible");
            }
        }
    }

    private boolean checkCanSetAccessible(Class<?> caller, Class<?> declaringClass, boolean throwIfDenied) {
        if (caller == null) {
            return true;
        }
        Module callerModule = caller.getModule();
        Module declaringModule = declaringClass.getModule();
        if (callerModule == declaringModule || callerModule == Object.class.getModule()
                || !declaringModule.isNamed()) {
            return true;
        }
        String pn = declaringClass.getPackageName();
        int modifiers = ((Member) this).getModifiers();
        boolean isClassPublic = Modifier.isPublic(declaringClass.getModifiers());
        if (isClassPublic && declaringModule.isExported(pn, callerModule)) {
            if (Modifier.isPublic(modifiers)) {
                return true;
            }
            if (Modifier.isProtected(modifiers) && Modifier.isStatic(modifiers)
                    && isSubclassOf(caller, declaringClass)) {
                return true;
            }
        }
        if (declaringModule.isOpen(pn, callerModule)) {
            return true;
        }
        if (throwIfDenied) {
            String msg = "Unable to make ";
            if (this instanceof Field) {
                msg += "field ";
            }
            msg += this + " accessible: " + declaringModule + " does not \"";
            if (isClassPublic && Modifier.isPublic(modifiers)) {
                msg += "exports";
            } else {
                msg += "opens";
            }
            msg += " " + pn + "\" to " + callerModule;
            throw new InaccessibleObjectException(msg);
        }
        return false;
    }

    private static boolean isSubclassOf(Class<?> queryClass, Class<?> ofClass) {
        while (queryClass != null) {
            if (queryClass == ofClass) {
                return true;
            }
            queryClass = queryClass.getSuperclass();
        }
        return false;
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
