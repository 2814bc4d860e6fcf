package java.lang;

/**
 * The mirror of a class, interface, array or primitive type. Allocated only by the VM; the
 * represented class's static fields follow the instance fields (stdlib/CONTRACT.md).
 */
public final class Class<T> implements java.io.Serializable {
    /** The VM's index of the represented class. */
    private transient int classIndex;
    private transient String name;
    private transient Object[] enumConstants;

    private Class() {}

    // ---- natives ----

    /** The binary name with dots ("java.lang.String", "[I", "[Ljava.lang.Object;", "int"). */
    private native String getName0();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native Class<?> getComponentType();

    public native Class<? super T> getSuperclass();

    public native Class<?>[] getInterfaces();

    public native int getModifiers();

    /** Loads (and if initialize, initializes) the class with the given binary name, or throws ClassNotFoundException. */
    private static native Class<?> forName0(String name, boolean initialize);

    static native Class<?> getPrimitiveClass(String name);

    /** The result of the enum class's static values() method, or null if this is not an enum. */
    private native Object[] getEnumConstants0();

    /** InnerClasses inner_name of this class: null if top-level, "" if anonymous. */
    private native String getSimpleBinaryName0();

    /** InnerClasses outer_class_info of this class: null unless it is a member class. */
    private native Class<?> getDeclaringClass0();

    // ---- names ----

    public String getName() {
        String n = name;
        if (n == null) {
            name = n = getName0();
        }
        return n;
    }

    @Override
    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + getName();
    }

    public String getTypeName() {
        if (isArray()) {
            Class<?> cl = this;
            int dimensions = 0;
            while (cl.isArray()) {
                dimensions++;
                cl = cl.getComponentType();
            }
            return cl.getName() + "[]".repeat(dimensions);
        }
        return getName();
    }

    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            String n = getName();
            return n.substring(n.lastIndexOf('.') + 1);
        }
        return simple;
    }

    public String getCanonicalName() {
        if (isArray()) {
            String c = getComponentType().getCanonicalName();
            return c == null ? null : c + "[]";
        }
        if (isLocalOrAnonymousClass() || getName().indexOf('/') >= 0) {
            return null; // no canonical name (hidden classes have a '/' in the name)
        }
        Class<?> enclosing = getDeclaringClass0();
        if (enclosing == null) {
            return getName();
        }
        String enclosingName = enclosing.getCanonicalName();
        return enclosingName == null ? null : enclosingName + "." + getSimpleName();
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String cn = c.getName();
        int dot = cn.lastIndexOf('.');
        return (dot != -1) ? cn.substring(0, dot) : "";
    }

    public String descriptorString() {
        if (isPrimitive()) {
            switch (getName()) {
                case "boolean": return "Z";
                case "byte": return "B";
                case "char": return "C";
                case "short": return "S";
                case "int": return "I";
                case "long": return "J";
                case "float": return "F";
                case "double": return "D";
                default: return "V";
            }
        }
        if (isArray()) {
            return getName().replace('.', '/');
        }
        return "L" + getName().replace('.', '/') + ";";
    }

    // ---- kinds ----

    private boolean isLocalOrAnonymousClass() {
        String simple = isArray() ? null : getSimpleBinaryName0();
        return simple != null && getDeclaringClass0() == null;
    }

    public boolean isAnonymousClass() {
        return !isArray() && "".equals(getSimpleBinaryName0());
    }

    public boolean isLocalClass() {
        String simple = isArray() ? null : getSimpleBinaryName0();
        return simple != null && !simple.isEmpty() && getDeclaringClass0() == null;
    }

    public boolean isMemberClass() {
        return !isArray() && getSimpleBinaryName0() != null && getDeclaringClass0() != null;
    }

    public Class<?> getDeclaringClass() {
        return isArray() || isPrimitive() ? null : getDeclaringClass0();
    }

    public boolean isAnnotation() {
        return (getModifiers() & 0x2000) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & 0x1000) != 0;
    }

    public boolean isEnum() {
        return (getModifiers() & 0x4000) != 0 && getSuperclass() == Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class && (getModifiers() & 0x0010) != 0;
    }

    public boolean isHidden() {
        return getName().indexOf('/') >= 0;
    }

    public Class<?> componentType() {
        return isArray() ? getComponentType() : null;
    }

    // ---- enums ----

    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        Object[] values = enumConstantsShared();
        return values == null ? null : (T[]) values.clone();
    }

    private Object[] enumConstantsShared() {
        Object[] values = enumConstants;
        if (values == null) {
            if (!isEnum()) {
                return null;
            }
            values = getEnumConstants0();
            enumConstants = values;
        }
        return values;
    }

    // ---- loading ----

    public static Class<?> forName(String className) throws ClassNotFoundException {
        return forName0(className, true);
    }

    public static Class<?> forName(String name, boolean initialize, ClassLoader loader)
            throws ClassNotFoundException {
        return forName0(name, initialize);
    }

    /** Bootstrap (java.base) classes have no loader; everything else has the system loader. */
    public ClassLoader getClassLoader() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return null;
        }
        String n = c.getName();
        if (n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun.")) {
            return null;
        }
        return ClassLoader.getSystemClassLoader();
    }

    public boolean desiredAssertionStatus() {
        return false;
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this)) {
            return (Class<? extends U>) this;
        }
        throw new ClassCastException(this.toString());
    }

    public java.io.InputStream getResourceAsStream(String name) {
        return null; // no resources are bundled yet
    }
}
