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
            throw new IllegalArgumentException("Empty dimensions array");
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

    private static void check(Object array, int index) {
        if (array == null) {
            throw new NullPointerException();
        }
        if (!array.getClass().isArray()) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        if (index < 0 || index >= getLength0(array)) {
            throw new ArrayIndexOutOfBoundsException();
        }
    }

    /** An element, primitives boxed. */
    public static Object get(Object array, int index) {
        check(array, index);
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
        check(array, index);
        if (array instanceof boolean[] a) {
            return a[index];
        }
        throw new IllegalArgumentException("Argument is not an array of primitive type");
    }

    public static byte getByte(Object array, int index) {
        check(array, index);
        if (array instanceof byte[] a) {
            return a[index];
        }
        throw new IllegalArgumentException("Argument is not an array of primitive type");
    }

    public static char getChar(Object array, int index) {
        check(array, index);
        if (array instanceof char[] a) {
            return a[index];
        }
        throw new IllegalArgumentException("Argument is not an array of primitive type");
    }

    public static short getShort(Object array, int index) {
        check(array, index);
        if (array instanceof short[] a) {
            return a[index];
        } else if (array instanceof byte[] a) {
            return a[index];
        }
        throw new IllegalArgumentException("Argument is not an array of primitive type");
    }

    public static int getInt(Object array, int index) {
        check(array, index);
        if (array instanceof int[] a) {
            return a[index];
        } else if (array instanceof char[] || array instanceof short[] || array instanceof byte[]) {
            return ((Number) widen(get(array, index))).intValue();
        }
        throw new IllegalArgumentException("Argument is not an array of primitive type");
    }

    public static long getLong(Object array, int index) {
        check(array, index);
        if (array instanceof long[] a) {
            return a[index];
        }
        return getInt(array, index);
    }

    public static float getFloat(Object array, int index) {
        check(array, index);
        if (array instanceof float[] a) {
            return a[index];
        }
        return getLong(array, index);
    }

    public static double getDouble(Object array, int index) {
        check(array, index);
        if (array instanceof double[] a) {
            return a[index];
        }
        return getFloat(array, index);
    }

    private static Object widen(Object value) {
        return value instanceof Character c ? Integer.valueOf(c) : value;
    }

    /** Stores an element, unboxing and widening for primitive arrays. */
    public static void set(Object array, int index, Object value) {
        check(array, index);
        if (array instanceof Object[] a) {
            if (value != null && !a.getClass().getComponentType().isInstance(value)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            a[index] = value;
            return;
        }
        if (value instanceof Boolean b) {
            if (array instanceof boolean[] a) {
                a[index] = b;
                return;
            }
        } else if (value instanceof Character c) {
            setInt0(array, index, c, true);
            return;
        } else if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
            setInt0(array, index, ((Number) value).intValue(), false);
            return;
        } else if (value instanceof Long l) {
            setLong(array, index, l);
            return;
        } else if (value instanceof Float f) {
            setFloat(array, index, f);
            return;
        } else if (value instanceof Double d) {
            setDouble(array, index, d);
            return;
        }
        throw new IllegalArgumentException("argument type mismatch");
    }

    private static void setInt0(Object array, int index, int v, boolean isChar) {
        if (array instanceof int[] a) {
            a[index] = v;
        } else if (array instanceof long[] a) {
            a[index] = v;
        } else if (array instanceof float[] a) {
            a[index] = v;
        } else if (array instanceof double[] a) {
            a[index] = v;
        } else if (isChar && array instanceof char[] a) {
            a[index] = (char) v;
        } else if (!isChar && array instanceof short[] a && v == (short) v) {
            a[index] = (short) v;
        } else if (!isChar && array instanceof byte[] a && v == (byte) v) {
            a[index] = (byte) v;
        } else {
            throw new IllegalArgumentException("argument type mismatch");
        }
    }

    public static void setBoolean(Object array, int index, boolean z) {
        set(array, index, z);
    }

    public static void setByte(Object array, int index, byte b) {
        set(array, index, b);
    }

    public static void setChar(Object array, int index, char c) {
        set(array, index, c);
    }

    public static void setShort(Object array, int index, short s) {
        set(array, index, s);
    }

    public static void setInt(Object array, int index, int i) {
        set(array, index, i);
    }

    public static void setLong(Object array, int index, long l) {
        check(array, index);
        if (array instanceof long[] a) {
            a[index] = l;
        } else if (array instanceof float[] a) {
            a[index] = l;
        } else if (array instanceof double[] a) {
            a[index] = l;
        } else {
            throw new IllegalArgumentException("argument type mismatch");
        }
    }

    public static void setFloat(Object array, int index, float f) {
        check(array, index);
        if (array instanceof float[] a) {
            a[index] = f;
        } else if (array instanceof double[] a) {
            a[index] = f;
        } else {
            throw new IllegalArgumentException("argument type mismatch");
        }
    }

    public static void setDouble(Object array, int index, double d) {
        check(array, index);
        if (array instanceof double[] a) {
            a[index] = d;
        } else {
            throw new IllegalArgumentException("argument type mismatch");
        }
    }

    private static native Object newArray(Class<?> componentType, int length);

    private static native int getLength0(Object array);
}
