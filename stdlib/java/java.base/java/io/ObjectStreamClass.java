package java.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a class is serialized: its name, serialVersionUID, serializable fields (primitives
 * first, then references, each group by name, as in the JDK; or the declared
 * serialPersistentFields) and special methods. Local descriptors are cached per class;
 * descriptors read from a stream are matched with them. A class without a declared
 * serialVersionUID gets the default one of the Java Object Serialization Specification
 * (section 4.6: a SHA-1 hash of the class's shape), as on the JDK, so streams are exchangeable.
 */
public class ObjectStreamClass implements Serializable {
    private static final long serialVersionUID = -6120832682080437368L;
    private static final Map<Class<?>, ObjectStreamClass> CACHE = new HashMap<>();

    /** One serializable field: its type code ('I', 'L', '[' ...), name and local field. */
    static final class FieldDesc {
        final String name;
        final char typeCode;
        final String signature;
        Field field;

        FieldDesc(String name, char typeCode, String signature) {
            this.name = name;
            this.typeCode = typeCode;
            // interned, as the JDK's: equal type strings share one handle in a stream
            this.signature = signature == null ? null : signature.intern();
        }

        boolean isPrimitive() {
            return typeCode != 'L' && typeCode != '[';
        }

        ObjectStreamField toStreamField() {
            if (field != null) {
                return new ObjectStreamField(name, field.getType());
            }
            return new ObjectStreamField(name, signature, false);
        }
    }

    private Class<?> cl;
    private final String name;
    private long suid;
    private boolean serializable;
    private boolean externalizable;
    private boolean isEnum;
    private boolean isRecord;
    private boolean hasWriteObjectData;
    FieldDesc[] fields = new FieldDesc[0];
    private ObjectStreamClass superDesc;
    private Method writeObjectMethod;
    private Method readObjectMethod;
    private Method writeReplaceMethod;
    private Method readResolveMethod;
    /** The no-argument constructor's class: first non-serializable superclass (null: none valid). */
    private Class<?> ctorClass;
    private Constructor<?> externalCtor;
    private Constructor<?> recordCtor;
    /** The local descriptor a stream descriptor was matched with. */
    private ObjectStreamClass local;

    private ObjectStreamClass(String name) {
        this.name = name;
    }

    public static ObjectStreamClass lookup(Class<?> cl) {
        return lookup(cl, false);
    }

    public static ObjectStreamClass lookupAny(Class<?> cl) {
        return lookup(cl, true);
    }

    static ObjectStreamClass lookup(Class<?> cl, boolean all) {
        if (!(all || Serializable.class.isAssignableFrom(cl))) {
            return null;
        }
        synchronized (CACHE) {
            ObjectStreamClass desc = CACHE.get(cl);
            if (desc == null) {
                desc = new ObjectStreamClass(cl.getName());
                CACHE.put(cl, desc);
                desc.initLocal(cl);
            }
            return desc;
        }
    }

    private void initLocal(Class<?> cl) {
        this.cl = cl;
        local = this;
        serializable = Serializable.class.isAssignableFrom(cl);
        externalizable = Externalizable.class.isAssignableFrom(cl);
        isEnum = Enum.class.isAssignableFrom(cl);
        isRecord = cl.isRecord();
        Class<?> superCl = cl.getSuperclass();
        superDesc = (superCl != null && Serializable.class.isAssignableFrom(superCl)) ? lookup(superCl, false) : null;
        if (!serializable) {
            return;
        }
        if (isEnum) {
            suid = 0L;
            return;
        }
        if (cl.isArray()) {
            suid = computeDefaultSUID(cl);
            return;
        }
        Long declared = declaredSuid(cl);
        suid = declared != null ? declared : isRecord ? 0L : computeDefaultSUID(cl);
        if (externalizable) {
            try {
                Constructor<?> ctor = cl.getDeclaredConstructor();
                if (Modifier.isPublic(ctor.getModifiers())) {
                    ctor.setAccessible(true);
                    externalCtor = ctor;
                }
            } catch (NoSuchMethodException e) {
                // no valid constructor: reported when reading
            }
            return;
        }
        fields = localFields(cl);
        if (isRecord) {
            java.lang.reflect.RecordComponent[] components = cl.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                recordCtor = cl.getDeclaredConstructor(types);
                recordCtor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                // reported when reading
            }
        } else {
            writeObjectMethod = privateMethod(cl, "writeObject", ObjectOutputStream.class);
            readObjectMethod = privateMethod(cl, "readObject", ObjectInputStream.class);
            hasWriteObjectData = writeObjectMethod != null;
            ctorClass = serialCtorClass(cl);
        }
        writeReplaceMethod = inheritableMethod(cl, "writeReplace");
        readResolveMethod = inheritableMethod(cl, "readResolve");
    }

    private static Long declaredSuid(Class<?> cl) {
        try {
            Field f = cl.getDeclaredField("serialVersionUID");
            int mask = Modifier.STATIC | Modifier.FINAL;
            if ((f.getModifiers() & mask) == mask && f.getType() == long.class) {
                f.setAccessible(true);
                return f.getLong(null);
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // none declared
        }
        return null;
    }

    /** Whether the class has a static initializer (a {@code <clinit>} method). */
    private static native boolean hasStaticInitializer(Class<?> cl);

    /**
     * The default serialVersionUID (Java Object Serialization Specification 4.6): the first
     * eight bytes, little-endian, of the SHA-1 of the class name, modifiers, interfaces,
     * fields, static initializer, constructors and methods, written as DataOutput does.
     */
    private static long computeDefaultSUID(Class<?> cl) {
        try {
            ByteArrayOutputStream bout = new ByteArrayOutputStream();
            DataOutputStream dout = new DataOutputStream(bout);
            dout.writeUTF(cl.getName());
            Method[] methods = cl.isArray() ? new Method[0] : cl.getDeclaredMethods();
            int classMods;
            if (cl.isArray()) {
                Class<?> component = cl;
                while (component.isArray()) {
                    component = component.getComponentType();
                }
                classMods = Modifier.FINAL | Modifier.ABSTRACT
                        | (component.isPrimitive() ? Modifier.PUBLIC : component.getModifiers() & Modifier.PUBLIC);
            } else {
                classMods = cl.getModifiers() & (Modifier.PUBLIC | Modifier.FINAL | Modifier.INTERFACE | Modifier.ABSTRACT);
                if ((classMods & Modifier.INTERFACE) != 0) {
                    classMods = methods.length > 0 ? (classMods | Modifier.ABSTRACT) : (classMods & ~Modifier.ABSTRACT);
                }
            }
            dout.writeInt(classMods);
            if (!cl.isArray()) {
                Class<?>[] interfaces = cl.getInterfaces();
                String[] names = new String[interfaces.length];
                for (int i = 0; i < interfaces.length; i++) {
                    names[i] = interfaces[i].getName();
                }
                Arrays.sort(names);
                for (String n : names) {
                    dout.writeUTF(n);
                }

                Field[] fields = cl.getDeclaredFields();
                Arrays.sort(fields, (a, b) -> a.getName().compareTo(b.getName()));
                for (Field f : fields) {
                    int mods = f.getModifiers() & (Modifier.PUBLIC | Modifier.PRIVATE | Modifier.PROTECTED
                            | Modifier.STATIC | Modifier.FINAL | Modifier.VOLATILE | Modifier.TRANSIENT);
                    if ((mods & Modifier.PRIVATE) == 0 || (mods & (Modifier.STATIC | Modifier.TRANSIENT)) == 0) {
                        dout.writeUTF(f.getName());
                        dout.writeInt(mods);
                        dout.writeUTF(f.getType().descriptorString());
                    }
                }

                if (hasStaticInitializer(cl)) {
                    dout.writeUTF("<clinit>");
                    dout.writeInt(Modifier.STATIC);
                    dout.writeUTF("()V");
                }

                int memberMask = Modifier.PUBLIC | Modifier.PRIVATE | Modifier.PROTECTED | Modifier.STATIC
                        | Modifier.FINAL | Modifier.SYNCHRONIZED | Modifier.NATIVE | Modifier.ABSTRACT | Modifier.STRICT;
                Constructor<?>[] constructors = cl.getDeclaredConstructors();
                String[] consSigs = new String[constructors.length];
                for (int i = 0; i < constructors.length; i++) {
                    consSigs[i] = methodSignature(constructors[i].getParameterTypes(), void.class);
                }
                Integer[] order = sortedOrder(consSigs, null);
                for (int i : order) {
                    int mods = constructors[i].getModifiers() & memberMask;
                    if ((mods & Modifier.PRIVATE) == 0) {
                        dout.writeUTF("<init>");
                        dout.writeInt(mods);
                        dout.writeUTF(consSigs[i].replace('/', '.'));
                    }
                }

                String[] methNames = new String[methods.length];
                String[] methSigs = new String[methods.length];
                for (int i = 0; i < methods.length; i++) {
                    methNames[i] = methods[i].getName();
                    methSigs[i] = methodSignature(methods[i].getParameterTypes(), methods[i].getReturnType());
                }
                for (int i : sortedOrder(methSigs, methNames)) {
                    int mods = methods[i].getModifiers() & memberMask;
                    if ((mods & Modifier.PRIVATE) == 0) {
                        dout.writeUTF(methNames[i]);
                        dout.writeInt(mods);
                        dout.writeUTF(methSigs[i].replace('/', '.'));
                    }
                }
            }
            dout.flush();
            byte[] hashBytes = sha1(bout.toByteArray());
            long hash = 0;
            for (int i = Math.min(hashBytes.length, 8) - 1; i >= 0; i--) {
                hash = (hash << 8) | (hashBytes[i] & 0xFF);
            }
            return hash;
        } catch (IOException e) {
            throw new InternalError(e);
        }
    }

    private static String methodSignature(Class<?>[] parameters, Class<?> result) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : parameters) {
            sb.append(p.descriptorString());
        }
        return sb.append(')').append(result.descriptorString()).toString();
    }

    /** Indexes sorted by name (when given), then signature. */
    private static Integer[] sortedOrder(String[] sigs, String[] names) {
        Integer[] order = new Integer[sigs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            if (names != null) {
                int c = names[a].compareTo(names[b]);
                if (c != 0) {
                    return c;
                }
            }
            return sigs[a].compareTo(sigs[b]);
        });
        return order;
    }

    /** SHA-1 (FIPS 180-4). */
    static byte[] sha1(byte[] message) {
        int h0 = 0x67452301, h1 = 0xEFCDAB89, h2 = 0x98BADCFE, h3 = 0x10325476, h4 = 0xC3D2E1F0;
        long bitLength = (long) message.length * 8;
        int padded = ((message.length + 8) / 64 + 1) * 64;
        byte[] data = Arrays.copyOf(message, padded);
        data[message.length] = (byte) 0x80;
        for (int i = 0; i < 8; i++) {
            data[padded - 1 - i] = (byte) (bitLength >>> (8 * i));
        }
        int[] w = new int[80];
        for (int block = 0; block < padded; block += 64) {
            for (int i = 0; i < 16; i++) {
                int j = block + i * 4;
                w[i] = (data[j] & 0xFF) << 24 | (data[j + 1] & 0xFF) << 16 | (data[j + 2] & 0xFF) << 8 | (data[j + 3] & 0xFF);
            }
            for (int i = 16; i < 80; i++) {
                w[i] = Integer.rotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            }
            int a = h0, b = h1, c = h2, d = h3, e = h4;
            for (int i = 0; i < 80; i++) {
                int f, k;
                if (i < 20) {
                    f = (b & c) | (~b & d);
                    k = 0x5A827999;
                } else if (i < 40) {
                    f = b ^ c ^ d;
                    k = 0x6ED9EBA1;
                } else if (i < 60) {
                    f = (b & c) | (b & d) | (c & d);
                    k = 0x8F1BBCDC;
                } else {
                    f = b ^ c ^ d;
                    k = 0xCA62C1D6;
                }
                int t = Integer.rotateLeft(a, 5) + f + e + k + w[i];
                e = d;
                d = c;
                c = Integer.rotateLeft(b, 30);
                b = a;
                a = t;
            }
            h0 += a;
            h1 += b;
            h2 += c;
            h3 += d;
            h4 += e;
        }
        byte[] out = new byte[20];
        int[] h = {h0, h1, h2, h3, h4};
        for (int i = 0; i < 5; i++) {
            out[i * 4] = (byte) (h[i] >>> 24);
            out[i * 4 + 1] = (byte) (h[i] >>> 16);
            out[i * 4 + 2] = (byte) (h[i] >>> 8);
            out[i * 4 + 3] = (byte) h[i];
        }
        return out;
    }

    private static FieldDesc[] localFields(Class<?> cl) {
        ObjectStreamField[] persistent = persistentFields(cl);
        if (persistent != null) {
            FieldDesc[] out = new FieldDesc[persistent.length];
            for (int i = 0; i < persistent.length; i++) {
                ObjectStreamField p = persistent[i];
                String sig = p.getSignature();
                FieldDesc desc = new FieldDesc(p.getName(), sig.charAt(0), sig);
                try {
                    Field f = cl.getDeclaredField(p.getName());
                    if (f.getType() == p.getType() && (f.getModifiers() & Modifier.STATIC) == 0) {
                        f.setAccessible(true);
                        desc.field = f;
                    }
                } catch (NoSuchFieldException e) {
                    // a persistent field without a class field: only putFields/readFields reach it
                }
                out[i] = desc;
            }
            sortFields(out);
            return out;
        }
        List<FieldDesc> list = new ArrayList<>();
        for (Field f : cl.getDeclaredFields()) {
            int mods = f.getModifiers();
            if ((mods & (Modifier.STATIC | Modifier.TRANSIENT)) != 0) {
                continue;
            }
            Class<?> type = f.getType();
            String sig = type.descriptorString();
            FieldDesc desc = new FieldDesc(f.getName(), sig.charAt(0), sig);
            f.setAccessible(true);
            desc.field = f;
            list.add(desc);
        }
        FieldDesc[] out = list.toArray(new FieldDesc[0]);
        sortFields(out);
        return out;
    }

    /** The declared {@code private static final ObjectStreamField[] serialPersistentFields}, or null. */
    private static ObjectStreamField[] persistentFields(Class<?> cl) {
        try {
            Field f = cl.getDeclaredField("serialPersistentFields");
            int mask = Modifier.PRIVATE | Modifier.STATIC | Modifier.FINAL;
            if ((f.getModifiers() & mask) == mask && f.getType() == ObjectStreamField[].class) {
                f.setAccessible(true);
                ObjectStreamField[] fields = (ObjectStreamField[]) f.get(null);
                return fields == null ? null : fields.clone();
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // none declared
        }
        return null;
    }

    /** The serializable fields, as ObjectStreamFields (primitives first, then by name). */
    public ObjectStreamField[] getFields() {
        ObjectStreamField[] out = new ObjectStreamField[fields.length];
        for (int i = 0; i < fields.length; i++) {
            out[i] = fields[i].toStreamField();
        }
        return out;
    }

    public ObjectStreamField getField(String name) {
        FieldDesc f = fieldDesc(name, null);
        return f == null ? null : f.toStreamField();
    }

    /** The field of this name (and type, when given: a primitive class, or Object for references). */
    FieldDesc fieldDesc(String name, Class<?> type) {
        for (FieldDesc f : fields) {
            if (!f.name.equals(name)) {
                continue;
            }
            if (type == null) {
                return f;
            }
            if (type.isPrimitive() ? f.typeCode == type.descriptorString().charAt(0) : !f.isPrimitive()) {
                return f;
            }
        }
        return null;
    }

    private static void sortFields(FieldDesc[] fields) {
        Arrays.sort(fields, (a, b) -> {
            if (a.isPrimitive() != b.isPrimitive()) {
                return a.isPrimitive() ? -1 : 1;
            }
            return a.name.compareTo(b.name);
        });
    }

    private static Method privateMethod(Class<?> cl, String name, Class<?> argType) {
        try {
            Method m = cl.getDeclaredMethod(name, argType);
            int mods = m.getModifiers();
            if (m.getReturnType() == void.class && (mods & Modifier.STATIC) == 0 && (mods & Modifier.PRIVATE) != 0) {
                m.setAccessible(true);
                return m;
            }
        } catch (NoSuchMethodException e) {
            // not declared
        }
        return null;
    }

    /** writeReplace/readResolve: declared here or inherited where accessible, as in the JDK. */
    private static Method inheritableMethod(Class<?> cl, String name) {
        Class<?> defCl = cl;
        Method m = null;
        while (defCl != null) {
            try {
                m = defCl.getDeclaredMethod(name);
                break;
            } catch (NoSuchMethodException e) {
                defCl = defCl.getSuperclass();
            }
        }
        if (m == null || m.getReturnType() != Object.class) {
            return null;
        }
        int mods = m.getModifiers();
        if ((mods & (Modifier.STATIC | Modifier.ABSTRACT)) != 0) {
            return null;
        }
        boolean ok;
        if ((mods & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0) {
            ok = true;
        } else if ((mods & Modifier.PRIVATE) != 0) {
            ok = cl == defCl;
        } else {
            ok = cl.getPackageName().equals(defCl.getPackageName());
        }
        if (!ok) {
            return null;
        }
        m.setAccessible(true);
        return m;
    }

    /** The first non-serializable superclass, if its no-arg constructor is accessible. */
    private static Class<?> serialCtorClass(Class<?> cl) {
        Class<?> initCl = cl;
        while (Serializable.class.isAssignableFrom(initCl)) {
            initCl = initCl.getSuperclass();
            if (initCl == null) {
                return null;
            }
        }
        try {
            Constructor<?> ctor = initCl.getDeclaredConstructor();
            int mods = ctor.getModifiers();
            if ((mods & Modifier.PRIVATE) != 0
                    || ((mods & (Modifier.PUBLIC | Modifier.PROTECTED)) == 0
                            && !cl.getPackageName().equals(initCl.getPackageName()))) {
                return null;
            }
            return initCl;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    // ---- descriptors read from a stream ----

    static ObjectStreamClass fromStream(String name, long suid, byte flags, FieldDesc[] fields) {
        ObjectStreamClass desc = new ObjectStreamClass(name);
        desc.suid = suid;
        desc.serializable = (flags & ObjectStreamConstants.SC_SERIALIZABLE) != 0;
        desc.externalizable = (flags & ObjectStreamConstants.SC_EXTERNALIZABLE) != 0;
        desc.isEnum = (flags & ObjectStreamConstants.SC_ENUM) != 0;
        desc.hasWriteObjectData = (flags & ObjectStreamConstants.SC_WRITE_METHOD) != 0;
        desc.fields = fields;
        return desc;
    }

    /** Matches a stream descriptor with the local class; throws InvalidClassException on mismatch. */
    void bindLocal(Class<?> localCl, ObjectStreamClass superDesc) throws InvalidClassException {
        this.superDesc = superDesc;
        if (localCl == null) {
            return;
        }
        ObjectStreamClass model = lookup(localCl, true);
        cl = localCl;
        local = model;
        if (isEnum != model.isEnum) {
            throw new InvalidClassException(name, isEnum ? "cannot bind enum descriptor to a non-enum class"
                    : "cannot bind non-enum descriptor to an enum class");
        }
        if (model.serializable && serializable && !localCl.isArray() && !isEnum && suid != model.suid) {
            throw new InvalidClassException(name, "local class incompatible: stream classdesc serialVersionUID = "
                    + suid + ", local class serialVersionUID = " + model.suid);
        }
        for (FieldDesc f : fields) {
            for (FieldDesc l : model.fields) {
                if (l.name.equals(f.name) && l.typeCode == f.typeCode) {
                    f.field = l.field;
                }
            }
        }
    }

    // ---- accessors for the streams ----

    public String getName() {
        return name;
    }

    public long getSerialVersionUID() {
        return suid;
    }

    public Class<?> forClass() {
        return cl;
    }

    @Override
    public String toString() {
        return name + ": static final long serialVersionUID = " + suid + "L;";
    }

    ObjectStreamClass getSuperDesc() {
        return superDesc;
    }

    ObjectStreamClass getLocalDesc() {
        return local;
    }

    boolean isSerializable() {
        return serializable;
    }

    boolean isExternalizable() {
        return externalizable;
    }

    boolean isEnum() {
        return isEnum;
    }

    boolean isRecord() {
        return local != null && local.isRecord;
    }

    boolean hasWriteObjectData() {
        return hasWriteObjectData;
    }

    byte flags() {
        byte flags = 0;
        if (serializable) {
            flags |= ObjectStreamConstants.SC_SERIALIZABLE;
        }
        if (externalizable) {
            flags = ObjectStreamConstants.SC_EXTERNALIZABLE | ObjectStreamConstants.SC_BLOCK_DATA;
        }
        if (isEnum) {
            flags |= ObjectStreamConstants.SC_ENUM;
        }
        if (hasWriteObjectData) {
            flags |= ObjectStreamConstants.SC_WRITE_METHOD;
        }
        return flags;
    }

    /** The serializable classes of this one's hierarchy, superclasses first. */
    ObjectStreamClass[] hierarchy() {
        List<ObjectStreamClass> list = new ArrayList<>();
        for (ObjectStreamClass d = this; d != null; d = d.superDesc) {
            list.add(0, d);
        }
        return list.toArray(new ObjectStreamClass[0]);
    }

    boolean hasWriteObjectMethod() {
        return local != null && local.writeObjectMethod != null;
    }

    boolean hasReadObjectMethod() {
        return local != null && local.readObjectMethod != null;
    }

    boolean hasWriteReplaceMethod() {
        return local != null && local.writeReplaceMethod != null;
    }

    boolean hasReadResolveMethod() {
        return local != null && local.readResolveMethod != null;
    }

    void invokeWriteObject(Object obj, ObjectOutputStream out) throws IOException {
        invoke(local.writeObjectMethod, obj, out);
    }

    void invokeReadObject(Object obj, ObjectInputStream in) throws IOException, ClassNotFoundException {
        try {
            local.readObjectMethod.invoke(obj, in);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof ClassNotFoundException c) {
                throw c;
            }
            throw rethrow(t);
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }

    Object invokeWriteReplace(Object obj) throws IOException {
        return invoke(local.writeReplaceMethod, obj);
    }

    Object invokeReadResolve(Object obj) throws IOException {
        return invoke(local.readResolveMethod, obj);
    }

    private static Object invoke(Method m, Object obj, Object... args) throws IOException {
        try {
            return m.invoke(obj, args);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }

    private static IOException rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        IOException wrapped = new IOException("unexpected exception type");
        wrapped.initCause(t);
        throw wrapped;
    }

    /** A new instance as deserialization makes it: only the non-serializable part constructed. */
    Object newInstance() throws InvalidClassException {
        ObjectStreamClass l = local;
        if (l == null || l.cl == null) {
            throw new InvalidClassException(name, "class invalid for deserialization");
        }
        if (l.externalizable) {
            if (l.externalCtor == null) {
                throw new InvalidClassException(l.cl.getName(), "no valid constructor");
            }
            try {
                return l.externalCtor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw invalid(l, e);
            }
        }
        if (l.ctorClass == null || Modifier.isAbstract(l.cl.getModifiers()) || l.cl.isInterface()) {
            throw new InvalidClassException(l.cl.getName(), "no valid constructor");
        }
        return newInstance0(l.cl, l.ctorClass);
    }

    private static InvalidClassException invalid(ObjectStreamClass l, Throwable e) {
        InvalidClassException ex = new InvalidClassException(l.cl.getName(), "no valid constructor");
        ex.initCause(e);
        return ex;
    }

    /** A record built through its canonical constructor from field values by name. */
    Object newRecord(Map<String, Object> values) throws InvalidClassException {
        ObjectStreamClass l = local;
        if (l.recordCtor == null) {
            throw new InvalidClassException(l.cl.getName(), "record canonical constructor not found");
        }
        java.lang.reflect.RecordComponent[] components = l.cl.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object v = values.get(components[i].getName());
            Class<?> type = components[i].getType();
            if (v == null && type.isPrimitive()) {
                v = defaultValue(type);
            }
            args[i] = v;
        }
        try {
            return l.recordCtor.newInstance(args);
        } catch (InvocationTargetException e) {
            InvalidObjectException ex = new InvalidObjectException(e.getCause().toString());
            ex.initCause(e.getCause());
            throw new InvalidClassException(l.cl.getName(), ex.getMessage());
        } catch (ReflectiveOperationException e) {
            throw invalid(l, e);
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        } else if (type == char.class) {
            return (char) 0;
        } else if (type == byte.class) {
            return (byte) 0;
        } else if (type == short.class) {
            return (short) 0;
        } else if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            return 0L;
        } else if (type == float.class) {
            return 0f;
        }
        return 0d;
    }

    /** Allocates cl and runs only ctorClass's no-argument constructor on it. */
    private static native Object newInstance0(Class<?> cl, Class<?> ctorClass);
}
