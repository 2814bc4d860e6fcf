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
