package java.lang.reflect;

/** Shared behaviour of Method and Constructor. */
public abstract class Executable extends AccessibleObject implements Member, GenericDeclaration {
    Executable() {}

    public abstract Class<?> getDeclaringClass();

    public abstract String getName();

    public abstract int getModifiers();

    public abstract Class<?>[] getParameterTypes();

    /** The runtime-visible annotations of each parameter (RuntimeVisibleParameterAnnotations). */
    public abstract java.lang.annotation.Annotation[][] getParameterAnnotations();

    public int getParameterCount() {
        return getParameterTypes().length;
    }

    public abstract Class<?>[] getExceptionTypes();

    public abstract String toGenericString();

    public boolean isVarArgs() {
        return (getModifiers() & Modifier.VARARGS) != 0;
    }

    public boolean isSynthetic() {
        return Modifier.isSynthetic(getModifiers());
    }

    public Parameter[] getParameters() {
        Class<?>[] types = getParameterTypes();
        Parameter[] result = new Parameter[types.length];
        for (int i = 0; i < types.length; i++) {
            result[i] = new Parameter("arg" + i, 0, this, i);
        }
        return result;
    }

    abstract Class<?>[] sharedParameterTypes();

    /** The method's or constructor's generic Signature attribute, or null. */
    abstract String genericSignature();

    public TypeVariable<?>[] getTypeParameters() {
        String sig = genericSignature();
        if (sig == null) {
            return new TypeVariable<?>[0];
        }
        return sun.reflect.generics.Signatures.executableTypeParameters(this, sig);
    }

    public Type[] getGenericParameterTypes() {
        String sig = genericSignature();
        if (sig == null) {
            return getParameterTypes();
        }
        return sun.reflect.generics.Signatures.executableParameters(this, sig);
    }

    public Type[] getGenericExceptionTypes() {
        String sig = genericSignature();
        if (sig != null) {
            Type[] result = sun.reflect.generics.Signatures.executableExceptions(this, sig);
            if (result.length > 0) {
                return result;
            }
        }
        return getExceptionTypes();
    }

    static String typeVarBounds(TypeVariable<?> typeVar) {
        Type[] bounds = typeVar.getBounds();
        if (bounds.length == 1 && bounds[0].equals(Object.class)) {
            return typeVar.getName();
        }
        StringBuilder sb = new StringBuilder(typeVar.getName()).append(" extends ");
        for (int i = 0; i < bounds.length; i++) {
            if (i > 0) {
                sb.append(" & ");
            }
            sb.append(bounds[i].getTypeName());
        }
        return sb.toString();
    }

    /** The header of toGenericString: result type (methods), class and name. */
    abstract void specificToGenericStringHeader(StringBuilder sb);

    // ---- shared toString ----

    void printModifiersIfNonzero(StringBuilder sb, int mask, boolean isDefault) {
        int mod = getModifiers() & mask;
        if (mod != 0 && !isDefault) {
            sb.append(Modifier.toString(mod)).append(' ');
        } else {
            int accessMod = mod & Modifier.ACCESS_MODIFIERS;
            if (accessMod != 0) {
                sb.append(Modifier.toString(accessMod)).append(' ');
            }
            if (isDefault) {
                sb.append("default ");
            }
            mod = (mod & ~Modifier.ACCESS_MODIFIERS);
            if (mod != 0) {
                sb.append(Modifier.toString(mod)).append(' ');
            }
        }
    }

    abstract void specificToStringHeader(StringBuilder sb);

    String sharedToString(int modifierMask, boolean isDefault, Class<?>[] parameterTypes,
            Class<?>[] exceptionTypes) {
        StringBuilder sb = new StringBuilder();
        printModifiersIfNonzero(sb, modifierMask, isDefault);
        specificToStringHeader(sb);
        sb.append('(');
        for (int i = 0; i < parameterTypes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(parameterTypes[i].getTypeName());
        }
        sb.append(')');
        if (exceptionTypes.length > 0) {
            sb.append(" throws ");
            for (int i = 0; i < exceptionTypes.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(exceptionTypes[i].getTypeName());
            }
        }
        return sb.toString();
    }

    String sharedToGenericString(int modifierMask, boolean isDefault) {
        StringBuilder sb = new StringBuilder();
        printModifiersIfNonzero(sb, modifierMask, isDefault);
        TypeVariable<?>[] typeparms = getTypeParameters();
        if (typeparms.length > 0) {
            sb.append('<');
            for (int i = 0; i < typeparms.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(typeVarBounds(typeparms[i]));
            }
            sb.append("> ");
        }
        specificToGenericStringHeader(sb);
        sb.append('(');
        Type[] params = getGenericParameterTypes();
        for (int i = 0; i < params.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String name = params[i].getTypeName();
            if (isVarArgs() && i == params.length - 1) {
                if (name.endsWith("[]")) {
                    name = name.substring(0, name.length() - 2) + "...";
                }
            }
            sb.append(name);
        }
        sb.append(')');
        Type[] exceptions = getGenericExceptionTypes();
        if (exceptions.length > 0) {
            sb.append(" throws ");
            for (int i = 0; i < exceptions.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(exceptions[i].getTypeName());
            }
        }
        return sb.toString();
    }

    // ---- argument conversion for invoke/newInstance (HotSpot's Reflection::invoke rules) ----

    /**
     * Checks the arguments against the parameter types and returns them with every primitive
     * argument converted to the exact box of its parameter type (widening as JLS 5.1.2).
     */
    // ---- JDK 17's accessor inflation ----
    //
    // The JDK's reflective accessor of a root Method/Constructor calls natively for its first
    // 16 invocations and then through generated bytecode, whose argument errors read
    // differently. Copies share the counter of their root; the JDK caches the roots of
    // getDeclaredX and of getX (public members) apart, so a root keeps one counter for each.

    int[] invocations = new int[1];
    private int[] publicInvocations;

    /** The counter of copies handed out by getMethod(s)/getConstructor(s). */
    int[] publicInvocations() {
        if (publicInvocations == null) {
            publicInvocations = new int[1];
        }
        return publicInvocations;
    }

    /** Counts an invocation: whether the JDK makes it through its generated accessor. */
    boolean countInvocation() {
        int[] counter = invocations;
        synchronized (counter) {
            return ++counter[0] > 16 && !getDeclaringClass().isHidden();
        }
    }

    /** Object.toString of a throwable, as the generated accessor's messages show it. */
    static String objectString(Throwable t) {
        return t.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(t));
    }

    /** Converts arguments as the JDK's generated accessor does (receiver already checked). */
    static Object[] convertArgumentsGenerated(Class<?>[] types, Object[] args) {
        if (args == null) {
            if (types.length == 0) {
                return args;
            }
            throw new IllegalArgumentException(objectString(new NullPointerException()));
        }
        if (args.length != types.length) {
            throw new IllegalArgumentException();
        }
        if (args.length == 0) {
            return args;
        }
        Object[] converted = args.clone();
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            Object a = converted[i];
            if (t.isPrimitive()) {
                Object w = a == null ? null : widen(a, t);
                if (w == null) {
                    throw new IllegalArgumentException();
                }
                converted[i] = w;
            } else if (a != null && !t.isInstance(a)) {
                throw new IllegalArgumentException(objectString(new ClassCastException()));
            }
        }
        return converted;
    }

    static Object[] convertArguments(Class<?>[] types, Object[] args) {
        int count = args == null ? 0 : args.length;
        if (count != types.length) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        if (count == 0) {
            return args;
        }
        Object[] converted = args.clone();
        for (int i = 0; i < count; i++) {
            Class<?> t = types[i];
            Object a = converted[i];
            if (t.isPrimitive()) {
                if (a == null) {
                    throw new IllegalArgumentException();
                }
                Object w = widen(a, t);
                if (w == null) {
                    throw new IllegalArgumentException("argument type mismatch");
                }
                converted[i] = w;
            } else if (a != null && !t.isInstance(a)) {
                throw new IllegalArgumentException("argument type mismatch");
            }
        }
        return converted;
    }

    /** The box of primitive type t holding a's value, or null if a cannot be widened to t. */
    static Object widen(Object a, Class<?> t) {
        if (a instanceof Boolean) {
            return t == boolean.class ? a : null;
        }
        if (t == boolean.class) {
            return null;
        }
        if (a instanceof Character) {
            char c = (Character) a;
            if (t == char.class) return a;
            if (t == int.class) return Integer.valueOf(c);
            if (t == long.class) return Long.valueOf(c);
            if (t == float.class) return Float.valueOf(c);
            if (t == double.class) return Double.valueOf(c);
            return null;
        }
        if (t == char.class) {
            return null;
        }
        long l;
        int rank; // byte 0, short 1, int 2, long 3, float 4, double 5
        if (a instanceof Byte) {
            rank = 0;
            l = (Byte) a;
        } else if (a instanceof Short) {
            rank = 1;
            l = (Short) a;
        } else if (a instanceof Integer) {
            rank = 2;
            l = (Integer) a;
        } else if (a instanceof Long) {
            rank = 3;
            l = (Long) a;
        } else if (a instanceof Float) {
            if (t == float.class) return a;
            if (t == double.class) return Double.valueOf((Float) a);
            return null;
        } else if (a instanceof Double) {
            return t == double.class ? a : null;
        } else {
            return null;
        }
        int target = t == byte.class ? 0 : t == short.class ? 1 : t == int.class ? 2
                : t == long.class ? 3 : t == float.class ? 4 : 5;
        if (target < rank) {
            return null;
        }
        switch (target) {
            case 0: return a;
            case 1: return Short.valueOf((short) l);
            case 2: return Integer.valueOf((int) l);
            case 3: return Long.valueOf(l);
            case 4: return Float.valueOf((float) l);
            default: return Double.valueOf((double) l);
        }
    }

    static Class<?>[] copy(Class<?>[] types) {
        return types.length == 0 ? types : types.clone();
    }

    static boolean sameTypes(Class<?>[] a, Class<?>[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }
}
