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

    private long raw(Object obj) {
        ensureObj(obj);
        return getRaw0(clazz, slot, obj);
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
        if (tc != 'Z') {
            ensureObj(obj);
            throw newGetIllegalArgumentException("boolean");
        }
        return raw(obj) != 0;
    }

    public byte getByte(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        if (tc != 'B') {
            ensureObj(obj);
            throw newGetIllegalArgumentException("byte");
        }
        return (byte) raw(obj);
    }

    public char getChar(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        if (tc != 'C') {
            ensureObj(obj);
            throw newGetIllegalArgumentException("char");
        }
        return (char) raw(obj);
    }

    public short getShort(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        if (tc != 'S' && tc != 'B') {
            ensureObj(obj);
            throw newGetIllegalArgumentException("short");
        }
        return (short) raw(obj);
    }

    /** The value of an integral (or char) field as a long, or throws for "to". */
    private long integral(Object obj, String to) {
        switch (tc) {
            case 'B': return (byte) raw(obj);
            case 'S': return (short) raw(obj);
            case 'C': return (char) raw(obj);
            case 'I': return (int) raw(obj);
            default:
                ensureObj(obj);
                throw newGetIllegalArgumentException(to);
        }
    }

    public int getInt(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        return (int) integral(obj, "int");
    }

    public long getLong(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        if (tc == 'J') {
            return raw(obj);
        }
        return integral(obj, "long");
    }

    public float getFloat(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        if (tc == 'F') {
            return Float.intBitsToFloat((int) raw(obj));
        }
        if (tc == 'J') {
            return (float) raw(obj);
        }
        return (float) integral(obj, "float");
    }

    public double getDouble(Object obj) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        if (tc == 'D') {
            return Double.longBitsToDouble(raw(obj));
        }
        if (tc == 'F') {
            return Float.intBitsToFloat((int) raw(obj));
        }
        if (tc == 'J') {
            return (double) raw(obj);
        }
        return (double) integral(obj, "double");
    }

    // ---- setters ----

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

    private void setBits(Object obj, long bits) {
        setRaw0(clazz, slot, obj, bits);
    }

    public void setBoolean(Object obj, boolean z) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        ensureObj(obj);
        checkWritable("boolean", Boolean.toString(z));
        if (tc != 'Z') {
            throwSetIllegalArgumentException("boolean", Boolean.toString(z));
        }
        setBits(obj, z ? 1 : 0);
    }

    public void setByte(Object obj, byte b) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        ensureObj(obj);
        checkWritable("byte", Byte.toString(b));
        if (tc == 'B' || tc == 'S' || tc == 'I') {
            setBits(obj, b);
        } else {
            setWide(obj, b, "byte", Byte.toString(b));
        }
    }

    public void setChar(Object obj, char c) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        ensureObj(obj);
        checkWritable("char", Character.toString(c));
        if (tc == 'C' || tc == 'I') {
            setBits(obj, c);
        } else {
            setWide(obj, c, "char", Character.toString(c));
        }
    }

    public void setShort(Object obj, short s) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        ensureObj(obj);
        checkWritable("short", Short.toString(s));
        if (tc == 'S' || tc == 'I') {
            setBits(obj, s);
        } else {
            setWide(obj, s, "short", Short.toString(s));
        }
    }

    public void setInt(Object obj, int i) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        ensureObj(obj);
        checkWritable("int", Integer.toString(i));
        if (tc == 'I') {
            setBits(obj, i);
        } else {
            setWide(obj, i, "int", Integer.toString(i));
        }
    }

    public void setLong(Object obj, long l) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        ensureObj(obj);
        checkWritable("long", Long.toString(l));
        setWide(obj, l, "long", Long.toString(l));
    }

    /** Stores an integral value into a long, float or double field, or throws. */
    private void setWide(Object obj, long l, String attemptedType, String attemptedValue) {
        switch (tc) {
            case 'J': setBits(obj, l); break;
            case 'F': setBits(obj, Float.floatToRawIntBits((float) l)); break;
            case 'D': setBits(obj, Double.doubleToRawLongBits((double) l)); break;
            default: throwSetIllegalArgumentException(attemptedType, attemptedValue);
        }
    }

    public void setFloat(Object obj, float f) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        ensureObj(obj);
        checkWritable("float", Float.toString(f));
        switch (tc) {
            case 'F': setBits(obj, Float.floatToRawIntBits(f)); break;
            case 'D': setBits(obj, Double.doubleToRawLongBits((double) f)); break;
            default: throwSetIllegalArgumentException("float", Float.toString(f));
        }
    }

    public void setDouble(Object obj, double d) throws IllegalArgumentException, IllegalAccessException {
        check(obj);
        ensureObj(obj);
        checkWritable("double", Double.toString(d));
        if (tc != 'D') {
            throwSetIllegalArgumentException("double", Double.toString(d));
        }
        setBits(obj, Double.doubleToRawLongBits(d));
    }
}
