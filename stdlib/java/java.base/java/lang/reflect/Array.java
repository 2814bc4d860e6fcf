package java.lang.reflect;

/** Creating and inspecting arrays reflectively. */
public final class Array {
    private Array() {}

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        return newArray(componentType, length);
    }

    public static int getLength(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        if (!array.getClass().isArray()) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        return getLength0(array);
    }

    public static Object newInstance(Class<?> componentType, int... dimensions)
            throws IllegalArgumentException, NegativeArraySizeException {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (dimensions.length == 0) {
            throw new IllegalArgumentException();
        }
        if (dimensions.length > 255) {
            throw new IllegalArgumentException();
        }
        for (int d : dimensions) {
            if (d < 0) {
                throw new NegativeArraySizeException(Integer.toString(d));
            }
        }
        return build(componentType, dimensions, 0);
    }

    private static Object build(Class<?> componentType, int[] dimensions, int depth) {
        Class<?> elementType = componentType;
        for (int i = depth + 1; i < dimensions.length; i++) {
            elementType = elementType.arrayType();
        }
        Object array = newArray(elementType, dimensions[depth]);
        if (depth + 1 < dimensions.length) {
            Object[] outer = (Object[]) array;
            for (int i = 0; i < outer.length; i++) {
                outer[i] = build(componentType, dimensions, depth + 1);
            }
        }
        return array;
    }

    // Type codes of HotSpot's widening order (Reflection::widen): a value of one type widens
    // to a wider code, except that boolean widens to nothing and char not to short.
    private static final int BOOLEAN = 0, BYTE = 1, CHAR = 2, SHORT = 3, INT = 4, LONG = 5, FLOAT = 6, DOUBLE = 7;
    private static final int NOT_PRIMITIVE = -1;

    /** JVM check_array: null, not an array, (primitive only) an array of references. */
    private static void checkArray(Object array, boolean primitiveOnly) {
        if (array == null) {
            throw new NullPointerException();
        }
        if (!array.getClass().isArray()) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        if (primitiveOnly && array instanceof Object[]) {
            throw new IllegalArgumentException("Argument is not an array of primitive type");
        }
    }

    private static void checkIndex(Object array, int index) {
        if (index < 0 || index >= getLength0(array)) {
            throw new ArrayIndexOutOfBoundsException();
        }
    }

    private static int code(Object primitiveArray) {
        if (primitiveArray instanceof int[]) {
            return INT;
        } else if (primitiveArray instanceof long[]) {
            return LONG;
        } else if (primitiveArray instanceof double[]) {
            return DOUBLE;
        } else if (primitiveArray instanceof float[]) {
            return FLOAT;
        } else if (primitiveArray instanceof boolean[]) {
            return BOOLEAN;
        } else if (primitiveArray instanceof byte[]) {
            return BYTE;
        } else if (primitiveArray instanceof char[]) {
            return CHAR;
        }
        return SHORT;
    }

    private static int boxCode(Object box) {
        if (box instanceof Integer) {
            return INT;
        } else if (box instanceof Long) {
            return LONG;
        } else if (box instanceof Double) {
            return DOUBLE;
        } else if (box instanceof Float) {
            return FLOAT;
        } else if (box instanceof Boolean) {
            return BOOLEAN;
        } else if (box instanceof Byte) {
            return BYTE;
        } else if (box instanceof Character) {
            return CHAR;
        } else if (box instanceof Short) {
            return SHORT;
        }
        return NOT_PRIMITIVE;
    }

    /** Whether a value of type `from` widens to `to` (JLS 5.1.2, as Reflection::widen). */
    private static boolean widens(int from, int to) {
        if (from == to) {
            return from != NOT_PRIMITIVE;
        }
        if (from == NOT_PRIMITIVE || from == BOOLEAN || to == BOOLEAN || to == CHAR) {
            return false;
        }
        if (from == CHAR) {
            return to >= INT;
        }
        return to > from;
    }

    /** The element at index of a primitive array, as a double/long/int of its own type. */
    private static long bits(Object array, int index) {
        if (array instanceof int[] a) {
            return a[index];
        } else if (array instanceof long[] a) {
            return a[index];
        } else if (array instanceof boolean[] a) {
            return a[index] ? 1 : 0;
        } else if (array instanceof byte[] a) {
            return a[index];
        } else if (array instanceof char[] a) {
            return a[index];
        }
        return ((short[]) array)[index];
    }

    /** Reads a primitive element that must widen to `to`. */
    private static int primitiveGet(Object array, int index, int to) {
        checkArray(array, true);
        checkIndex(array, index);
        int from = code(array);
        if (!widens(from, to)) {
            throw new IllegalArgumentException("argument type mismatch");
        }
        return from;
    }

    /** An element, primitives boxed. */
    public static Object get(Object array, int index) {
        checkArray(array, false);
        checkIndex(array, index);
        if (array instanceof Object[] a) {
            return a[index];
        } else if (array instanceof int[] a) {
            return a[index];
        } else if (array instanceof long[] a) {
            return a[index];
        } else if (array instanceof double[] a) {
            return a[index];
        } else if (array instanceof float[] a) {
            return a[index];
        } else if (array instanceof boolean[] a) {
            return a[index];
        } else if (array instanceof byte[] a) {
            return a[index];
        } else if (array instanceof char[] a) {
            return a[index];
        }
        return ((short[]) array)[index];
    }

    public static boolean getBoolean(Object array, int index) {
        primitiveGet(array, index, BOOLEAN);
        return ((boolean[]) array)[index];
    }

    public static byte getByte(Object array, int index) {
        primitiveGet(array, index, BYTE);
        return ((byte[]) array)[index];
    }

    public static char getChar(Object array, int index) {
        primitiveGet(array, index, CHAR);
        return ((char[]) array)[index];
    }

    public static short getShort(Object array, int index) {
        primitiveGet(array, index, SHORT);
        return (short) bits(array, index);
    }

    public static int getInt(Object array, int index) {
        primitiveGet(array, index, INT);
        return (int) bits(array, index);
    }

    public static long getLong(Object array, int index) {
        primitiveGet(array, index, LONG);
        return bits(array, index);
    }

    public static float getFloat(Object array, int index) {
        int from = primitiveGet(array, index, FLOAT);
        return from == FLOAT ? ((float[]) array)[index] : (float) bits(array, index);
    }

    public static double getDouble(Object array, int index) {
        int from = primitiveGet(array, index, DOUBLE);
        if (from == DOUBLE) {
            return ((double[]) array)[index];
        }
        return from == FLOAT ? ((float[]) array)[index] : (double) bits(array, index);
    }

    /** Stores an element, unboxing and widening for primitive arrays. */
    public static void set(Object array, int index, Object value) {
        checkArray(array, false);
        if (array instanceof Object[] a) {
            checkIndex(array, index);
            if (value != null && !a.getClass().getComponentType().isInstance(value)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            a[index] = value;
            return;
        }
        if (value == null) {
            throw new IllegalArgumentException();
        }
        int from = boxCode(value);
        if (from == BOOLEAN) {
            store(array, index, BOOLEAN, (Boolean) value ? 1 : 0, 0);
        } else if (from == CHAR) {
            store(array, index, CHAR, (Character) value, 0);
        } else if (from == FLOAT || from == DOUBLE) {
            store(array, index, from, 0, ((Number) value).doubleValue());
        } else if (from == NOT_PRIMITIVE) {
            store(array, index, NOT_PRIMITIVE, 0, 0);
        } else {
            store(array, index, from, ((Number) value).longValue(), 0);
        }
    }

    /** Reflection::array_set into a primitive array: bounds, then widening from `from`. */
    private static void store(Object array, int index, int from, long l, double d) {
        checkIndex(array, index);
        int to = code(array);
        if (!widens(from, to)) {
            throw new IllegalArgumentException("argument type mismatch");
        }
        if (from == FLOAT || from == DOUBLE) {
            if (array instanceof double[] a) {
                a[index] = d;
            } else {
                ((float[]) array)[index] = (float) d;
            }
            return;
        }
        if (array instanceof int[] a) {
            a[index] = (int) l;
        } else if (array instanceof long[] a) {
            a[index] = l;
        } else if (array instanceof float[] a) {
            a[index] = (float) l;
        } else if (array instanceof double[] a) {
            a[index] = (double) l;
        } else if (array instanceof boolean[] a) {
            a[index] = l != 0;
        } else if (array instanceof byte[] a) {
            a[index] = (byte) l;
        } else if (array instanceof char[] a) {
            a[index] = (char) l;
        } else {
            ((short[]) array)[index] = (short) l;
        }
    }

    public static void setBoolean(Object array, int index, boolean z) {
        checkArray(array, true);
        store(array, index, BOOLEAN, z ? 1 : 0, 0);
    }

    public static void setByte(Object array, int index, byte b) {
        checkArray(array, true);
        store(array, index, BYTE, b, 0);
    }

    public static void setChar(Object array, int index, char c) {
        checkArray(array, true);
        store(array, index, CHAR, c, 0);
    }

    public static void setShort(Object array, int index, short s) {
        checkArray(array, true);
        store(array, index, SHORT, s, 0);
    }

    public static void setInt(Object array, int index, int i) {
        checkArray(array, true);
        store(array, index, INT, i, 0);
    }

    public static void setLong(Object array, int index, long l) {
        checkArray(array, true);
        store(array, index, LONG, l, 0);
    }

    public static void setFloat(Object array, int index, float f) {
        checkArray(array, true);
        store(array, index, FLOAT, 0, f);
    }

    public static void setDouble(Object array, int index, double d) {
        checkArray(array, true);
        store(array, index, DOUBLE, 0, d);
    }

    private static native Object newArray(Class<?> componentType, int length);

    private static native int getLength0(Object array);
}
