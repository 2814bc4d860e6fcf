package java.lang.invoke;

import java.util.List;

/** The type of a method handle: return type and parameter types. */
public final class MethodType implements TypeDescriptor, java.io.Serializable {
    private static final long serialVersionUID = 292L;

    private final Class<?> rtype;
    private final Class<?>[] ptypes;

    private MethodType(Class<?> rtype, Class<?>[] ptypes) {
        this.rtype = rtype;
        this.ptypes = ptypes;
    }

    public static MethodType methodType(Class<?> rtype, Class<?>[] ptypes) {
        return new MethodType(rtype, ptypes.clone());
    }

    public static MethodType methodType(Class<?> rtype, List<Class<?>> ptypes) {
        return new MethodType(rtype, ptypes.toArray(new Class<?>[0]));
    }

    public static MethodType methodType(Class<?> rtype, Class<?> ptype0, Class<?>... ptypes) {
        Class<?>[] all = new Class<?>[ptypes.length + 1];
        all[0] = ptype0;
        System.arraycopy(ptypes, 0, all, 1, ptypes.length);
        return new MethodType(rtype, all);
    }

    public static MethodType methodType(Class<?> rtype) {
        return new MethodType(rtype, new Class<?>[0]);
    }

    public static MethodType methodType(Class<?> rtype, Class<?> ptype0) {
        return new MethodType(rtype, new Class<?>[] {ptype0});
    }

    public static MethodType methodType(Class<?> rtype, MethodType ptypes) {
        return new MethodType(rtype, ptypes.ptypes);
    }

    public static MethodType genericMethodType(int objectArgCount) {
        Class<?>[] p = new Class<?>[objectArgCount];
        java.util.Arrays.fill(p, Object.class);
        return new MethodType(Object.class, p);
    }

    public static MethodType genericMethodType(int objectArgCount, boolean finalArray) {
        MethodType t = genericMethodType(objectArgCount);
        return finalArray ? t.appendParameterTypes(Object[].class) : t;
    }

    public MethodType appendParameterTypes(Class<?>... ptypesToInsert) {
        return insertParameterTypes(ptypes.length, ptypesToInsert);
    }

    public MethodType appendParameterTypes(List<Class<?>> ptypesToInsert) {
        return appendParameterTypes(ptypesToInsert.toArray(new Class<?>[0]));
    }

    public MethodType insertParameterTypes(int num, List<Class<?>> ptypesToInsert) {
        return insertParameterTypes(num, ptypesToInsert.toArray(new Class<?>[0]));
    }

    public Class<?> lastParameterType() {
        return ptypes.length == 0 ? void.class : ptypes[ptypes.length - 1];
    }

    public boolean hasPrimitives() {
        if (rtype.isPrimitive()) {
            return true;
        }
        for (Class<?> p : ptypes) {
            if (p.isPrimitive()) {
                return true;
            }
        }
        return false;
    }

    public boolean hasWrappers() {
        return unwrap() != this;
    }

    public MethodType erase() {
        Class<?>[] p = ptypes.clone();
        for (int i = 0; i < p.length; i++) {
            if (!p[i].isPrimitive()) {
                p[i] = Object.class;
            }
        }
        return new MethodType(rtype.isPrimitive() ? rtype : Object.class, p);
    }

    public MethodType generic() {
        return genericMethodType(ptypes.length);
    }

    public MethodType wrap() {
        Class<?>[] p = ptypes.clone();
        for (int i = 0; i < p.length; i++) {
            p[i] = Conversions.wrapper(p[i]);
        }
        return new MethodType(Conversions.wrapper(rtype), p);
    }

    public MethodType unwrap() {
        boolean changed = false;
        Class<?>[] p = ptypes.clone();
        for (int i = 0; i < p.length; i++) {
            Class<?> u = Conversions.primitive(p[i]);
            if (u != null) {
                p[i] = u;
                changed = true;
            }
        }
        Class<?> r = rtype == Void.class ? void.class : Conversions.primitive(rtype);
        if (r != null) {
            changed = true;
        } else {
            r = rtype;
        }
        return changed ? new MethodType(r, p) : this;
    }

    public static MethodType fromMethodDescriptorString(String descriptor, ClassLoader loader) {
        if (!descriptor.startsWith("(")) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        java.util.ArrayList<Class<?>> types = new java.util.ArrayList<>();
        int i = 1;
        int close = descriptor.indexOf(')');
        while (i < close) {
            int end = typeEnd(descriptor, i);
            types.add(parseType(descriptor.substring(i, end), loader));
            i = end;
        }
        Class<?> r = parseType(descriptor.substring(close + 1), loader);
        return methodType(r, types);
    }

    private static int typeEnd(String d, int i) {
        while (d.charAt(i) == '[') {
            i++;
        }
        return d.charAt(i) == 'L' ? d.indexOf(';', i) + 1 : i + 1;
    }

    private static Class<?> parseType(String t, ClassLoader loader) {
        switch (t) {
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
        String name = t.startsWith("L") ? t.substring(1, t.length() - 1) : t;
        try {
            return Class.forName(name.replace('/', '.'), false, loader);
        } catch (ClassNotFoundException e) {
            throw new TypeNotPresentException(name.replace('/', '.'), e);
        }
    }

    public int parameterCount() {
        return ptypes.length;
    }

    public Class<?> parameterType(int i) {
        return ptypes[i];
    }

    public Class<?> returnType() {
        return rtype;
    }

    public Class<?>[] parameterArray() {
        return ptypes.clone();
    }

    public List<Class<?>> parameterList() {
        return List.of(ptypes);
    }

    public MethodType changeReturnType(Class<?> newReturn) {
        return new MethodType(newReturn, ptypes);
    }

    public MethodType changeParameterType(int index, Class<?> paramType) {
        Class<?>[] p = ptypes.clone();
        p[index] = paramType;
        return new MethodType(rtype, p);
    }

    public MethodType dropParameterTypes(int start, int end) {
        Class<?>[] p = new Class<?>[ptypes.length - (end - start)];
        System.arraycopy(ptypes, 0, p, 0, start);
        System.arraycopy(ptypes, end, p, start, ptypes.length - end);
        return new MethodType(rtype, p);
    }

    public MethodType insertParameterTypes(int pos, Class<?>... paramTypes) {
        Class<?>[] p = new Class<?>[ptypes.length + paramTypes.length];
        System.arraycopy(ptypes, 0, p, 0, pos);
        System.arraycopy(paramTypes, 0, p, pos, paramTypes.length);
        System.arraycopy(ptypes, pos, p, pos + paramTypes.length, ptypes.length - pos);
        return new MethodType(rtype, p);
    }

    @Override
    public String descriptorString() {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : ptypes) {
            sb.append(p.descriptorString());
        }
        return sb.append(')').append(rtype.descriptorString()).toString();
    }

    public String toMethodDescriptorString() {
        return descriptorString();
    }

    @Override
    public boolean equals(Object x) {
        if (!(x instanceof MethodType)) {
            return false;
        }
        MethodType mt = (MethodType) x;
        if (rtype != mt.rtype || ptypes.length != mt.ptypes.length) {
            return false;
        }
        for (int i = 0; i < ptypes.length; i++) {
            if (ptypes[i] != mt.ptypes[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hashCode = 31 + rtype.hashCode();
        for (Class<?> ptype : ptypes) {
            hashCode = 31 * hashCode + ptype.hashCode();
        }
        return hashCode;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ptypes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(ptypes[i].getSimpleName());
        }
        return sb.append(')').append(rtype.getSimpleName()).toString();
    }
}
