package java.lang.invoke;

import java.util.List;

/**
 * A typed reference to a variable (field, static field or array element) with access modes.
 * The VM links the signature-polymorphic access-mode methods to {@link #link} (see the
 * runtime's {@code polymorphic.rs}), with the mode's ordinal and the call site's type.
 * Read-modify-write modes run under one lock (threads interleave only at safepoints).
 */
public abstract class VarHandle {
    /** Access modes, in the order of the JDK's (the VM passes ordinals). */
    public enum AccessMode {
        GET("get"),
        SET("set"),
        GET_VOLATILE("getVolatile"),
        SET_VOLATILE("setVolatile"),
        GET_ACQUIRE("getAcquire"),
        SET_RELEASE("setRelease"),
        GET_OPAQUE("getOpaque"),
        SET_OPAQUE("setOpaque"),
        COMPARE_AND_SET("compareAndSet"),
        COMPARE_AND_EXCHANGE("compareAndExchange"),
        COMPARE_AND_EXCHANGE_ACQUIRE("compareAndExchangeAcquire"),
        COMPARE_AND_EXCHANGE_RELEASE("compareAndExchangeRelease"),
        WEAK_COMPARE_AND_SET_PLAIN("weakCompareAndSetPlain"),
        WEAK_COMPARE_AND_SET("weakCompareAndSet"),
        WEAK_COMPARE_AND_SET_ACQUIRE("weakCompareAndSetAcquire"),
        WEAK_COMPARE_AND_SET_RELEASE("weakCompareAndSetRelease"),
        GET_AND_SET("getAndSet"),
        GET_AND_SET_ACQUIRE("getAndSetAcquire"),
        GET_AND_SET_RELEASE("getAndSetRelease"),
        GET_AND_ADD("getAndAdd"),
        GET_AND_ADD_ACQUIRE("getAndAddAcquire"),
        GET_AND_ADD_RELEASE("getAndAddRelease"),
        GET_AND_BITWISE_OR("getAndBitwiseOr"),
        GET_AND_BITWISE_OR_RELEASE("getAndBitwiseOrRelease"),
        GET_AND_BITWISE_OR_ACQUIRE("getAndBitwiseOrAcquire"),
        GET_AND_BITWISE_AND("getAndBitwiseAnd"),
        GET_AND_BITWISE_AND_RELEASE("getAndBitwiseAndRelease"),
        GET_AND_BITWISE_AND_ACQUIRE("getAndBitwiseAndAcquire"),
        GET_AND_BITWISE_XOR("getAndBitwiseXor"),
        GET_AND_BITWISE_XOR_RELEASE("getAndBitwiseXorRelease"),
        GET_AND_BITWISE_XOR_ACQUIRE("getAndBitwiseXorAcquire");

        private final String methodName;

        AccessMode(String methodName) {
            this.methodName = methodName;
        }

        public String methodName() {
            return methodName;
        }

        public static AccessMode valueFromMethodName(String methodName) {
            for (AccessMode m : values()) {
                if (m.methodName.equals(methodName)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("No AccessMode value for method name " + methodName);
        }
    }

    private static final Object LOCK = new Object();

    final Class<?> varType;
    final Class<?>[] coordinates;
    final boolean readOnly;

    VarHandle(Class<?> varType, Class<?>[] coordinates, boolean readOnly) {
        this.varType = varType;
        this.coordinates = coordinates;
        this.readOnly = readOnly;
    }

    @MethodHandle.PolymorphicSignature
    public final native Object get(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native void set(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getVolatile(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native void setVolatile(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native void setRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getOpaque(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native void setOpaque(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean compareAndSet(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object compareAndExchange(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object compareAndExchangeAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object compareAndExchangeRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean weakCompareAndSetPlain(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean weakCompareAndSet(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean weakCompareAndSetAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native boolean weakCompareAndSetRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndSet(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndSetAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndSetRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndAdd(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndAddAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndAddRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseOr(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseOrRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseOrAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseAnd(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseAndRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseAndAcquire(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseXor(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseXorRelease(Object... args);

    @MethodHandle.PolymorphicSignature
    public final native Object getAndBitwiseXorAcquire(Object... args);

    public final Class<?> varType() {
        return varType;
    }

    public final List<Class<?>> coordinateTypes() {
        return List.of(coordinates);
    }

    public final MethodType accessModeType(AccessMode accessMode) {
        return modeType(accessMode.ordinal());
    }

    public final boolean isAccessModeSupported(AccessMode accessMode) {
        return supported(accessMode.ordinal());
    }

    public MethodHandle toMethodHandle(AccessMode accessMode) {
        return new ModeHandle(this, accessMode.ordinal());
    }

    public boolean hasInvokeExactBehavior() {
        return false;
    }

    public VarHandle withInvokeExactBehavior() {
        return this;
    }

    public VarHandle withInvokeBehavior() {
        return this;
    }

    @Override
    public final String toString() {
        return "VarHandle[varType=" + varType.getName() + ", coord=" + coordinateTypes() + "]";
    }

    public static void fullFence() {
        synchronized (LOCK) {
        }
    }

    public static void acquireFence() {
        fullFence();
    }

    public static void releaseFence() {
        fullFence();
    }

    public static void loadLoadFence() {
        fullFence();
    }

    public static void storeStoreFence() {
        fullFence();
    }

    // ---- implementation ----

    /** The variable's value at the coordinates (boxed). */
    abstract Object read(Object[] args);

    /** Stores {@code value} (boxed, of the variable type) at the coordinates. */
    abstract void write(Object[] args, Object value);

    private static final int SET = 1;
    private static final int COMPARE_AND_SET = 8;
    private static final int COMPARE_AND_EXCHANGE = 9;
    private static final int WEAK_FIRST = 12;
    private static final int GET_AND_SET = 16;
    private static final int GET_AND_ADD = 19;
    private static final int OR = 22;
    private static final int AND = 25;
    private static final int XOR = 28;

    private static boolean isGet(int mode) {
        return mode < COMPARE_AND_SET && mode % 2 == 0;
    }

    private static boolean isSet(int mode) {
        return mode < COMPARE_AND_SET && mode % 2 == 1;
    }

    final MethodType modeType(int mode) {
        MethodType base = MethodType.methodType(varType, coordinates);
        if (isGet(mode)) {
            return base;
        } else if (isSet(mode)) {
            return base.changeReturnType(void.class).appendParameterTypes(varType);
        } else if (mode == COMPARE_AND_SET || mode >= WEAK_FIRST && mode < GET_AND_SET) {
            return base.changeReturnType(boolean.class).appendParameterTypes(varType, varType);
        } else if (mode < WEAK_FIRST) {
            return base.appendParameterTypes(varType, varType);
        }
        return base.appendParameterTypes(varType);
    }

    boolean supported(int mode) {
        if (isGet(mode)) {
            return true;
        }
        if (readOnly) {
            return false;
        }
        if (mode >= GET_AND_ADD && mode < OR) {
            return varType.isPrimitive() && varType != boolean.class;
        }
        if (mode >= OR) {
            return varType.isPrimitive() && varType != float.class && varType != double.class;
        }
        return true;
    }

    /** An access-mode call site of type {@code callType} (without the VarHandle). */
    static Object link(VarHandle vh, int mode, MethodType callType, Object[] args)
            throws Throwable {
        MethodType modeType = vh.modeType(mode);
        if (!modeType.equals(callType)) {
            if (!Conversions.canConvert(modeType, callType)) {
                throw new WrongMethodTypeException("cannot convert MethodHandle"
                        + modeType.insertParameterTypes(0, VarHandle.class) + " to "
                        + callType.insertParameterTypes(0, VarHandle.class));
            }
            args = Conversions.convertArguments(args, callType, modeType);
        }
        Object result = vh.access(mode, args);
        return Conversions.convert(result, modeType.returnType(), callType.returnType());
    }

    /** Checks the coordinates for {@code mode} before the access (byte array views). */
    void checkCoordinates(int mode, Object[] args) {
    }

    final Object access(int mode, Object[] args) {
        if (!supported(mode)) {
            throw new UnsupportedOperationException();
        }
        checkCoordinates(mode, args);
        int n = coordinates.length;
        if (isGet(mode)) {
            return read(args);
        }
        if (isSet(mode)) {
            write(args, args[n]);
            return null;
        }
        synchronized (LOCK) {
            Object current = read(args);
            if (mode < GET_AND_SET) {
                boolean same = same(current, args[n]);
                if (same) {
                    write(args, args[n + 1]);
                }
                return mode >= COMPARE_AND_EXCHANGE && mode < WEAK_FIRST ? current : same;
            }
            Object value = args[n];
            Object next;
            if (mode < GET_AND_ADD) {
                next = value;
            } else if (mode < OR) {
                next = add(current, value);
            } else {
                next = bitwise(mode < AND ? 0 : mode < XOR ? 1 : 2, current, value);
            }
            write(args, next);
            return current;
        }
    }

    private boolean same(Object a, Object b) {
        if (!varType.isPrimitive()) {
            return a == b;
        }
        if (varType == float.class) {
            return Float.floatToRawIntBits((Float) a) == Float.floatToRawIntBits((Float) b);
        }
        if (varType == double.class) {
            return Double.doubleToRawLongBits((Double) a) == Double.doubleToRawLongBits((Double) b);
        }
        return a.equals(b);
    }

    private Object add(Object a, Object b) {
        if (varType == int.class) {
            return (Integer) a + (Integer) b;
        } else if (varType == long.class) {
            return (Long) a + (Long) b;
        } else if (varType == byte.class) {
            return (byte) ((Byte) a + (Byte) b);
        } else if (varType == short.class) {
            return (short) ((Short) a + (Short) b);
        } else if (varType == char.class) {
            return (char) ((Character) a + (Character) b);
        } else if (varType == float.class) {
            return (Float) a + (Float) b;
        }
        return (Double) a + (Double) b;
    }

    private Object bitwise(int op, Object a, Object b) {
        if (varType == boolean.class) {
            boolean x = (Boolean) a;
            boolean y = (Boolean) b;
            return op == 0 ? x | y : op == 1 ? x & y : x ^ y;
        }
        long x = a instanceof Character ? (Character) a : ((Number) a).longValue();
        long y = b instanceof Character ? (Character) b : ((Number) b).longValue();
        long r = op == 0 ? x | y : op == 1 ? x & y : x ^ y;
        if (varType == int.class) {
            return (int) r;
        } else if (varType == long.class) {
            return r;
        } else if (varType == byte.class) {
            return (byte) r;
        } else if (varType == short.class) {
            return (short) r;
        }
        return (char) r;
    }

    /** A field: instance (one coordinate, the receiver) or static (none). */
    static final class FieldHandle extends VarHandle {
        final java.lang.reflect.Field field;
        final boolean isStatic;

        FieldHandle(java.lang.reflect.Field field, Class<?> receiver, boolean readOnly) {
            super(field.getType(), receiver == null ? new Class<?>[0] : new Class<?>[] {receiver},
                    readOnly);
            this.field = field;
            this.isStatic = receiver == null;
        }

        @Override
        Object read(Object[] args) {
            try {
                if (isStatic) {
                    return field.get(null);
                }
                if (args[0] == null) {
                    throw new NullPointerException();
                }
                return field.get(args[0]);
            } catch (IllegalAccessException e) {
                throw new InternalError(e);
            }
        }

        @Override
        void write(Object[] args, Object value) {
            try {
                if (isStatic) {
                    field.set(null, value);
                    return;
                }
                if (args[0] == null) {
                    throw new NullPointerException();
                }
                field.set(args[0], value);
            } catch (IllegalAccessException e) {
                throw new InternalError(e);
            }
        }
    }

    /** An array element: coordinates (array, int index). */
    static final class ArrayHandle extends VarHandle {
        ArrayHandle(Class<?> arrayClass) {
            super(arrayClass.getComponentType(), new Class<?>[] {arrayClass, int.class}, false);
        }

        @Override
        Object read(Object[] args) {
            if (args[0] == null) {
                throw new NullPointerException();
            }
            return ArrayElements.get(args[0], (Integer) args[1]);
        }

        @Override
        void write(Object[] args, Object value) {
            if (args[0] == null) {
                throw new NullPointerException();
            }
            if (value != null && !varType.isPrimitive() && !varType.isInstance(value)) {
                throw new ArrayStoreException(value.getClass().getName());
            }
            ArrayElements.set(args[0], (Integer) args[1], value);
        }
    }

    /** byteArrayViewVarHandle: elements of a wider type in a byte[], in a byte order. */
    static final class ByteArrayViewHandle extends VarHandle {
        final int size;
        final boolean bigEndian;

        ByteArrayViewHandle(Class<?> varType, int size, boolean bigEndian) {
            super(varType, new Class<?>[] {byte[].class, int.class}, false);
            this.size = size;
            this.bigEndian = bigEndian;
        }

        @Override
        boolean supported(int mode) {
            if (mode <= 7) {
                return true;
            }
            if (varType == short.class || varType == char.class) {
                return false;
            }
            if (varType == float.class || varType == double.class) {
                return mode < GET_AND_ADD;
            }
            return true;
        }

        @Override
        void checkCoordinates(int mode, Object[] args) {
            byte[] array = (byte[]) args[0];
            if (array == null) {
                throw new NullPointerException();
            }
            int index = (Integer) args[1];
            int limit = array.length - (size - 1);
            if (index < 0 || index >= limit) {
                throw new ArrayIndexOutOfBoundsException("Index " + index
                        + " out of bounds for length " + limit);
            }
            // Plain get and set may be misaligned.
            if (mode > SET && (index & (size - 1)) != 0) {
                throw new IllegalStateException("Misaligned access at index: " + index);
            }
        }

        @Override
        Object read(Object[] args) {
            checkCoordinates(0, args);
            byte[] array = (byte[]) args[0];
            int index = (Integer) args[1];
            long bits = 0;
            for (int i = 0; i < size; i++) {
                int b = array[index + (bigEndian ? i : size - 1 - i)] & 0xff;
                bits = (bits << 8) | b;
            }
            if (varType == short.class) {
                return (short) bits;
            } else if (varType == char.class) {
                return (char) bits;
            } else if (varType == int.class) {
                return (int) bits;
            } else if (varType == long.class) {
                return bits;
            } else if (varType == float.class) {
                return Float.intBitsToFloat((int) bits);
            }
            return Double.longBitsToDouble(bits);
        }

        @Override
        void write(Object[] args, Object value) {
            checkCoordinates(0, args);
            byte[] array = (byte[]) args[0];
            int index = (Integer) args[1];
            long bits;
            if (value instanceof Character) {
                bits = (Character) value;
            } else if (value instanceof Float) {
                bits = Float.floatToRawIntBits((Float) value);
            } else if (value instanceof Double) {
                bits = Double.doubleToRawLongBits((Double) value);
            } else {
                bits = ((Number) value).longValue();
            }
            for (int i = 0; i < size; i++) {
                int shift = 8 * (bigEndian ? size - 1 - i : i);
                array[index + i] = (byte) (bits >>> shift);
            }
        }
    }

    /** toMethodHandle: the access mode as a method handle taking the coordinates. */
    static final class ModeHandle extends MethodHandle {
        final VarHandle vh;
        final int mode;

        ModeHandle(VarHandle vh, int mode) {
            super(vh.modeType(mode));
            this.vh = vh;
            this.mode = mode;
        }

        @Override
        Object invokeBoxed(Object[] args) throws Throwable {
            return vh.access(mode, args);
        }
    }
}
