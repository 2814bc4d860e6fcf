package java.lang.invoke;

/** Array element access on boxed values, by bytecode (the VM's exceptions and messages). */
final class ArrayElements {
    private ArrayElements() {}

    static Object get(Object array, int i) {
        if (array instanceof Object[]) {
            return ((Object[]) array)[i];
        } else if (array instanceof int[]) {
            return ((int[]) array)[i];
        } else if (array instanceof long[]) {
            return ((long[]) array)[i];
        } else if (array instanceof byte[]) {
            return ((byte[]) array)[i];
        } else if (array instanceof char[]) {
            return ((char[]) array)[i];
        } else if (array instanceof short[]) {
            return ((short[]) array)[i];
        } else if (array instanceof boolean[]) {
            return ((boolean[]) array)[i];
        } else if (array instanceof float[]) {
            return ((float[]) array)[i];
        } else if (array instanceof double[]) {
            return ((double[]) array)[i];
        }
        throw new NullPointerException();
    }

    static void set(Object array, int i, Object value) {
        if (array instanceof Object[]) {
            ((Object[]) array)[i] = value;
        } else if (array instanceof int[]) {
            ((int[]) array)[i] = (Integer) value;
        } else if (array instanceof long[]) {
            ((long[]) array)[i] = (Long) value;
        } else if (array instanceof byte[]) {
            ((byte[]) array)[i] = (Byte) value;
        } else if (array instanceof char[]) {
            ((char[]) array)[i] = (Character) value;
        } else if (array instanceof short[]) {
            ((short[]) array)[i] = (Short) value;
        } else if (array instanceof boolean[]) {
            ((boolean[]) array)[i] = (Boolean) value;
        } else if (array instanceof float[]) {
            ((float[]) array)[i] = (Float) value;
        } else if (array instanceof double[]) {
            ((double[]) array)[i] = (Double) value;
        } else {
            throw new NullPointerException();
        }
    }

    static int length(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        return java.lang.reflect.Array.getLength(array);
    }
}
