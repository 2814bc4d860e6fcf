package jdk.internal.reflect;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Modifier;

/** Holder of the LangReflectAccess that java.lang.reflect.AccessibleObject installs. */
public final class Reflection {
    private static LangReflectAccess langReflectAccess;

    private Reflection() {}

    /**
     * The class of the nearest frame that is not part of core reflection (java.lang.reflect,
     * jdk.internal.reflect, java.lang.Class): whoever called the reflective operation.
     */
    public static native Class<?> getCallerClass();

    /** JDK 17's Reflection.verifyMemberAccess (modules aside: every package is exported). */
    public static boolean verifyMemberAccess(Class<?> currentClass, Class<?> memberClass,
            Class<?> targetClass, int modifiers) {
        if (currentClass == memberClass) {
            return true;
        }
        boolean gotIsSameClassPackage = false;
        boolean isSameClassPackage = false;
        // The class-file flags: protected nested classes are public there.
        if ((memberClass.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) == 0) {
            isSameClassPackage = isSameClassPackage(currentClass, memberClass);
            gotIsSameClassPackage = true;
            if (!isSameClassPackage) {
                return false;
            }
        }
        if (Modifier.isPublic(modifiers)) {
            return true;
        }
        if (Modifier.isPrivate(modifiers)) {
            if (currentClass.isNestmateOf(memberClass)) {
                return true;
            }
        }
        boolean successSoFar = false;
        if (Modifier.isProtected(modifiers)) {
            if (isSubclassOf(currentClass, memberClass)) {
                successSoFar = true;
            }
        }
        if (!successSoFar && !Modifier.isPrivate(modifiers)) {
            if (!gotIsSameClassPackage) {
                isSameClassPackage = isSameClassPackage(currentClass, memberClass);
                gotIsSameClassPackage = true;
            }
            if (isSameClassPackage) {
                successSoFar = true;
            }
        }
        if (!successSoFar) {
            return false;
        }
        if (targetClass != null && Modifier.isProtected(modifiers) && targetClass != currentClass) {
            if (!gotIsSameClassPackage) {
                isSameClassPackage = isSameClassPackage(currentClass, memberClass);
            }
            if (!isSameClassPackage) {
                if (!isSubclassOf(targetClass, currentClass)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isSameClassPackage(Class<?> a, Class<?> b) {
        return a.getClassLoader() == b.getClassLoader()
                && a.getPackageName().equals(b.getPackageName());
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

    private static String moduleSuffix(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return !c.isPrimitive() && c.getClassLoader() == null ? " (in module java.base)" : "";
    }

    public static IllegalAccessException newIllegalAccessException(Class<?> currentClass,
            Class<?> memberClass, Class<?> targetClass, int modifiers) {
        String msg = currentClass + moduleSuffix(currentClass) + " cannot access a member of "
                + memberClass + moduleSuffix(memberClass) + " with modifiers \""
                + Modifier.toString(modifiers) + "\"";
        return new IllegalAccessException(msg);
    }

    public static void setLangReflectAccess(LangReflectAccess access) {
        langReflectAccess = access;
    }

    public static LangReflectAccess langReflectAccess() {
        LangReflectAccess access = langReflectAccess;
        if (access == null) {
            // Initializing AccessibleObject installs it.
            AccessibleObject.setAccessible(new AccessibleObject[0], false);
            access = langReflectAccess;
        }
        return access;
    }
}
