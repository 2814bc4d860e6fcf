package java.lang.reflect;

/**
 * A field of a class or interface. Values are read and written through the VM by (declaring
 * class, slot); conversions and their messages follow the JDK 17 field accessors.
 */
public final class Field extends AccessibleObject implements Member {
    private final Class<?> clazz;
    private final int slot;
    private final String name;
    private final Class<?> type;
    private final int modifiers;
    /** Descriptor character of the type ('L' for references). */
    private final char tc;

    @Override
    java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> parseDeclaredAnnotations() {
        return sun.reflect.annotation.AnnotationParser.parseAnnotations(
                sun.reflect.annotation.AnnotationParser.rawAnnotations(clazz, 1, slot), clazz);
    }

    Field(Class<?> declaringClass, int slot, String name, Class<?> type, int modifiers) {
        this.clazz = declaringClass;
        this.slot = slot;
        this.name = name;
        this.type = type;
        this.modifiers = modifiers;
        this.tc = type.isPrimitive() ? type.descriptorString().charAt(0) : 'L';
    }

    /** Raw bits of a primitive field (ints zero-extended, floats/doubles as their bits). */
    private static native long getRaw0(Class<?> declaringClass, int slot, Object obj);

    private static native Object getRef0(Class<?> declaringClass, int slot, Object obj);

    private static native void setRaw0(Class<?> declaringClass, int slot, Object obj, long bits);

    private static native void setRef0(Class<?> declaringClass, int slot, Object obj, Object value);

    Field copy() {
        return new Field(clazz, slot, name, type, modifiers);
    }

    @Override
    public Class<?> getDeclaringClass() {
        return clazz;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getModifiers() {
        return modifiers;
    }

    public boolean isEnumConstant() {
        return (getModifiers() & Modifier.ENUM) != 0;
    }

    @Override
    public boolean isSynthetic() {
        return Modifier.isSynthetic(getModifiers());
    }

    public Class<?> getType() {
        return type;
    }

    public Type getGenericType() {
        String sig = sun.reflect.annotation.AnnotationParser.signature(clazz, 1, slot);
        if (sig == null) {
            return type;
        }
        return sun.reflect.generics.Signatures.fieldType(clazz, sig);
    }

    @Override
    public boolean equals(Object obj) {
        if (obj instanceof Field) {
            Field other = (Field) obj;
            return getDeclaringClass() == other.getDeclaringClass()
                    && getName().equals(other.getName())
                    && getType() == other.getType();
        }
        return false;
    }

    @Override
    public int hashCode() {
        return getDeclaringClass().getName().hashCode() ^ getName().hashCode();
    }

    @Override
    public String toString() {
        int mod = getModifiers();
        return (((mod == 0) ? "" : (Modifier.toString(mod) + " "))
                + getType().getTypeName() + " "
                + getDeclaringClass().getTypeName() + "."
                + getName());
    }

    public String toGenericString() {
        int mod = getModifiers() & Modifier.fieldModifiers();
        return (((mod == 0) ? "" : (Modifier.toString(mod) + " "))
                + getGenericType().getTypeName() + " "
                + getDeclaringClass().getTypeName() + "."
                + getName());
    }

    // ---- checks and messages (jdk.internal.reflect.UnsafeFieldAccessorImpl) ----

    private boolean isStatic() {
        return Modifier.isStatic(modifiers);
    }

    private boolean isFinal() {
        return Modifier.isFinal(modifiers);
    }

    private boolean isReadOnly() {
        return isFinal() && (!override || isStatic() || clazz.isRecord() || clazz.isHidden());
    }

    /** The language access check of a caller without setAccessible(true). */
    private void check(Object obj) throws IllegalAccessException {
        if (override) {
            return;
        }
        Class<?> target = null;
        if (!isStatic()) {
            if (obj == null) {
                throw new NullPointerException(
                        "Cannot invoke \"Object.getClass()\" because \"obj\" is null");
            }
            target = obj.getClass();
        }
        checkAccess(jdk.internal.reflect.Reflection.getCallerClass(), clazz, target, modifiers);
    }

    private void ensureObj(Object obj) {
        if (isStatic()) {
            return;
        }
        if (obj == null) {
            throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \""
                    + (override ? "o" : "obj") + "\" is null");
        }
        if (!clazz.isInstance(obj)) {
            throwSetIllegalArgumentException(obj.getClass().getName(), "");
        }
    }

    private String getQualifiedFieldName() {
        return clazz.getName() + "." + name;
    }

    private IllegalArgumentException newGetIllegalArgumentException(String to) {
        return new IllegalArgumentException("Attempt to get " + type.getName() + " field \""
                + getQualifiedFieldName() + "\" with illegal data type conversion to " + to);
    }

    private String getSetMessage(String attemptedType, String attemptedValue) {
        String err = "Can not set";
        if (isStatic()) {
            err += " static";
        }
        if (isFinal()) {
            err += " final";
        }
        err += " " + type.getName() + " field " + getQualifiedFieldName() + " to ";
        if (!attemptedValue.isEmpty()) {
            err += "(" + attemptedType + ")" + attemptedValue;
        } else if (!attemptedType.isEmpty()) {
            err += attemptedType;
        } else {
            err += "null value";
        }
        return err;
    }

    private void throwSetIllegalArgumentException(String attemptedType, String attemptedValue) {
        throw new IllegalArgumentException(getSetMessage(attemptedType, attemptedValue));
    }

    private void checkWritable(String attemptedType, String attemptedValue)
            throws IllegalAccessException {
        if (isReadOnly()) {
            throw new IllegalAccessException(getSetMessage(attemptedType, attemptedValue));
        }
    }

    private static String typeOf(Object value) {
        return value == null ? "" : value.getClass().getName();
    }

    // ---- getters ----
    //
    // As JDK 17's Unsafe*FieldAccessorImpl: an accessor of a field of type T answers a
    // getX that T widens to (JLS 5.1.2) by reading (receiver checked first), and any other
    // getX with "illegal data type conversion" at once, before looking at the receiver.

    /** JLS 5.1.2 (or identity) between primitive descriptor chars; 'L' widens to nothing. */
    private static boolean widens(char from, char to) {
        if (from == to) {
            return from != 'L';
        }
        switch (from) {
            case 'B': return to == 'S' || to == 'I' || to == 'J' || to == 'F' || to == 'D';
            case 'S':
            case 'C': return to == 'I' || to == 'J' || to == 'F' || to == 'D';
            case 'I': return to == 'J' || to == 'F' || to == 'D';
            case 'J': return to == 'F' || to == 'D';
            case 'F': return to == 'D';
            default: return false;
        }
    }

    private static String primitiveName(char c) {
        switch (c) {
            case 'Z': return "boolean";
            case 'B': return "byte";
            case 'C': return "char";
            case 'S': return "short";
            case 'I': return "int";
            case 'J': return "long";
            case 'F': return "float";
            default: return "double";
        }
    }

    private long raw(Object obj) {
        ensureObj(obj);
        return getRaw0(clazz, slot, obj);
    }

    /** The integral value of an integral, char or boolean field. */
    private long integralValue(long r) {
        switch (tc) {
            case 'Z': return r != 0 ? 1 : 0;
            case 'B': return (byte) r;
            case 'S': return (short) r;
            case 'C': return (char) r;
            case 'I': return (int) r;
            default: return r;
        }
    }

    /** Reads a primitive field for getX ("to" its descriptor char), widening as the JDK does. */
    private long readFor(Object obj, char to) {
        if (!widens(tc, to)) {
            throw newGetIllegalArgumentException(primitiveName(to));
        }
        return raw(obj);
    }

    private double floatingValue(long r) {
        if (tc == 'F') {
            return Float.intBitsToFloat((int) r);
        } else if (tc == 'D') {
            return Double.longBitsToDouble(r);
        }
        return integralValue(r);
    }

    public Object get(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        if (tc == 'L') {
            ensureObj(obj);
            return getRef0(clazz, slot, obj);
        }
        long r = raw(obj);
        switch (tc) {
            case 'Z': return Boolean.valueOf(r != 0);
            case 'B': return Byte.valueOf((byte) r);
            case 'C': return Character.valueOf((char) r);
            case 'S': return Short.valueOf((short) r);
            case 'I': return Integer.valueOf((int) r);
            case 'J': return Long.valueOf(r);
            case 'F': return Float.valueOf(Float.intBitsToFloat((int) r));
            default: return Double.valueOf(Double.longBitsToDouble(r));
        }
    }

    public boolean getBoolean(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        return readFor(obj, 'Z') != 0;
    }

    public byte getByte(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        return (byte) readFor(obj, 'B');
    }

    public char getChar(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        return (char) readFor(obj, 'C');
    }

    public short getShort(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        return (short) integralValue(readFor(obj, 'S'));
    }

    public int getInt(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        return (int) integralValue(readFor(obj, 'I'));
    }

    public long getLong(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        return integralValue(readFor(obj, 'J'));
    }

    public float getFloat(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        long r = readFor(obj, 'F');
        return tc == 'F' ? Float.intBitsToFloat((int) r) : (float) integralValue(r);
    }

    public double getDouble(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        return floatingValue(readFor(obj, 'D'));
    }

    // ---- setters ----
    //
    // A setX that widens to the field's type T delegates to setT with the widened value
    // (whose type and value the final-field message then shows); it checks the receiver,
    // then writability, then stores. Any other setX throws at once with its own value.

    public void set(Object obj, Object value) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        ensureObj(obj);
        checkWritable(typeOf(value), "");
        if (tc == 'L') {
            if (value != null && !type.isInstance(value)) {
                throwSetIllegalArgumentException(typeOf(value), "");
            }
            setRef0(clazz, slot, obj, value);
            return;
        }
        Object w = value == null ? null : Executable.widen(value, type);
        if (w == null) {
            throwSetIllegalArgumentException(typeOf(value), "");
        }
        long bits;
        switch (tc) {
            case 'Z': bits = ((Boolean) w) ? 1 : 0; break;
            case 'B': bits = (Byte) w; break;
            case 'C': bits = (Character) w; break;
            case 'S': bits = (Short) w; break;
            case 'I': bits = (Integer) w; break;
            case 'J': bits = (Long) w; break;
            case 'F': bits = Float.floatToRawIntBits((Float) w); break;
            default: bits = Double.doubleToRawLongBits((Double) w); break;
        }
        setRaw0(clazz, slot, obj, bits);
    }

    /** setX of an integral (or char, boolean) value `v` of type `from`. */
    private void setIntegral(Object obj, char from, long v, String value) throws IllegalAccessException {
        if (!widens(from, tc)) {
            throwSetIllegalArgumentException(primitiveName(from), value);
        }
        ensureObj(obj);
        long bits;
        String shown;
        switch (tc) {
            case 'F': {
                float f = (float) v;
                shown = Float.toString(f);
                bits = Float.floatToRawIntBits(f);
                break;
            }
            case 'D': {
                double d = (double) v;
                shown = Double.toString(d);
                bits = Double.doubleToRawLongBits(d);
                break;
            }
            case 'Z': shown = value; bits = v; break;
            case 'C': shown = Character.toString((char) v); bits = v; break;
            default: shown = Long.toString(v); bits = v; break;
        }
        checkWritable(primitiveName(tc), shown);
        setRaw0(clazz, slot, obj, bits);
    }

    public void setBoolean(Object obj, boolean z) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        setIntegral(obj, 'Z', z ? 1 : 0, Boolean.toString(z));
    }

    public void setByte(Object obj, byte b) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        setIntegral(obj, 'B', b, Byte.toString(b));
    }

    public void setChar(Object obj, char c) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        setIntegral(obj, 'C', c, Character.toString(c));
    }

    public void setShort(Object obj, short s) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        setIntegral(obj, 'S', s, Short.toString(s));
    }

    public void setInt(Object obj, int i) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        setIntegral(obj, 'I', i, Integer.toString(i));
    }

    public void setLong(Object obj, long l) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        setIntegral(obj, 'J', l, Long.toString(l));
    }

    public void setFloat(Object obj, float f) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        if (!widens('F', tc)) {
            throwSetIllegalArgumentException("float", Float.toString(f));
        }
        ensureObj(obj);
        if (tc == 'F') {
            checkWritable("float", Float.toString(f));
            setRaw0(clazz, slot, obj, Float.floatToRawIntBits(f));
        } else {
            setDouble0(obj, f);
        }
    }

    public void setDouble(Object obj, double d) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        if (tc != 'D') {
            throwSetIllegalArgumentException("double", Double.toString(d));
        }
        ensureObj(obj);
        setDouble0(obj, d);
    }

    private void setDouble0(Object obj, double d) throws IllegalAccessException {
        checkWritable("double", Double.toString(d));
        setRaw0(clazz, slot, obj, Double.doubleToRawLongBits(d));
    }
}
