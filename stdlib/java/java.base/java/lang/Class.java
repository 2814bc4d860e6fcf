package java.lang;

/**
 * The mirror of a class, interface, array or primitive type. Allocated only by the VM; the
 * represented class's static fields follow the instance fields (stdlib/CONTRACT.md).
 */
public final class Class<T> implements java.io.Serializable, java.lang.reflect.Type,
        java.lang.reflect.AnnotatedElement, java.lang.reflect.GenericDeclaration {
    private static final long serialVersionUID = 3206093459760846163L;

    /** The VM's index of the represented class. */
    private transient int classIndex;
    private transient String name;
    private transient Object[] enumConstants;
    /** Reflection caches (never handed out: callers get copies). */
    private transient java.lang.reflect.Field[] declaredFieldsCache;
    private transient java.lang.reflect.Method[] declaredMethodsCache;
    private transient java.lang.reflect.Constructor<T>[] declaredConstructorsCache;

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

    /** (slot, access flags) pairs of the declared fields (0), methods (1) or constructors (2). */
    private native int[] getDeclaredMembers0(int kind);

    private native String getMemberName0(int kind, int slot);

    /** Field: {type}; method/constructor: {return type, parameter types...}. */
    private native Class<?>[] getMemberTypes0(int kind, int slot);

    /** The classes of a method's Exceptions attribute. */
    private native Class<?>[] getMemberExceptions0(int slot);

    /** Names of the Record attribute's components, or null without one. */
    private native String[] getRecordComponentNames0();

    /** Classes of the PermittedSubclasses attribute, or null without one. */
    private native Class<?>[] getPermittedSubclasses0();

    /** The member classes this class declares (InnerClasses entries whose outer class it is). */
    private native Class<?>[] getDeclaredClasses0();

    /** The NestHost attribute's class, or this class. */
    private native Class<?> getNestHost0();

    /** The classes the receiver's NestMembers attribute lists (loaded), in its order. */
    private native Class<?>[] getNestMembers0();

    /** EnclosingMethod: {class, method name or null, method descriptor or null}, or null. */
    private native Object[] getEnclosingMethod0();

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

    // ---- generic types (Signature attribute) ----

    private String genericSignature() {
        if (isPrimitive() || isArray()) {
            return null;
        }
        return sun.reflect.annotation.AnnotationParser.signature(this, 0, 0);
    }

    @SuppressWarnings("unchecked")
    public java.lang.reflect.TypeVariable<Class<T>>[] getTypeParameters() {
        String sig = genericSignature();
        if (sig == null) {
            return (java.lang.reflect.TypeVariable<Class<T>>[]) new java.lang.reflect.TypeVariable<?>[0];
        }
        return (java.lang.reflect.TypeVariable<Class<T>>[])
                sun.reflect.generics.Signatures.classTypeParameters(this, sig);
    }

    public java.lang.reflect.Type getGenericSuperclass() {
        String sig = genericSignature();
        if (sig == null) {
            return getSuperclass();
        }
        if (isInterface()) {
            return null;
        }
        return sun.reflect.generics.Signatures.classSuperclass(this, sig);
    }

    public java.lang.reflect.Type[] getGenericInterfaces() {
        String sig = genericSignature();
        if (sig == null) {
            return getInterfaces();
        }
        return sun.reflect.generics.Signatures.classInterfaces(this, sig);
    }

    public String toGenericString() {
        if (isPrimitive()) {
            return toString();
        }
        StringBuilder sb = new StringBuilder();
        Class<?> component = this;
        int arrayDepth = 0;
        if (isArray()) {
            do {
                arrayDepth++;
                component = component.getComponentType();
            } while (component.isArray());
            sb.append(component.getName());
        } else {
            int modifiers = getModifiers() & java.lang.reflect.Modifier.classModifiers();
            if (modifiers != 0) {
                sb.append(java.lang.reflect.Modifier.toString(modifiers)).append(' ');
            }
            if (isAnnotation()) {
                sb.append('@');
            }
            if (isInterface()) {
                sb.append("interface");
            } else if (isEnum()) {
                sb.append("enum");
            } else if (isRecord()) {
                sb.append("record");
            } else {
                sb.append("class");
            }
            sb.append(' ').append(getName());
        }
        java.lang.reflect.TypeVariable<?>[] typeparms = component.getTypeParameters();
        if (typeparms.length > 0) {
            sb.append('<');
            for (int i = 0; i < typeparms.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                java.lang.reflect.TypeVariable<?> v = typeparms[i];
                java.lang.reflect.Type[] bounds = v.getBounds();
                sb.append(v.getName());
                if (!(bounds.length == 1 && bounds[0].equals(Object.class))) {
                    sb.append(" extends ");
                    for (int j = 0; j < bounds.length; j++) {
                        if (j > 0) {
                            sb.append(" & ");
                        }
                        sb.append(bounds[j].getTypeName());
                    }
                }
            }
            sb.append('>');
        }
        if (arrayDepth > 0) {
            sb.append("[]".repeat(arrayDepth));
        }
        return sb.toString();
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

    /** The package of this class, or null for primitive types and array classes. */
    public Package getPackage() {
        if (isPrimitive() || isArray()) {
            return null;
        }
        Package p = Package.of(getPackageName());
        p.versionFrom(this);
        return p;
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
        // lambda proxies, hidden classes on HotSpot, are named Outer$$Lambda$<n> (runtime indy.rs)
        String name = getName();
        return name.indexOf('/') >= 0 || (isSynthetic() && name.contains("$$Lambda$"));
    }

    public Class<?> componentType() {
        return isArray() ? getComponentType() : null;
    }

    public Class<?> arrayType() {
        return java.lang.reflect.Array.newInstance(this, 0).getClass();
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

    // ---- reflection: members ----

    private static final int KIND_FIELD = 0;
    private static final int KIND_METHOD = 1;
    private static final int KIND_CONSTRUCTOR = 2;
    /** HotSpot's JVM_RECOGNIZED_FIELD_MODIFIERS / JVM_RECOGNIZED_METHOD_MODIFIERS. */
    private static final int FIELD_FLAGS = 0x50DF;
    private static final int METHOD_FLAGS = 0x1DFF;

    private static jdk.internal.reflect.LangReflectAccess reflectAccess() {
        return jdk.internal.reflect.Reflection.langReflectAccess();
    }

    private java.lang.reflect.Field[] declaredFieldsShared() {
        java.lang.reflect.Field[] fields = declaredFieldsCache;
        if (fields == null) {
            int[] data = getDeclaredMembers0(KIND_FIELD);
            jdk.internal.reflect.LangReflectAccess access = reflectAccess();
            fields = new java.lang.reflect.Field[data.length / 2];
            for (int i = 0; i < fields.length; i++) {
                int slot = data[2 * i];
                String name = getMemberName0(KIND_FIELD, slot).intern();
                Class<?> type = getMemberTypes0(KIND_FIELD, slot)[0];
                fields[i] = access.newField(this, slot, name, type, data[2 * i + 1] & FIELD_FLAGS);
            }
            declaredFieldsCache = fields;
        }
        return fields;
    }

    private java.lang.reflect.Method[] declaredMethodsShared() {
        java.lang.reflect.Method[] methods = declaredMethodsCache;
        if (methods == null) {
            int[] data = getDeclaredMembers0(KIND_METHOD);
            jdk.internal.reflect.LangReflectAccess access = reflectAccess();
            methods = new java.lang.reflect.Method[data.length / 2];
            for (int i = 0; i < methods.length; i++) {
                int slot = data[2 * i];
                String name = getMemberName0(KIND_METHOD, slot).intern();
                Class<?>[] types = getMemberTypes0(KIND_METHOD, slot);
                Class<?>[] params = new Class<?>[types.length - 1];
                System.arraycopy(types, 1, params, 0, params.length);
                Class<?>[] exceptions = getMemberExceptions0(slot);
                methods[i] = access.newMethod(this, slot, name, types[0], params, exceptions,
                        data[2 * i + 1] & METHOD_FLAGS);
            }
            declaredMethodsCache = methods;
        }
        return methods;
    }

    @SuppressWarnings("unchecked")
    private java.lang.reflect.Constructor<T>[] declaredConstructorsShared() {
        java.lang.reflect.Constructor<T>[] constructors = declaredConstructorsCache;
        if (constructors == null) {
            int[] data = isInterface() ? new int[0] : getDeclaredMembers0(KIND_CONSTRUCTOR);
            jdk.internal.reflect.LangReflectAccess access = reflectAccess();
            constructors = (java.lang.reflect.Constructor<T>[])
                    new java.lang.reflect.Constructor<?>[data.length / 2];
            for (int i = 0; i < constructors.length; i++) {
                int slot = data[2 * i];
                Class<?>[] types = getMemberTypes0(KIND_CONSTRUCTOR, slot);
                Class<?>[] params = new Class<?>[types.length - 1];
                System.arraycopy(types, 1, params, 0, params.length);
                Class<?>[] exceptions = getMemberExceptions0(slot);
                constructors[i] = access.newConstructor(this, slot, params, exceptions,
                        data[2 * i + 1] & METHOD_FLAGS);
            }
            declaredConstructorsCache = constructors;
        }
        return constructors;
    }

    private static boolean isPublicMember(int modifiers) {
        return (modifiers & java.lang.reflect.Modifier.PUBLIC) != 0;
    }

    private static boolean sameTypes(Class<?>[] a, Class<?>[] b) {
        int la = a == null ? 0 : a.length;
        int lb = b == null ? 0 : b.length;
        if (la != lb) {
            return false;
        }
        for (int i = 0; i < la; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private String methodToString(String name, Class<?>[] argTypes) {
        StringBuilder sb = new StringBuilder();
        sb.append(getName()).append('.').append(name).append('(');
        if (argTypes != null) {
            for (int i = 0; i < argTypes.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Class<?> c = argTypes[i];
                sb.append(c == null ? "null" : c.getName());
            }
        }
        return sb.append(')').toString();
    }

    // fields

    public java.lang.reflect.Field[] getDeclaredFields() {
        java.lang.reflect.Field[] shared = declaredFieldsShared();
        jdk.internal.reflect.LangReflectAccess access = reflectAccess();
        java.lang.reflect.Field[] result = new java.lang.reflect.Field[shared.length];
        for (int i = 0; i < shared.length; i++) {
            result[i] = access.copyField(shared[i]);
        }
        return result;
    }

    public java.lang.reflect.Field getDeclaredField(String name) throws NoSuchFieldException {
        if (name == null) {
            throw new NullPointerException();
        }
        for (java.lang.reflect.Field f : declaredFieldsShared()) {
            if (f.getName().equals(name)) {
                return reflectAccess().copyField(f);
            }
        }
        throw new NoSuchFieldException(name);
    }

    private void collectPublicFields(java.util.ArrayList<java.lang.reflect.Field> out,
            java.util.ArrayList<Class<?>> visitedInterfaces) {
        for (java.lang.reflect.Field f : declaredFieldsShared()) {
            if (isPublicMember(f.getModifiers())) {
                out.add(f);
            }
        }
        for (Class<?> i : getInterfaces()) {
            if (!visitedInterfaces.contains(i)) {
                visitedInterfaces.add(i);
                i.collectPublicFields(out, visitedInterfaces);
            }
        }
        if (!isInterface()) {
            Class<?> s = getSuperclass();
            if (s != null) {
                s.collectPublicFields(out, visitedInterfaces);
            }
        }
    }

    public java.lang.reflect.Field[] getFields() {
        java.util.ArrayList<java.lang.reflect.Field> list = new java.util.ArrayList<>();
        collectPublicFields(list, new java.util.ArrayList<>());
        jdk.internal.reflect.LangReflectAccess access = reflectAccess();
        java.lang.reflect.Field[] result = new java.lang.reflect.Field[list.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = access.copyField(list.get(i));
        }
        return result;
    }

    private java.lang.reflect.Field searchPublicField(String name) {
        for (java.lang.reflect.Field f : declaredFieldsShared()) {
            if (isPublicMember(f.getModifiers()) && f.getName().equals(name)) {
                return f;
            }
        }
        for (Class<?> i : getInterfaces()) {
            java.lang.reflect.Field f = i.searchPublicField(name);
            if (f != null) {
                return f;
            }
        }
        if (!isInterface()) {
            Class<?> s = getSuperclass();
            if (s != null) {
                return s.searchPublicField(name);
            }
        }
        return null;
    }

    public java.lang.reflect.Field getField(String name) throws NoSuchFieldException {
        if (name == null) {
            throw new NullPointerException();
        }
        java.lang.reflect.Field f = searchPublicField(name);
        if (f == null) {
            throw new NoSuchFieldException(name);
        }
        return reflectAccess().copyField(f);
    }

    // methods

    private static java.lang.reflect.Method[] copyMethods(java.util.List<java.lang.reflect.Method> list) {
        jdk.internal.reflect.LangReflectAccess access = reflectAccess();
        java.lang.reflect.Method[] result = new java.lang.reflect.Method[list.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = access.copyMethod(list.get(i));
        }
        return result;
    }

    public java.lang.reflect.Method[] getDeclaredMethods() {
        return copyMethods(java.util.Arrays.asList(declaredMethodsShared()));
    }

    /** Of the methods named name with these parameter types, the one with the most specific return type. */
    private static java.lang.reflect.Method searchMethods(Iterable<java.lang.reflect.Method> methods,
            String name, Class<?>[] parameterTypes) {
        java.lang.reflect.Method res = null;
        for (java.lang.reflect.Method m : methods) {
            if (m.getName().equals(name) && sameTypes(parameterTypes, m.getParameterTypes())
                    && (res == null
                        || (res.getReturnType() != m.getReturnType()
                            && res.getReturnType().isAssignableFrom(m.getReturnType())))) {
                res = m;
            }
        }
        return res;
    }

    public java.lang.reflect.Method getDeclaredMethod(String name, Class<?>... parameterTypes)
            throws NoSuchMethodException {
        if (name == null) {
            throw new NullPointerException();
        }
        java.lang.reflect.Method m = searchMethods(java.util.Arrays.asList(declaredMethodsShared()),
                name, parameterTypes);
        if (m == null) {
            throw new NoSuchMethodException(methodToString(name, parameterTypes));
        }
        return reflectAccess().copyMethod(m);
    }

    /** JDK's PublicMethods.MethodList.merge: keeps the most specific of same-signature methods. */
    private static void mergePublicMethod(java.util.ArrayList<java.lang.reflect.Method> list,
            java.lang.reflect.Method method) {
        Class<?> dclass = method.getDeclaringClass();
        Class<?> rtype = method.getReturnType();
        String name = method.getName();
        Class<?>[] ptypes = method.getParameterTypes();
        for (int i = 0; i < list.size(); i++) {
            java.lang.reflect.Method x = list.get(i);
            if (!x.getName().equals(name) || rtype != x.getReturnType()
                    || !sameTypes(ptypes, x.getParameterTypes())) {
                continue;
            }
            Class<?> xdclass = x.getDeclaringClass();
            if (dclass.isInterface() == xdclass.isInterface()) {
                if (dclass.isAssignableFrom(xdclass)) {
                    return;
                }
                if (xdclass.isAssignableFrom(dclass)) {
                    list.remove(i);
                    i--;
                }
            } else if (dclass.isInterface()) {
                return;
            } else {
                list.remove(i);
                i--;
            }
        }
        list.add(method);
    }

    private java.util.ArrayList<java.lang.reflect.Method> publicMethods() {
        java.util.ArrayList<java.lang.reflect.Method> list = new java.util.ArrayList<>();
        for (java.lang.reflect.Method m : declaredMethodsShared()) {
            if (isPublicMember(m.getModifiers())) {
                mergePublicMethod(list, m);
            }
        }
        if (!isInterface()) {
            Class<?> s = getSuperclass();
            if (s != null) {
                for (java.lang.reflect.Method m : s.publicMethods()) {
                    mergePublicMethod(list, m);
                }
            }
        }
        for (Class<?> i : getInterfaces()) {
            for (java.lang.reflect.Method m : i.publicMethods()) {
                if ((m.getModifiers() & java.lang.reflect.Modifier.STATIC) == 0) {
                    mergePublicMethod(list, m);
                }
            }
        }
        return list;
    }

    public java.lang.reflect.Method[] getMethods() {
        java.util.List<java.lang.reflect.Method> list = publicMethods();
        jdk.internal.reflect.LangReflectAccess access = reflectAccess();
        java.lang.reflect.Method[] result = new java.lang.reflect.Method[list.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = access.copyPublicMethod(list.get(i));
        }
        return result;
    }

    public java.lang.reflect.Method getMethod(String name, Class<?>... parameterTypes)
            throws NoSuchMethodException {
        if (name == null) {
            throw new NullPointerException();
        }
        java.lang.reflect.Method m = searchMethods(publicMethods(), name, parameterTypes);
        if (m == null) {
            throw new NoSuchMethodException(methodToString(name, parameterTypes));
        }
        return reflectAccess().copyPublicMethod(m);
    }

    // constructors

    @SuppressWarnings("unchecked")
    private java.lang.reflect.Constructor<T>[] copyConstructors(boolean publicOnly) {
        jdk.internal.reflect.LangReflectAccess access = reflectAccess();
        java.util.ArrayList<java.lang.reflect.Constructor<T>> list = new java.util.ArrayList<>();
        for (java.lang.reflect.Constructor<T> c : declaredConstructorsShared()) {
            if (!publicOnly) {
                list.add(access.copyConstructor(c));
            } else if (isPublicMember(c.getModifiers())) {
                list.add(access.copyPublicConstructor(c));
            }
        }
        return list.toArray(new java.lang.reflect.Constructor[0]);
    }

    public java.lang.reflect.Constructor<?>[] getDeclaredConstructors() {
        return copyConstructors(false);
    }

    public java.lang.reflect.Constructor<?>[] getConstructors() {
        return copyConstructors(true);
    }

    private java.lang.reflect.Constructor<T> searchConstructor(Class<?>[] parameterTypes,
            boolean publicOnly) throws NoSuchMethodException {
        for (java.lang.reflect.Constructor<T> c : declaredConstructorsShared()) {
            if ((!publicOnly || isPublicMember(c.getModifiers()))
                    && sameTypes(parameterTypes, c.getParameterTypes())) {
                return publicOnly ? reflectAccess().copyPublicConstructor(c)
                        : reflectAccess().copyConstructor(c);
            }
        }
        throw new NoSuchMethodException(methodToString("<init>", parameterTypes));
    }

    public java.lang.reflect.Constructor<T> getDeclaredConstructor(Class<?>... parameterTypes)
            throws NoSuchMethodException {
        return searchConstructor(parameterTypes, false);
    }

    public java.lang.reflect.Constructor<T> getConstructor(Class<?>... parameterTypes)
            throws NoSuchMethodException {
        return searchConstructor(parameterTypes, true);
    }

    @Deprecated(since = "9")
    public T newInstance() throws InstantiationException, IllegalAccessException {
        if (this == Class.class) {
            throw new IllegalAccessException(
                    "Can not call newInstance() on the Class for java.lang.Class");
        }
        java.lang.reflect.Constructor<T> c;
        try {
            c = getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw (InstantiationException) new InstantiationException(getName()).initCause(e);
        }
        try {
            return c.newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            Class.<RuntimeException>sneakyThrow(e.getTargetException());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }

    // ---- reflection: nesting, records, sealed classes ----

    public Class<?> getEnclosingClass() {
        if (isArray() || isPrimitive()) {
            return null;
        }
        Object[] info = getEnclosingMethod0();
        if (info == null) {
            return getDeclaringClass0();
        }
        return (Class<?>) info[0];
    }

    private static String descriptorOf(Class<?> returnType, Class<?>[] params) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : params) {
            sb.append(p.descriptorString());
        }
        return sb.append(')').append(returnType.descriptorString()).toString();
    }

    public java.lang.reflect.Method getEnclosingMethod() {
        Object[] info = isArray() || isPrimitive() ? null : getEnclosingMethod0();
        if (info == null || info[1] == null || "<init>".equals(info[1])) {
            return null;
        }
        Class<?> enclosing = (Class<?>) info[0];
        for (java.lang.reflect.Method m : enclosing.declaredMethodsShared()) {
            if (m.getName().equals(info[1])
                    && descriptorOf(m.getReturnType(), m.getParameterTypes()).equals(info[2])) {
                return reflectAccess().copyMethod(m);
            }
        }
        throw new InternalError("Enclosing method not found");
    }

    public java.lang.reflect.Constructor<?> getEnclosingConstructor() {
        Object[] info = isArray() || isPrimitive() ? null : getEnclosingMethod0();
        if (info == null || !"<init>".equals(info[1])) {
            return null;
        }
        Class<?> enclosing = (Class<?>) info[0];
        for (java.lang.reflect.Constructor<?> c : enclosing.declaredConstructorsShared()) {
            if (descriptorOf(void.class, c.getParameterTypes()).equals(info[2])) {
                return reflectAccess().copyConstructor(c);
            }
        }
        throw new InternalError("Enclosing constructor not found");
    }

    public Class<?> getNestHost() {
        if (isPrimitive() || isArray()) {
            return this;
        }
        return getNestHost0();
    }

    /** The nest host first, then the members its NestMembers attribute lists. */
    public Class<?>[] getNestMembers() {
        if (isPrimitive() || isArray()) {
            return new Class<?>[] {this};
        }
        Class<?> host = getNestHost();
        Class<?>[] members = host.getNestMembers0();
        Class<?>[] all = new Class<?>[members.length + 1];
        all[0] = host;
        System.arraycopy(members, 0, all, 1, members.length);
        return all;
    }

    public boolean isNestmateOf(Class<?> c) {
        if (this == c) {
            return true;
        }
        if (isPrimitive() || isArray() || c.isPrimitive() || c.isArray()) {
            return false;
        }
        return getNestHost() == c.getNestHost();
    }

    public java.lang.reflect.RecordComponent[] getRecordComponents() {
        if (!isRecord()) {
            return null;
        }
        String[] names = getRecordComponentNames0();
        if (names == null) {
            return null;
        }
        jdk.internal.reflect.LangReflectAccess access = reflectAccess();
        java.lang.reflect.RecordComponent[] result = new java.lang.reflect.RecordComponent[names.length];
        for (int i = 0; i < names.length; i++) {
            java.lang.reflect.Method accessor = null;
            for (java.lang.reflect.Method m : declaredMethodsShared()) {
                if (m.getName().equals(names[i]) && m.getParameterCount() == 0) {
                    accessor = m;
                    break;
                }
            }
            Class<?> type = accessor == null ? Object.class : accessor.getReturnType();
            result[i] = access.newRecordComponent(this, names[i].intern(), type, accessor);
        }
        return result;
    }

    public Class<?>[] getDeclaredClasses() {
        if (isArray() || isPrimitive()) {
            return new Class<?>[0];
        }
        return getDeclaredClasses0();
    }

    /** The public member classes of this class and of its superclasses (inherited ones too). */
    public Class<?>[] getClasses() {
        java.util.List<Class<?>> list = new java.util.ArrayList<>();
        for (Class<?> c = this; c != null; c = c.getSuperclass()) {
            for (Class<?> member : c.getDeclaredClasses()) {
                if (java.lang.reflect.Modifier.isPublic(member.getModifiers())) {
                    list.add(member);
                }
            }
        }
        return list.toArray(new Class<?>[0]);
    }

    public Class<?>[] getPermittedSubclasses() {
        if (isArray() || isPrimitive()) {
            return null;
        }
        return getPermittedSubclasses0();
    }

    public boolean isSealed() {
        if (isArray() || isPrimitive()) {
            return false;
        }
        return getPermittedSubclasses0() != null;
    }

    // ---- annotations (runtime-visible, parsed by sun.reflect.annotation.AnnotationParser) ----

    @Override
    @SuppressWarnings("unchecked")
    public <A extends java.lang.annotation.Annotation> A getAnnotation(Class<A> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return (A) sun.reflect.annotation.AnnotationParser.annotations(this).get(annotationClass);
    }

    @Override
    public boolean isAnnotationPresent(Class<? extends java.lang.annotation.Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    @Override
    public java.lang.annotation.Annotation[] getAnnotations() {
        return sun.reflect.annotation.AnnotationParser.annotations(this).values()
                .toArray(new java.lang.annotation.Annotation[0]);
    }

    @Override
    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        return sun.reflect.annotation.AnnotationParser.declaredAnnotations(this).values()
                .toArray(new java.lang.annotation.Annotation[0]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A extends java.lang.annotation.Annotation> A getDeclaredAnnotation(Class<A> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return (A) sun.reflect.annotation.AnnotationParser.declaredAnnotations(this).get(annotationClass);
    }

    @Override
    public <A extends java.lang.annotation.Annotation> A[] getAnnotationsByType(Class<A> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return sun.reflect.annotation.AnnotationParser.byType(
                sun.reflect.annotation.AnnotationParser.annotations(this), annotationClass);
    }

    @Override
    public <A extends java.lang.annotation.Annotation> A[] getDeclaredAnnotationsByType(Class<A> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        return sun.reflect.annotation.AnnotationParser.byType(
                sun.reflect.annotation.AnnotationParser.declaredAnnotations(this), annotationClass);
    }

    // ---- loading ----

    /** The Class of the primitive type (or void) named primitiveName, else null (Java 22). */
    public static Class<?> forPrimitiveName(String primitiveName) {
        return switch (primitiveName) {
            case "boolean" -> boolean.class;
            case "byte" -> byte.class;
            case "char" -> char.class;
            case "short" -> short.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "float" -> float.class;
            case "double" -> double.class;
            case "void" -> void.class;
            default -> null;
        };
    }

    public static Class<?> forName(String className) throws ClassNotFoundException {
        return forName0(className, true);
    }

    /** Loads through {@code loader} (null: the boot loader), calling a user loader's loadClass. */
    public static Class<?> forName(String name, boolean initialize, ClassLoader loader)
            throws ClassNotFoundException {
        if (name == null) {
            throw new NullPointerException();
        }
        return forName1(name, initialize, loader);
    }

    private static native Class<?> forName1(String name, boolean initialize, ClassLoader loader);

    /** 0: the boot loader, 1: the application loader, 2: a user-defined loader. */
    private native int loaderKind0();

    private native ClassLoader userLoader0();

    /**
     * The class's module: java.base for the class library (and primitive types), the named
     * dynamic module jdk.proxyN for proxy classes of public interfaces, otherwise the unnamed
     * module of the defining loader. Arrays are in their element type's module.
     */
    public Module getModule() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        ClassLoader loader = c.getClassLoader();
        if (c.isPrimitive() || (loader == null && c.loaderKind0() == 0
                && !java.lang.reflect.Proxy.isProxyClass(c))) {
            return Module.JAVA_BASE;
        }
        String pkg = c.getPackageName();
        if (pkg.startsWith("jdk.proxy") && java.lang.reflect.Proxy.isProxyClass(c)) {
            return Module.dynamic(pkg, loader);
        }
        if (loader == null) {
            return Module.JAVA_BASE;
        }
        return loader.getUnnamedModule();
    }

    /** The defining loader: null for java.base (and primitive) classes. */
    public ClassLoader getClassLoader() {
        switch (loaderKind0()) {
            case 1:
                return ClassLoader.getSystemClassLoader();
            case 2:
                return userLoader0();
            default:
                return null;
        }
    }

    public java.security.ProtectionDomain getProtectionDomain() {
        return new java.security.ProtectionDomain(null, null);
    }

    public boolean desiredAssertionStatus() {
        ClassLoader loader = getClassLoader();
        if (loader == null) {
            return ClassLoader.systemAssertionStatus(getName());
        }
        return loader.desiredAssertionStatus(getName());
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

    /** A name relative to this class's package, unless it starts with '/'. */
    private String resolveName(String name) {
        if (!name.startsWith("/")) {
            Class<?> c = this;
            while (c.isArray()) {
                c = c.getComponentType();
            }
            String pn = c.getPackageName();
            if (!pn.isEmpty()) {
                name = pn.replace('.', '/') + "/" + name;
            }
        } else {
            name = name.substring(1);
        }
        return name;
    }

    /** Through the defining loader; java.base classes have no resources in Cortado. */
    public java.net.URL getResource(String name) {
        name = resolveName(name);
        ClassLoader cl = getClassLoader();
        return cl == null ? null : cl.getResource(name);
    }

    public java.io.InputStream getResourceAsStream(String name) {
        name = resolveName(name);
        ClassLoader cl = getClassLoader();
        return cl == null ? null : cl.getResourceAsStream(name);
    }

    /** A nominal descriptor of this class; empty for a hidden class, as the JDK's. */
    public java.util.Optional<java.lang.constant.ClassDesc> describeConstable() {
        if (isHidden()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(java.lang.constant.ClassDesc.ofDescriptor(descriptorString()));
    }
}
