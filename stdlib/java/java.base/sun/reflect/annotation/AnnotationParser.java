package sun.reflect.annotation;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.AnnotationFormatError;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads runtime-visible annotations (JVMS 4.7.16-4.7.22) from the raw attributes the VM
 * hands out, resolving names through the constant pool and the loader of the class that
 * holds the attribute, and makes annotation objects (instances of a class the VM generates
 * per annotation interface, see {@link AnnotationImpl}). Member values start from the
 * interface's defaults, as in the JDK. Parsed annotations of classes are cached.
 */
public final class AnnotationParser {
    private AnnotationParser() {
    }

    // ---- natives ----

    /** Kinds: 0 class, 1 field, 2 method, 3 method parameters, 4 annotation default. */
    public static native byte[] rawAnnotations(Class<?> c, int kind, int slot);

    /** The generic Signature attribute of the class (kind 0), a field (1) or a method (2). */
    public static native String signature(Class<?> c, int kind, int slot);

    private static native String utf8At(Class<?> c, int index);

    private static native int intAt(Class<?> c, int index);

    private static native long longAt(Class<?> c, int index);

    private static native float floatAt(Class<?> c, int index);

    private static native double doubleAt(Class<?> c, int index);

    private static native Class<?> implClass(Class<?> annotationType);

    // ---- caches ----

    private static final Map<Class<?>, Constructor<?>> IMPLS = new HashMap<>();
    private static final Map<Class<?>, Method[]> MEMBERS = new HashMap<>();
    private static final Map<Class<?>, Map<String, Object>> DEFAULTS = new HashMap<>();
    private static final Map<Class<?>, Map<Class<? extends Annotation>, Annotation>> DECLARED = new HashMap<>();
    private static final Map<Class<?>, Map<Class<? extends Annotation>, Annotation>> ALL = new HashMap<>();

    /** A member value that failed to resolve: accessing the member throws. */
    static final class ExceptionProxy {
        private final RuntimeException exception;

        ExceptionProxy(RuntimeException exception) {
            this.exception = exception;
        }

        RuntimeException generateException() {
            exception.fillInStackTrace();
            return exception;
        }

        @Override
        public String toString() {
            return "/* Warning: " + exception + " */";
        }
    }

    /** The member methods of an annotation interface. */
    static synchronized Method[] members(Class<?> type) {
        Method[] members = MEMBERS.get(type);
        if (members == null) {
            List<Method> list = new ArrayList<>();
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0 && !m.isSynthetic()) {
                    list.add(m);
                }
            }
            members = list.toArray(new Method[0]);
            MEMBERS.put(type, members);
        }
        return members;
    }

    private static synchronized Map<String, Object> memberDefaults(Class<?> type) {
        Map<String, Object> defaults = DEFAULTS.get(type);
        if (defaults == null) {
            defaults = new HashMap<>(0);
            for (Method m : members(type)) {
                Object d = m.getDefaultValue();
                if (d != null) {
                    defaults.put(m.getName(), d);
                }
            }
            DEFAULTS.put(type, defaults);
        }
        return defaults;
    }

    private static Class<?> memberType(Class<?> type, String name) {
        for (Method m : members(type)) {
            if (m.getName().equals(name)) {
                return m.getReturnType();
            }
        }
        return null;
    }

    // ---- entry points ----

    /** The annotations declared on a class, in class-file order (cached). */
    public static synchronized Map<Class<? extends Annotation>, Annotation> declaredAnnotations(Class<?> c) {
        Map<Class<? extends Annotation>, Annotation> map = DECLARED.get(c);
        if (map == null) {
            map = parseAnnotations(rawAnnotations(c, 0, 0), c);
            DECLARED.put(c, map);
        }
        return map;
    }

    /** A class's annotations: the @Inherited ones of its superclasses, then its own. */
    public static synchronized Map<Class<? extends Annotation>, Annotation> annotations(Class<?> c) {
        Map<Class<? extends Annotation>, Annotation> map = ALL.get(c);
        if (map == null) {
            map = new LinkedHashMap<>();
            Class<?> superClass = c.getSuperclass();
            if (superClass != null) {
                for (Map.Entry<Class<? extends Annotation>, Annotation> e : annotations(superClass).entrySet()) {
                    if (declaredAnnotations(e.getKey()).containsKey(Inherited.class)) {
                        map.put(e.getKey(), e.getValue());
                    }
                }
            }
            map.putAll(declaredAnnotations(c));
            ALL.put(c, map);
        }
        return map;
    }

    public static Map<Class<? extends Annotation>, Annotation> parseAnnotations(byte[] raw, Class<?> container) {
        Map<Class<? extends Annotation>, Annotation> result = new LinkedHashMap<>();
        if (raw == null) {
            return result;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw));
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                Annotation a = parseAnnotation(in, container);
                if (a != null) {
                    Class<? extends Annotation> type = a.annotationType();
                    if (result.put(type, a) != null) {
                        throw new AnnotationFormatError("Duplicate annotation for class: " + type + ": " + a);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new AnnotationFormatError(e);
        }
        return result;
    }

    public static Annotation[][] parseParameterAnnotations(byte[] raw, Class<?> container, int parameters) {
        if (raw == null) {
            Annotation[][] empty = new Annotation[parameters][];
            for (int i = 0; i < parameters; i++) {
                empty[i] = new Annotation[0];
            }
            return empty;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw));
            int count = in.readUnsignedByte();
            Annotation[][] result = new Annotation[Math.max(count, parameters)][];
            int offset = Math.max(0, parameters - count);
            for (int i = 0; i < offset; i++) {
                result[i] = new Annotation[0];
            }
            for (int p = 0; p < count; p++) {
                int n = in.readUnsignedShort();
                List<Annotation> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Annotation a = parseAnnotation(in, container);
                    if (a != null) {
                        list.add(a);
                    }
                }
                result[offset + p] = list.toArray(new Annotation[0]);
            }
            if (result.length != parameters) {
                Annotation[][] trimmed = new Annotation[parameters][];
                System.arraycopy(result, result.length - parameters, trimmed, 0, parameters);
                return trimmed;
            }
            return result;
        } catch (IOException | IllegalArgumentException e) {
            throw new AnnotationFormatError(e);
        }
    }

    /** A member's default value (the AnnotationDefault attribute), or null. */
    public static Object parseDefault(Class<?> container, int slot, Class<?> memberType) {
        byte[] raw = rawAnnotations(container, 4, slot);
        if (raw == null) {
            return null;
        }
        try {
            Object value = parseMemberValue(memberType, new DataInputStream(new ByteArrayInputStream(raw)), container);
            return value instanceof ExceptionProxy ? null : value;
        } catch (IOException e) {
            throw new AnnotationFormatError(e);
        }
    }

    /** The annotations of an annotated element of the given type, unwrapping a repeatable container. */
    @SuppressWarnings("unchecked")
    public static <A extends Annotation> A[] byType(Map<Class<? extends Annotation>, Annotation> map, Class<A> type) {
        List<A> list = new ArrayList<>();
        Annotation direct = map.get(type);
        if (direct != null) {
            list.add((A) direct);
        }
        Repeatable repeatable = type.getDeclaredAnnotation(Repeatable.class);
        if (repeatable != null && direct == null) {
            Annotation container = map.get(repeatable.value());
            if (container != null) {
                try {
                    Method value = container.annotationType().getDeclaredMethod("value");
                    value.setAccessible(true);
                    for (Object o : (Object[]) value.invoke(container)) {
                        list.add((A) o);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AnnotationFormatError(e);
                }
            }
        }
        return list.toArray((A[]) Array.newInstance(type, list.size()));
    }

    // ---- parsing ----

    private static Annotation parseAnnotation(DataInputStream in, Class<?> container) throws IOException {
        String typeDescriptor = utf8At(container, in.readUnsignedShort());
        Class<?> type;
        try {
            type = classFor(typeDescriptor, container);
        } catch (TypeNotPresentException e) {
            type = null;
        }
        int pairs = in.readUnsignedShort();
        if (type == null || !type.isAnnotation()) {
            for (int i = 0; i < pairs; i++) {
                in.readUnsignedShort();
                skipMemberValue(in);
            }
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>(memberDefaults(type));
        for (int i = 0; i < pairs; i++) {
            String name = utf8At(container, in.readUnsignedShort());
            Class<?> memberType = memberType(type, name);
            if (memberType == null) {
                skipMemberValue(in);
            } else {
                Object value = parseMemberValue(memberType, in, container);
                if (value != null) {
                    values.put(name, value);
                }
            }
        }
        return newAnnotation(type, values);
    }

    /** An annotation object of this interface with these member values. */
    public static Annotation newAnnotation(Class<?> type, Map<String, Object> values) {
        Constructor<?> constructor;
        synchronized (AnnotationParser.class) {
            constructor = IMPLS.get(type);
            if (constructor == null) {
                try {
                    constructor = implClass(type).getDeclaredConstructor(Class.class, Map.class);
                    constructor.setAccessible(true);
                } catch (NoSuchMethodException e) {
                    throw new AnnotationFormatError(e);
                }
                IMPLS.put(type, constructor);
            }
        }
        try {
            return (Annotation) constructor.newInstance(type, values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new AnnotationFormatError(e);
        }
    }

    private static Object parseMemberValue(Class<?> memberType, DataInputStream in, Class<?> container)
            throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'e': {
                String typeName = utf8At(container, in.readUnsignedShort());
                String constName = utf8At(container, in.readUnsignedShort());
                if (!memberType.isEnum()) {
                    return null;
                }
                try {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    Object value = Enum.valueOf((Class) memberType, constName);
                    return value;
                } catch (IllegalArgumentException e) {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    RuntimeException missing = new EnumConstantNotPresentException((Class) memberType, constName);
                    return new ExceptionProxy(missing);
                }
            }
            case 'c': {
                String descriptor = utf8At(container, in.readUnsignedShort());
                try {
                    return classFor(descriptor, container);
                } catch (TypeNotPresentException e) {
                    return new ExceptionProxy(e);
                }
            }
            case '@':
                return parseAnnotation(in, container);
            case '[': {
                int length = in.readUnsignedShort();
                if (!memberType.isArray()) {
                    for (int i = 0; i < length; i++) {
                        skipMemberValue(in);
                    }
                    return null;
                }
                Class<?> component = memberType.getComponentType();
                Object array = Array.newInstance(component, length);
                Object failure = null;
                for (int i = 0; i < length; i++) {
                    Object element = parseMemberValue(component, in, container);
                    if (element instanceof ExceptionProxy) {
                        failure = element;
                    } else if (element != null) {
                        Array.set(array, i, element);
                    }
                }
                return failure != null ? failure : array;
            }
            case 's':
                return utf8At(container, in.readUnsignedShort());
            case 'B':
                return (byte) intAt(container, in.readUnsignedShort());
            case 'C':
                return (char) intAt(container, in.readUnsignedShort());
            case 'S':
                return (short) intAt(container, in.readUnsignedShort());
            case 'Z':
                return intAt(container, in.readUnsignedShort()) != 0;
            case 'I':
                return intAt(container, in.readUnsignedShort());
            case 'J':
                return longAt(container, in.readUnsignedShort());
            case 'F':
                return floatAt(container, in.readUnsignedShort());
            case 'D':
                return doubleAt(container, in.readUnsignedShort());
            default:
                throw new AnnotationFormatError("Invalid member-value tag in annotation: " + tag);
        }
    }

    private static void skipMemberValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'e' -> in.skipBytes(4);
            case '@' -> {
                in.readUnsignedShort();
                int pairs = in.readUnsignedShort();
                for (int i = 0; i < pairs; i++) {
                    in.readUnsignedShort();
                    skipMemberValue(in);
                }
            }
            case '[' -> {
                int length = in.readUnsignedShort();
                for (int i = 0; i < length; i++) {
                    skipMemberValue(in);
                }
            }
            default -> in.skipBytes(2);
        }
    }

    /** The class a field descriptor (or V) names, loaded through the container's loader. */
    private static Class<?> classFor(String descriptor, Class<?> container) {
        switch (descriptor) {
            case "V": return void.class;
            case "Z": return boolean.class;
            case "B": return byte.class;
            case "C": return char.class;
            case "S": return short.class;
            case "I": return int.class;
            case "J": return long.class;
            case "F": return float.class;
            case "D": return double.class;
            default:
                break;
        }
        String name;
        if (descriptor.startsWith("L") && descriptor.endsWith(";")) {
            name = descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
        } else if (descriptor.startsWith("[")) {
            name = descriptor.replace('/', '.');
        } else {
            throw new AnnotationFormatError("Invalid descriptor: " + descriptor);
        }
        try {
            return Class.forName(name, false, container.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new TypeNotPresentException(name, e);
        }
    }
}
