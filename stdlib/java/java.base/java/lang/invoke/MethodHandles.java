package java.lang.invoke;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Lookups and combinators. Direct handles call through reflection with the access checks
 * done here, per the lookup class and modes (JDK 17's rules for one module), and the
 * reflective checks suppressed; exceptions of the target propagate unwrapped.
 */
public class MethodHandles {
    private MethodHandles() {}

    public static Lookup lookup() {
        Class<?> caller = jdk.internal.reflect.Reflection.getCallerClass();
        return new Lookup(caller, null, Lookup.FULL_POWER_MODES);
    }

    public static Lookup publicLookup() {
        return new Lookup(Object.class, null, Lookup.UNCONDITIONAL);
    }

    public static Lookup privateLookupIn(Class<?> targetClass, Lookup caller)
            throws IllegalAccessException {
        if (targetClass.isPrimitive()) {
            throw new IllegalArgumentException(targetClass + " is a primitive class");
        }
        if (targetClass.isArray()) {
            throw new IllegalArgumentException(targetClass + " is an array class");
        }
        if ((caller.lookupModes() & Lookup.MODULE) == 0) {
            throw new IllegalAccessException("caller does not have MODULE lookup mode");
        }
        return new Lookup(targetClass, null, Lookup.FULL_POWER_MODES & ~Lookup.ORIGINAL);
    }

    /** Defines {@code bytes} (class {@code name}) with the loader of {@code lookupClass}. */
    static native Class<?> defineClass0(Class<?> lookupClass, String name, byte[] bytes);

    static jdk.internal.reflect.LangReflectAccess access() {
        return jdk.internal.reflect.Reflection.langReflectAccess();
    }

    public static final class Lookup {
        public static final int PUBLIC = 0x00000001;
        public static final int PRIVATE = 0x00000002;
        public static final int PROTECTED = 0x00000004;
        public static final int PACKAGE = 0x00000008;
        public static final int MODULE = PACKAGE << 1;
        public static final int UNCONDITIONAL = PACKAGE << 2;
        public static final int ORIGINAL = PACKAGE << 3;
        static final int FULL_POWER_MODES = PUBLIC | PRIVATE | PROTECTED | PACKAGE | MODULE
                | ORIGINAL;

        private final Class<?> lookupClass;
        private final Class<?> prevLookupClass;
        private final int allowedModes;

        Lookup(Class<?> lookupClass, Class<?> prevLookupClass, int allowedModes) {
            this.lookupClass = lookupClass;
            this.prevLookupClass = prevLookupClass;
            this.allowedModes = allowedModes;
        }

        public Class<?> lookupClass() {
            return lookupClass;
        }

        public Class<?> previousLookupClass() {
            return prevLookupClass;
        }

        public int lookupModes() {
            return allowedModes;
        }

        public Lookup in(Class<?> requestedLookupClass) {
            if (requestedLookupClass.isPrimitive() || requestedLookupClass.isArray()) {
                throw new IllegalArgumentException(requestedLookupClass
                        + " is a primitive or array class");
            }
            if (requestedLookupClass == lookupClass) {
                return this;
            }
            if (allowedModes == UNCONDITIONAL) {
                return new Lookup(requestedLookupClass, null, UNCONDITIONAL);
            }
            int newModes = allowedModes & FULL_POWER_MODES & ~ORIGINAL;
            Class<?> newPrev = prevLookupClass;
            if ((newModes & MODULE) != 0
                    && lookupClass.getModule() != requestedLookupClass.getModule()) {
                newModes &= ~(MODULE | PACKAGE | PRIVATE | PROTECTED);
                newPrev = lookupClass;
            }
            if ((newModes & PACKAGE) != 0 && !samePackage(lookupClass, requestedLookupClass)) {
                newModes &= ~(PACKAGE | PRIVATE | PROTECTED);
            }
            if ((newModes & PRIVATE) != 0
                    && lookupClass.getNestHost() != requestedLookupClass.getNestHost()) {
                newModes &= ~(PRIVATE | PROTECTED);
            }
            if ((newModes & PUBLIC) != 0 && !classAccessible(requestedLookupClass)) {
                newModes = 0;
            }
            return new Lookup(requestedLookupClass, newPrev, newModes);
        }

        public Lookup dropLookupMode(int modeToDrop) {
            int newModes = allowedModes & ~(modeToDrop | ORIGINAL);
            if ((modeToDrop & PUBLIC) != 0) {
                newModes = 0;
            } else if ((modeToDrop & MODULE) != 0) {
                newModes &= ~(PACKAGE | PRIVATE | PROTECTED);
            } else if ((modeToDrop & PACKAGE) != 0) {
                newModes &= ~(PRIVATE | PROTECTED);
            } else if ((modeToDrop & PRIVATE) != 0) {
                newModes &= ~PROTECTED;
            }
            return new Lookup(lookupClass, prevLookupClass, newModes);
        }

        public boolean hasFullPrivilegeAccess() {
            return (allowedModes & (PRIVATE | MODULE)) == (PRIVATE | MODULE);
        }

        @Deprecated
        public boolean hasPrivateAccess() {
            return hasFullPrivilegeAccess();
        }

        @Override
        public String toString() {
            String cname = lookupClass.getName();
            if (prevLookupClass != null) {
                cname += "/" + prevLookupClass.getName();
            }
            switch (allowedModes) {
                case 0:
                    return cname + "/noaccess";
                case UNCONDITIONAL:
                    return cname + "/publicLookup";
                case PUBLIC:
                    return cname + "/public";
                case PUBLIC | MODULE:
                    return cname + "/module";
                case PUBLIC | PACKAGE:
                case PUBLIC | MODULE | PACKAGE:
                    return cname + "/package";
                case PUBLIC | PACKAGE | PRIVATE:
                case PUBLIC | MODULE | PACKAGE | PRIVATE:
                    return cname + "/private";
                case PUBLIC | PACKAGE | PRIVATE | PROTECTED:
                case PUBLIC | MODULE | PACKAGE | PRIVATE | PROTECTED:
                case FULL_POWER_MODES:
                    return cname;
                default:
                    return cname + "/" + Integer.toHexString(allowedModes);
            }
        }

        public Class<?> defineClass(byte[] bytes) throws IllegalAccessException {
            if ((allowedModes & PACKAGE) == 0) {
                throw new IllegalAccessException("Lookup does not have PACKAGE access");
            }
            String name = binaryName(bytes);
            int dot = name.lastIndexOf('.');
            String pkg = dot < 0 ? "" : name.substring(0, dot);
            if (!pkg.equals(lookupClass.getPackageName())) {
                throw new IllegalArgumentException(name
                        + " not in same package as lookup class");
            }
            return defineClass0(lookupClass, name, bytes);
        }

        /** The binary name of the class in {@code bytes} (its this_class entry). */
        private static String binaryName(byte[] bytes) {
            try {
                java.io.DataInputStream in = new java.io.DataInputStream(
                        new java.io.ByteArrayInputStream(bytes));
                if (in.readInt() != 0xCAFEBABE) {
                    throw new java.io.IOException();
                }
                in.readUnsignedShort();
                in.readUnsignedShort();
                int count = in.readUnsignedShort();
                String[] utf8 = new String[count];
                int[] classNames = new int[count];
                for (int i = 1; i < count; i++) {
                    int tag = in.readUnsignedByte();
                    switch (tag) {
                        case 1:
                            utf8[i] = in.readUTF();
                            break;
                        case 7:
                            classNames[i] = in.readUnsignedShort();
                            break;
                        case 8: case 16: case 19: case 20:
                            in.readUnsignedShort();
                            break;
                        case 15:
                            in.readUnsignedByte();
                            in.readUnsignedShort();
                            break;
                        case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
                            in.readInt();
                            break;
                        case 5: case 6:
                            in.readLong();
                            i++;
                            break;
                        default:
                            throw new java.io.IOException();
                    }
                }
                in.readUnsignedShort();
                int thisClass = in.readUnsignedShort();
                String name = utf8[classNames[thisClass]];
                if (name == null) {
                    throw new java.io.IOException();
                }
                return name.replace('/', '.');
            } catch (java.io.IOException | RuntimeException e) {
                throw new ClassFormatError("Invalid ClassFile structure");
            }
        }

        public Class<?> findClass(String targetName)
                throws ClassNotFoundException, IllegalAccessException {
            Class<?> c = Class.forName(targetName, false, lookupClass.getClassLoader());
            return accessClass(c);
        }

        public Class<?> accessClass(Class<?> targetClass) throws IllegalAccessException {
            Class<?> element = targetClass;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (!element.isPrimitive() && !classAccessible(element)) {
                throw new IllegalAccessException("access violation: " + targetClass
                        + ", from " + fromText());
            }
            return targetClass;
        }

        public Class<?> ensureInitialized(Class<?> targetClass) throws IllegalAccessException {
            accessClass(targetClass);
            try {
                Class.forName(targetClass.getName(), true, targetClass.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new InternalError(e);
            }
            return targetClass;
        }

        // ---- access checks ----

        private static boolean samePackage(Class<?> a, Class<?> b) {
            return a.getClassLoader() == b.getClassLoader()
                    && a.getPackageName().equals(b.getPackageName());
        }

        private boolean classAccessible(Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.isPrimitive() || Modifier.isPublic(c.getModifiers())) {
                return true;
            }
            return (allowedModes & PACKAGE) != 0 && samePackage(lookupClass, c);
        }

        private boolean memberAccessible(Class<?> refc, Class<?> defc, int mods) {
            if (!classAccessible(refc)) {
                return false;
            }
            if (Modifier.isPublic(mods)) {
                return true;
            }
            if (allowedModes == UNCONDITIONAL) {
                return false;
            }
            if (Modifier.isPrivate(mods)) {
                return (allowedModes & PRIVATE) != 0
                        && (defc == lookupClass || defc.getNestHost() == lookupClass.getNestHost());
            }
            if ((allowedModes & PACKAGE) != 0 && samePackage(defc, lookupClass)) {
                return true;
            }
            if (Modifier.isProtected(mods) && (allowedModes & PROTECTED) != 0) {
                return defc.isAssignableFrom(lookupClass);
            }
            return false;
        }

        /**
         * The JVM's own access check of a method's resolution from the lookup class (modes
         * aside): a failure is reported as "no such method", as HotSpot's resolution does.
         */
        private boolean resolvable(Class<?> refc, Class<?> defc, int mods) {
            if (!Modifier.isPublic(refc.getModifiers()) && !samePackage(lookupClass, refc)) {
                return false;
            }
            if (Modifier.isPublic(mods)) {
                return true;
            }
            if (Modifier.isPrivate(mods)) {
                return defc == lookupClass || defc.getNestHost() == lookupClass.getNestHost();
            }
            if (samePackage(defc, lookupClass)) {
                return true;
            }
            return Modifier.isProtected(mods) && defc.isAssignableFrom(lookupClass);
        }

        private void checkSymbolicClass(Class<?> refc) throws IllegalAccessException {
            if (!classAccessible(refc)) {
                throw new IllegalAccessException("symbolic reference class is not accessible: "
                        + refc + ", from " + fromText());
            }
        }

        private void checkMethod(Class<?> refc, Method m, String text, MethodType type,
                String kind) throws IllegalAccessException {
            if (!resolvable(refc, m.getDeclaringClass(), m.getModifiers())) {
                throw new IllegalAccessException("no such method: " + text);
            }
            if (!memberAccessible(refc, m.getDeclaringClass(), m.getModifiers())) {
                throw accessFailed(refc, m.getDeclaringClass(), m.getModifiers(),
                        methodText(m.getDeclaringClass(), m.getName(), type, kind));
            }
        }

        private String fromText() {
            if (allowedModes == UNCONDITIONAL) {
                return "public Lookup";
            }
            return "class " + lookupClass.getName() + " (" + lookupClass.getModule() + ")";
        }

        private IllegalAccessException accessFailed(Class<?> refc, Class<?> defc, int mods,
                String member) {
            String message;
            if (!Modifier.isPublic(defc.getModifiers()) && !classAccessible(defc)
                    || !classAccessible(refc)) {
                message = "class is not public";
            } else if (Modifier.isPublic(mods)) {
                message = "access to public member failed";
            } else if (Modifier.isPrivate(mods)) {
                message = allowedModes == UNCONDITIONAL ? "member is private to package"
                        : "member is private";
            } else if (Modifier.isProtected(mods)) {
                message = "member is protected";
            } else {
                message = "member is private to package";
            }
            return new IllegalAccessException(message + ": " + member + ", from " + fromText());
        }

        private static String methodText(Class<?> c, String name, MethodType type,
                String kind) {
            return c.getName() + "." + name + type + "/" + kind;
        }

        private static String fieldText(Class<?> c, String name, Class<?> type, String kind) {
            return c.getName() + "." + name + "/" + type.getName() + "/" + kind;
        }

        // ---- member search ----

        private static Method findMethod(Class<?> refc, String name, MethodType type) {
            for (Class<?> c = refc; c != null; c = c.getSuperclass()) {
                Method m = declaredMethod(c, name, type);
                if (m != null) {
                    return m;
                }
            }
            return interfaceMethod(refc, name, type);
        }

        private static Method interfaceMethod(Class<?> refc, String name, MethodType type) {
            for (Class<?> c = refc; c != null; c = c.getSuperclass()) {
                for (Class<?> i : c.getInterfaces()) {
                    Method m = declaredMethod(i, name, type);
                    if (m != null && !Modifier.isStatic(m.getModifiers())) {
                        return m;
                    }
                    m = interfaceMethod(i, name, type);
                    if (m != null) {
                        return m;
                    }
                }
            }
            if (refc.isInterface()) {
                Method m = declaredMethod(Object.class, name, type);
                if (m != null && Modifier.isPublic(m.getModifiers())) {
                    return m;
                }
            }
            return null;
        }

        private static Method declaredMethod(Class<?> c, String name, MethodType type) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getReturnType() == type.returnType()
                        && java.util.Arrays.equals(m.getParameterTypes(), type.parameterArray())) {
                    return m;
                }
            }
            return null;
        }

        private static Field findField(Class<?> refc, String name, Class<?> type) {
            for (Class<?> c = refc; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals(name) && f.getType() == type) {
                        return f;
                    }
                }
                for (Class<?> i : c.getInterfaces()) {
                    Field f = findField(i, name, type);
                    if (f != null) {
                        return f;
                    }
                }
            }
            return null;
        }

        private static <T extends AccessibleObject> T trusted(T member) {
            access().setTrusted(member);
            return member;
        }

        private static MethodHandle varargs(MethodHandle mh, boolean isVarargs) {
            if (!isVarargs) {
                return mh;
            }
            MethodType t = mh.type();
            return mh.asVarargsCollector(t.parameterType(t.parameterCount() - 1));
        }

        // ---- factories ----

        public MethodHandle findStatic(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            checkSymbolicClass(refc);
            Method m = findMethod(refc, name, type);
            String text = methodText(refc, name, type, "invokeStatic");
            if (m == null) {
                if (!classAccessible(refc)) {
                    throw new IllegalAccessException("no such method: " + text);
                }
                throw new NoSuchMethodException("no such method: " + text);
            }
            if (!Modifier.isStatic(m.getModifiers()) || !classAccessible(refc)) {
                throw new IllegalAccessException("no such method: " + text);
            }
            checkMethod(refc, m, text, type, "invokeStatic");
            return varargs(new Handles.Direct(type, Handles.STATIC, trusted(m), null, null),
                    m.isVarArgs());
        }

        public MethodHandle findVirtual(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            String kind = refc.isInterface() ? "invokeInterface" : "invokeVirtual";
            checkSymbolicClass(refc);
            Method m = findMethod(refc, name, type);
            String text = methodText(refc, name, type, kind);
            if (m == null) {
                if (!classAccessible(refc)) {
                    throw new IllegalAccessException("no such method: " + text);
                }
                throw new NoSuchMethodException("no such method: " + text);
            }
            if (Modifier.isStatic(m.getModifiers()) || !classAccessible(refc)) {
                throw new IllegalAccessException("no such method: " + text);
            }
            checkMethod(refc, m, text, type, kind);
            MethodType handleType = type.insertParameterTypes(0, refc);
            return varargs(new Handles.Direct(handleType, Handles.VIRTUAL, trusted(m), null,
                    null), m.isVarArgs());
        }

        public MethodHandle findSpecial(Class<?> refc, String name, MethodType type,
                Class<?> specialCaller) throws NoSuchMethodException, IllegalAccessException {
            if (specialCaller != lookupClass && (allowedModes & PRIVATE) == 0
                    || (allowedModes & PRIVATE) == 0) {
                throw new IllegalAccessException("no private access for invokespecial: "
                        + specialCaller + ", from " + this);
            }
            Method m = findMethod(refc, name, type);
            String text = methodText(refc, name, type, "invokeSpecial");
            if (m == null) {
                throw new NoSuchMethodException("no such method: " + text);
            }
            if (Modifier.isStatic(m.getModifiers())) {
                throw new IllegalAccessException("no such method: " + text);
            }
            checkMethod(refc, m, text, type, "invokeSpecial");
            MethodType handleType = type.insertParameterTypes(0, specialCaller);
            return varargs(new Handles.Direct(handleType, Handles.SPECIAL, trusted(m), null,
                    null), m.isVarArgs());
        }

        public MethodHandle findConstructor(Class<?> refc, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            String text = methodText(refc, "<init>", type, "newInvokeSpecial");
            checkSymbolicClass(refc);
            if (refc.isArray()) {
                throw new NoSuchMethodException("no constructor for array class: "
                        + refc.getName());
            }
            Constructor<?> found = null;
            if (type.returnType() == void.class) {
                for (Constructor<?> c : refc.getDeclaredConstructors()) {
                    if (java.util.Arrays.equals(c.getParameterTypes(), type.parameterArray())) {
                        found = c;
                    }
                }
            }
            if (found == null) {
                throw new NoSuchMethodException("no such constructor: " + text);
            }
            if (!resolvable(refc, refc, found.getModifiers())) {
                throw new IllegalAccessException("no such constructor: " + text);
            }
            if (!memberAccessible(refc, refc, found.getModifiers())) {
                throw accessFailed(refc, refc, found.getModifiers(), text);
            }
            return varargs(new Handles.Direct(type.changeReturnType(refc), Handles.CONSTRUCTOR,
                    null, trusted(found), null), found.isVarArgs());
        }

        private Field field(Class<?> refc, String name, Class<?> type, String kind,
                boolean wantStatic, boolean setter)
                throws NoSuchFieldException, IllegalAccessException {
            checkSymbolicClass(refc);
            Field f = findField(refc, name, type);
            if (f == null) {
                throw new NoSuchFieldException("no such field: "
                        + fieldText(refc, name, type, kind));
            }
            int mods = f.getModifiers();
            boolean isStatic = Modifier.isStatic(mods);
            if (isStatic != wantStatic) {
                String actual = isStatic ? (setter ? "putStatic" : "getStatic")
                        : (setter ? "putField" : "getField");
                throw new IllegalAccessException((wantStatic ? "expected a static field: "
                        : "expected a non-static field: ")
                        + fieldText(f.getDeclaringClass(), name, type, actual) + ", from "
                        + fromText());
            }
            if (!memberAccessible(refc, f.getDeclaringClass(), mods)) {
                throw accessFailed(refc, f.getDeclaringClass(), mods,
                        fieldText(f.getDeclaringClass(), name, type, kind));
            }
            if (setter && Modifier.isFinal(mods)) {
                throw new IllegalAccessException("unexpected set of a final field: "
                        + fieldText(f.getDeclaringClass(), name, type, kind) + ", from "
                        + fromText());
            }
            return trusted(f);
        }

        public MethodHandle findGetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            Field f = field(refc, name, type, "getField", false, false);
            return new Handles.Direct(MethodType.methodType(type, refc), Handles.GETTER, null,
                    null, f);
        }

        public MethodHandle findSetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            Field f = field(refc, name, type, "putField", false, true);
            return new Handles.Direct(MethodType.methodType(void.class, refc, type),
                    Handles.SETTER, null, null, f);
        }

        public MethodHandle findStaticGetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            Field f = field(refc, name, type, "getStatic", true, false);
            return new Handles.Direct(MethodType.methodType(type), Handles.STATIC_GETTER, null,
                    null, f);
        }

        public MethodHandle findStaticSetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            Field f = field(refc, name, type, "putStatic", true, true);
            return new Handles.Direct(MethodType.methodType(void.class, type),
                    Handles.STATIC_SETTER, null, null, f);
        }

        public VarHandle findVarHandle(Class<?> recv, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            Field f = field(recv, name, type, "getField", false, false);
            return new VarHandle.FieldHandle(f, recv, Modifier.isFinal(f.getModifiers()));
        }

        public VarHandle findStaticVarHandle(Class<?> decl, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            Field f = field(decl, name, type, "getStatic", true, false);
            return new VarHandle.FieldHandle(f, null, Modifier.isFinal(f.getModifiers()));
        }

        public MethodHandle bind(Object receiver, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            return findVirtual(receiver.getClass(), name, type).bindTo(receiver);
        }

        // ---- unreflect ----

        @SuppressWarnings("deprecation")
        private void checkReflected(AccessibleObject member, Class<?> defc, int mods,
                String text) throws IllegalAccessException {
            if (!member.isAccessible() && !memberAccessible(defc, defc, mods)) {
                throw accessFailed(defc, defc, mods, text);
            }
        }

        public MethodHandle unreflect(Method m) throws IllegalAccessException {
            Class<?> defc = m.getDeclaringClass();
            MethodType type = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
            boolean isStatic = Modifier.isStatic(m.getModifiers());
            String kind = isStatic ? "invokeStatic"
                    : defc.isInterface() ? "invokeInterface" : "invokeVirtual";
            checkReflected(m, defc, m.getModifiers(), methodText(defc, m.getName(), type, kind));
            Method copy = trusted(access().copyMethod(m));
            if (isStatic) {
                return varargs(new Handles.Direct(type, Handles.STATIC, copy, null, null),
                        m.isVarArgs());
            }
            return varargs(new Handles.Direct(type.insertParameterTypes(0, defc),
                    Handles.VIRTUAL, copy, null, null), m.isVarArgs());
        }

        public MethodHandle unreflectSpecial(Method m, Class<?> specialCaller)
                throws IllegalAccessException {
            try {
                return findSpecial(m.getDeclaringClass(), m.getName(),
                        MethodType.methodType(m.getReturnType(), m.getParameterTypes()),
                        specialCaller);
            } catch (NoSuchMethodException e) {
                throw new InternalError(e);
            }
        }

        public MethodHandle unreflectConstructor(Constructor<?> c) throws IllegalAccessException {
            Class<?> defc = c.getDeclaringClass();
            MethodType type = MethodType.methodType(void.class, c.getParameterTypes());
            checkReflected(c, defc, c.getModifiers(),
                    methodText(defc, "<init>", type, "newInvokeSpecial"));
            Constructor<?> copy = trusted(access().copyConstructor(c));
            return varargs(new Handles.Direct(type.changeReturnType(defc), Handles.CONSTRUCTOR,
                    null, copy, null), c.isVarArgs());
        }

        @SuppressWarnings("deprecation")
        private Field reflectedField(Field f, boolean setter) throws IllegalAccessException {
            Class<?> defc = f.getDeclaringClass();
            int mods = f.getModifiers();
            boolean isStatic = Modifier.isStatic(mods);
            String kind = setter ? (isStatic ? "putStatic" : "putField")
                    : (isStatic ? "getStatic" : "getField");
            String text = fieldText(defc, f.getName(), f.getType(), kind);
            checkReflected(f, defc, mods, text);
            if (setter && Modifier.isFinal(mods) && (isStatic || !f.isAccessible())) {
                throw new IllegalAccessException("unexpected set of a final field: " + text
                        + ", from " + fromText());
            }
            return trusted(access().copyField(f));
        }

        public MethodHandle unreflectGetter(Field f) throws IllegalAccessException {
            Field copy = reflectedField(f, false);
            if (Modifier.isStatic(f.getModifiers())) {
                return new Handles.Direct(MethodType.methodType(f.getType()),
                        Handles.STATIC_GETTER, null, null, copy);
            }
            return new Handles.Direct(MethodType.methodType(f.getType(), f.getDeclaringClass()),
                    Handles.GETTER, null, null, copy);
        }

        public MethodHandle unreflectSetter(Field f) throws IllegalAccessException {
            Field copy = reflectedField(f, true);
            if (Modifier.isStatic(f.getModifiers())) {
                return new Handles.Direct(MethodType.methodType(void.class, f.getType()),
                        Handles.STATIC_SETTER, null, null, copy);
            }
            return new Handles.Direct(MethodType.methodType(void.class, f.getDeclaringClass(),
                    f.getType()), Handles.SETTER, null, null, copy);
        }

        public VarHandle unreflectVarHandle(Field f) throws IllegalAccessException {
            Field copy = reflectedField(f, false);
            boolean isStatic = Modifier.isStatic(f.getModifiers());
            return new VarHandle.FieldHandle(copy, isStatic ? null : f.getDeclaringClass(),
                    Modifier.isFinal(f.getModifiers()));
        }
    }

    // ---- combinators ----

    private static IllegalArgumentException newIllegalArgumentException(String message) {
        return new IllegalArgumentException(message);
    }

    /** A value for a parameter or constant of {@code type}, as the JDK's Wrapper.convert. */
    private static Object valueFor(Class<?> type, Object value) {
        if (!type.isPrimitive()) {
            return type.cast(value);
        }
        Class<?> w = Conversions.wrapper(type);
        Class<?> p = value == null ? null : Conversions.primitive(value.getClass());
        if (p == null || !Conversions.canWiden(p, type)) {
            if (value == null) {
                throw new NullPointerException();
            }
            throw new ClassCastException("class " + w.getName() + " is not compatible with class "
                    + value.getClass().getName());
        }
        return Conversions.widen(value, type);
    }

    public static MethodHandle constant(Class<?> type, Object value) {
        if (type == void.class) {
            throw newIllegalArgumentException("void type");
        }
        return new Handles.Constant(MethodType.methodType(type), valueFor(type, value), false);
    }

    public static MethodHandle identity(Class<?> type) {
        if (type == void.class) {
            throw newIllegalArgumentException("parameter type cannot be void");
        }
        return new Handles.Constant(MethodType.methodType(type, type), null, true);
    }

    public static MethodHandle zero(Class<?> type) {
        if (type == void.class) {
            return new Handles.Constant(MethodType.methodType(void.class), null, false);
        }
        return new Handles.Constant(MethodType.methodType(type), Conversions.zero(type), false);
    }

    public static MethodHandle empty(MethodType type) {
        return dropArguments(zero(type.returnType()), 0, type.parameterArray());
    }

    public static MethodHandle dropArguments(MethodHandle target, int pos,
            Class<?>... valueTypes) {
        MethodType t = target.type();
        if (pos < 0 || pos > t.parameterCount()) {
            throw newIllegalArgumentException("no argument type to remove"
                    + java.util.Arrays.asList(t, pos, java.util.Arrays.asList(valueTypes)));
        }
        for (Class<?> v : valueTypes) {
            if (v == void.class) {
                throw newIllegalArgumentException("parameter type cannot be void");
            }
        }
        if (valueTypes.length == 0) {
            return target;
        }
        return new Handles.Drop(target, t.insertParameterTypes(pos, valueTypes), pos,
                valueTypes.length);
    }

    public static MethodHandle dropArguments(MethodHandle target, int pos,
            List<Class<?>> valueTypes) {
        return dropArguments(target, pos, valueTypes.toArray(new Class<?>[0]));
    }

    public static MethodHandle dropReturn(MethodHandle target) {
        MethodType t = target.type();
        if (t.returnType() == void.class) {
            return target;
        }
        return target.asType(t.changeReturnType(void.class));
    }

    public static MethodHandle insertArguments(MethodHandle target, int pos, Object... values) {
        MethodType t = target.type();
        int insCount = values.length;
        if (pos < 0 || pos + insCount > t.parameterCount()) {
            throw newIllegalArgumentException("too many values to insert");
        }
        if (insCount == 0) {
            return target;
        }
        Object[] converted = new Object[insCount];
        for (int i = 0; i < insCount; i++) {
            converted[i] = valueFor(t.parameterType(pos + i), values[i]);
        }
        return new Handles.Insert(target, pos, converted);
    }

    public static MethodHandle filterReturnValue(MethodHandle target, MethodHandle filter) {
        MethodType t = target.type();
        MethodType f = filter.type();
        Class<?> r = t.returnType();
        boolean ok = r == void.class ? f.parameterCount() == 0
                : f.parameterCount() == 1 && f.parameterType(0) == r;
        if (!ok) {
            throw newIllegalArgumentException("target and filter types do not match: " + t
                    + ", " + f);
        }
        return new Handles.FilterReturn(target, filter);
    }

    public static MethodHandle filterArguments(MethodHandle target, int pos,
            MethodHandle... filters) {
        MethodType t = target.type();
        if (pos < 0 || pos + filters.length > t.parameterCount()) {
            throw newIllegalArgumentException("too many filters");
        }
        MethodType newType = t;
        for (int i = 0; i < filters.length; i++) {
            MethodHandle f = filters[i];
            if (f == null) {
                continue;
            }
            MethodType ft = f.type();
            if (ft.parameterCount() != 1 || ft.returnType() != t.parameterType(pos + i)) {
                throw newIllegalArgumentException("target and filter types do not match: "
                        + t + ", " + ft);
            }
            newType = newType.changeParameterType(pos + i, ft.parameterType(0));
        }
        return new Handles.FilterArguments(target, newType, pos, filters.clone());
    }

    public static MethodHandle collectArguments(MethodHandle target, int pos,
            MethodHandle filter) {
        MethodType t = target.type();
        MethodType f = filter.type();
        MethodType newType;
        if (f.returnType() == void.class) {
            newType = t.insertParameterTypes(pos, f.parameterArray());
        } else {
            if (t.parameterType(pos) != f.returnType()) {
                throw newIllegalArgumentException("target and filter types do not match: " + t
                        + ", " + f);
            }
            newType = t.dropParameterTypes(pos, pos + 1)
                    .insertParameterTypes(pos, f.parameterArray());
        }
        return new Handles.Combine(target, newType, pos, filter, false);
    }

    public static MethodHandle foldArguments(MethodHandle target, MethodHandle combiner) {
        return foldArguments(target, 0, combiner);
    }

    public static MethodHandle foldArguments(MethodHandle target, int pos,
            MethodHandle combiner) {
        MethodType t = target.type();
        MethodType c = combiner.type();
        MethodType newType = c.returnType() == void.class ? t : t.dropParameterTypes(pos,
                pos + 1);
        if (c.returnType() != void.class && t.parameterType(pos) != c.returnType()) {
            throw newIllegalArgumentException("target and combiner types do not match: " + t
                    + " != " + c);
        }
        return new Handles.Combine(target, newType, pos, combiner, true);
    }

    public static MethodHandle permuteArguments(MethodHandle target, MethodType newType,
            int... reorder) {
        MethodType t = target.type();
        if (reorder.length != t.parameterCount()) {
            throw newIllegalArgumentException("bad reorder array: "
                    + java.util.Arrays.toString(reorder));
        }
        for (int i = 0; i < reorder.length; i++) {
            int j = reorder[i];
            if (j < 0 || j >= newType.parameterCount()) {
                throw newIllegalArgumentException("index is out of bounds for new type: " + j
                        + " " + newType);
            }
            if (newType.parameterType(j) != t.parameterType(i)) {
                throw newIllegalArgumentException("parameter types do not match after reorder: "
                        + t + ", " + newType);
            }
        }
        if (newType.returnType() != t.returnType()) {
            throw newIllegalArgumentException("return types do not match: " + t + ", "
                    + newType);
        }
        return new Handles.Permute(target, newType, reorder.clone());
    }

    public static MethodHandle guardWithTest(MethodHandle test, MethodHandle target,
            MethodHandle fallback) {
        MethodType gt = test.type();
        MethodType tt = target.type();
        MethodType ft = fallback.type();
        if (!tt.equals(ft)) {
            throw new IllegalArgumentException("target and fallback types must match: " + tt
                    + " != " + ft);
        }
        if (gt.returnType() != boolean.class || gt.parameterCount() > tt.parameterCount()) {
            throw new IllegalArgumentException("guard type is not a predicate " + gt);
        }
        for (int i = 0; i < gt.parameterCount(); i++) {
            if (gt.parameterType(i) != tt.parameterType(i)) {
                throw new IllegalArgumentException("target and test types must match: " + tt
                        + " != " + gt);
            }
        }
        return new Handles.Guard(test, target, fallback);
    }

    public static MethodHandle catchException(MethodHandle target,
            Class<? extends Throwable> exType, MethodHandle handler) {
        MethodType tt = target.type();
        MethodType ht = handler.type();
        boolean ok = ht.returnType() == tt.returnType() && ht.parameterCount() >= 1
                && ht.parameterType(0).isAssignableFrom(exType)
                && ht.parameterCount() - 1 <= tt.parameterCount();
        for (int i = 1; ok && i < ht.parameterCount(); i++) {
            ok = ht.parameterType(i) == tt.parameterType(i - 1);
        }
        if (!ok) {
            throw new IllegalArgumentException("target and handler types must match: " + tt
                    + " != " + ht);
        }
        return new Handles.Catch(target, exType, handler);
    }

    public static MethodHandle tryFinally(MethodHandle target, MethodHandle cleanup) {
        MethodType tt = target.type();
        MethodType ct = cleanup.type();
        Class<?> r = tt.returnType();
        int lead = r == void.class ? 1 : 2;
        boolean ok = ct.returnType() == r && ct.parameterCount() >= lead
                && Throwable.class.isAssignableFrom(ct.parameterType(0))
                && (lead == 1 || ct.parameterType(1) == r)
                && ct.parameterCount() - lead <= tt.parameterCount();
        for (int i = lead; ok && i < ct.parameterCount(); i++) {
            ok = ct.parameterType(i) == tt.parameterType(i - lead);
        }
        if (!ok) {
            throw newIllegalArgumentException("target and cleanup types do not match: " + tt
                    + ", " + ct);
        }
        return new Handles.TryFinally(target, cleanup);
    }

    public static MethodHandle countedLoop(MethodHandle iterations, MethodHandle init,
            MethodHandle body) {
        java.util.Objects.requireNonNull(iterations);
        java.util.Objects.requireNonNull(body);
        MethodType it = iterations.type();
        MethodType bt = body.type();
        Class<?> v = bt.returnType();
        int lead = v == void.class ? 1 : 2;
        if (it.returnType() != int.class || bt.parameterCount() < lead
                || bt.parameterType(lead - 1) != int.class
                || (lead == 2 && bt.parameterType(0) != v)
                || init != null && init.type().returnType() != v) {
            throw newIllegalArgumentException("bad counted loop: " + it + ", " + bt);
        }
        MethodType outer = it.parameterCount() >= bt.parameterCount() - lead
                ? MethodType.methodType(v, it.parameterArray())
                : MethodType.methodType(v, bt.dropParameterTypes(0, lead).parameterArray());
        return new Handles.CountedLoop(outer, iterations, init, body);
    }


    public static MethodHandle dropArgumentsToMatch(MethodHandle target, int skip,
            List<Class<?>> newTypes, int pos) {
        MethodType t = target.type();
        int match = t.parameterCount() - skip;
        MethodHandle h = target;
        if (pos > 0) {
            h = dropArguments(h, skip, newTypes.subList(0, pos));
        }
        int tail = newTypes.size() - pos - match;
        if (tail > 0) {
            h = dropArguments(h, h.type().parameterCount(),
                    newTypes.subList(pos + match, newTypes.size()));
        }
        return h;
    }

    public static MethodHandle throwException(Class<?> returnType,
            Class<? extends Throwable> exType) {
        return new Handles.Thrower(MethodType.methodType(returnType, exType));
    }

    private static void checkArray(Class<?> arrayClass) {
        if (!arrayClass.isArray()) {
            throw newIllegalArgumentException("not an array: " + arrayClass);
        }
    }

    public static MethodHandle arrayElementGetter(Class<?> arrayClass) {
        checkArray(arrayClass);
        return new Handles.ArrayAccess(MethodType.methodType(arrayClass.getComponentType(),
                arrayClass, int.class), Handles.ARRAY_GET, arrayClass);
    }

    public static MethodHandle arrayElementSetter(Class<?> arrayClass) {
        checkArray(arrayClass);
        return new Handles.ArrayAccess(MethodType.methodType(void.class, arrayClass, int.class,
                arrayClass.getComponentType()), Handles.ARRAY_SET, arrayClass);
    }

    public static MethodHandle arrayLength(Class<?> arrayClass) {
        checkArray(arrayClass);
        return new Handles.ArrayAccess(MethodType.methodType(int.class, arrayClass),
                Handles.ARRAY_LENGTH, arrayClass);
    }

    public static MethodHandle arrayConstructor(Class<?> arrayClass) {
        checkArray(arrayClass);
        return new Handles.ArrayAccess(MethodType.methodType(arrayClass, int.class),
                Handles.ARRAY_NEW, arrayClass);
    }

    public static VarHandle arrayElementVarHandle(Class<?> arrayClass) {
        checkArray(arrayClass);
        return new VarHandle.ArrayHandle(arrayClass);
    }

    public static VarHandle byteArrayViewVarHandle(Class<?> viewArrayClass,
            java.nio.ByteOrder byteOrder) {
        java.util.Objects.requireNonNull(byteOrder);
        if (!viewArrayClass.isArray()) {
            throw newIllegalArgumentException("not an array: " + viewArrayClass);
        }
        Class<?> c = viewArrayClass.getComponentType();
        int size;
        if (c == short.class || c == char.class) {
            size = 2;
        } else if (c == int.class || c == float.class) {
            size = 4;
        } else if (c == long.class || c == double.class) {
            size = 8;
        } else {
            throw new UnsupportedOperationException();
        }
        return new VarHandle.ByteArrayViewHandle(c, size,
                byteOrder == java.nio.ByteOrder.BIG_ENDIAN);
    }

    public static MethodHandle exactInvoker(MethodType type) {
        return new Invoker(type, true);
    }

    public static MethodHandle invoker(MethodType type) {
        return new Invoker(type, false);
    }

    public static MethodHandle varHandleExactInvoker(VarHandle.AccessMode accessMode,
            MethodType type) {
        return varHandleInvoker(accessMode, type);
    }

    public static MethodHandle varHandleInvoker(VarHandle.AccessMode accessMode,
            MethodType type) {
        return new VarInvoker(accessMode.ordinal(), type);
    }

    public static MethodHandle spreadInvoker(MethodType type, int leadingArgCount) {
        return invoker(type).asSpreader(Object[].class, type.parameterCount() - leadingArgCount);
    }

    public static MethodHandle explicitCastArguments(MethodHandle target, MethodType newType) {
        return target.asType(newType);
    }

    /** exactInvoker and invoker: the handle is the first argument. */
    private static final class Invoker extends MethodHandle {
        private final MethodType invoked;
        private final boolean exact;

        Invoker(MethodType invoked, boolean exact) {
            super(invoked.insertParameterTypes(0, MethodHandle.class));
            this.invoked = invoked;
            this.exact = exact;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            MethodHandle mh = (MethodHandle) args[0];
            if (mh == null) {
                throw new NullPointerException();
            }
            Object[] rest = Handles.tail(args, 1);
            return exact ? MethodHandle.linkInvokeExact(mh, invoked, rest)
                    : MethodHandle.linkInvoke(mh, invoked, rest);
        }
    }

    /** varHandleInvoker: the VarHandle is the first argument. */
    private static final class VarInvoker extends MethodHandle {
        private final int mode;
        private final MethodType invoked;

        VarInvoker(int mode, MethodType invoked) {
            super(invoked.insertParameterTypes(0, VarHandle.class));
            this.mode = mode;
            this.invoked = invoked;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            VarHandle vh = (VarHandle) args[0];
            if (vh == null) {
                throw new NullPointerException();
            }
            return VarHandle.link(vh, mode, invoked, Handles.tail(args, 1));
        }
    }
}
