package java.lang.invoke;

/** The argument and return value conversions of {@code asType} on boxed values. */
final class Conversions {
    private Conversions() {}

    /** Whether {@code asType} can turn a handle of type {@code from} into one of {@code to}. */
    static boolean canConvert(MethodType from, MethodType to) {
        int n = from.parameterCount();
        if (n != to.parameterCount()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!canConvert(to.parameterType(i), from.parameterType(i))) {
                return false;
            }
        }
        return canConvert(from.returnType(), to.returnType());
    }

    /** The JDK's MethodType.canConvert of one value. */
    static boolean canConvert(Class<?> src, Class<?> dst) {
        if (src == dst || src == Object.class || dst == Object.class || dst == void.class) {
            return true;
        }
        if (src.isPrimitive()) {
            if (src == void.class) {
                return true;
            }
            if (dst.isPrimitive()) {
                return dst != void.class && canWiden(src, dst);
            }
            return dst.isAssignableFrom(wrapper(src));
        } else if (dst.isPrimitive()) {
            if (dst == void.class) {
                return true;
            }
            Class<?> w = wrapper(dst);
            if (src.isAssignableFrom(w)) {
                return true;
            }
            Class<?> sp = primitive(src);
            return sp != null && canWiden(sp, dst);
        }
        return true;
    }

    /** Primitive widening (or identity), JLS 5.1.2. */
    static boolean canWiden(Class<?> from, Class<?> to) {
        if (from == to) {
            return true;
        }
        if (from == boolean.class || to == boolean.class || to == char.class
                || from == void.class || to == void.class) {
            return false;
        }
        int f = rank(from);
        int t = rank(to);
        if (from == char.class) {
            return t >= rank(int.class);
        }
        if (to == short.class) {
            return from == byte.class;
        }
        return f < t;
    }

    private static int rank(Class<?> c) {
        if (c == byte.class) {
            return 1;
        } else if (c == short.class || c == char.class) {
            return 2;
        } else if (c == int.class) {
            return 3;
        } else if (c == long.class) {
            return 4;
        } else if (c == float.class) {
            return 5;
        } else if (c == double.class) {
            return 6;
        }
        return 0;
    }

    static Class<?> wrapper(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        } else if (primitive == long.class) {
            return Long.class;
        } else if (primitive == boolean.class) {
            return Boolean.class;
        } else if (primitive == byte.class) {
            return Byte.class;
        } else if (primitive == short.class) {
            return Short.class;
        } else if (primitive == char.class) {
            return Character.class;
        } else if (primitive == float.class) {
            return Float.class;
        } else if (primitive == double.class) {
            return Double.class;
        } else if (primitive == void.class) {
            return Void.class;
        }
        return primitive;
    }

    /** The primitive type of a wrapper class, or null. */
    static Class<?> primitive(Class<?> c) {
        if (c == Integer.class) {
            return int.class;
        } else if (c == Long.class) {
            return long.class;
        } else if (c == Boolean.class) {
            return boolean.class;
        } else if (c == Byte.class) {
            return byte.class;
        } else if (c == Short.class) {
            return short.class;
        } else if (c == Character.class) {
            return char.class;
        } else if (c == Float.class) {
            return float.class;
        } else if (c == Double.class) {
            return double.class;
        }
        return null;
    }

    /** The zero value of {@code type}, boxed (null for references and void). */
    static Object zero(Class<?> type) {
        if (!type.isPrimitive() || type == void.class) {
            return null;
        }
        return widen(Integer.valueOf(0), type == boolean.class ? int.class : type);
    }

    /** A boxed primitive value widened to the box of {@code to}. */
    static Object widen(Object value, Class<?> to) {
        if (to == boolean.class) {
            if (value instanceof Integer) {
                return ((Integer) value).intValue() != 0;
            }
            return (Boolean) value;
        }
        Number n;
        if (value instanceof Character) {
            n = Integer.valueOf(((Character) value).charValue());
        } else {
            n = (Number) value;
        }
        if (to == int.class) {
            return n.intValue();
        } else if (to == long.class) {
            return n.longValue();
        } else if (to == double.class) {
            return n.doubleValue();
        } else if (to == float.class) {
            return n.floatValue();
        } else if (to == short.class) {
            return n.shortValue();
        } else if (to == byte.class) {
            return n.byteValue();
        } else if (to == char.class) {
            return (char) n.intValue();
        }
        throw new InternalError("not primitive: " + to);
    }

    /** Converts {@code value} of type {@code src} to type {@code dst} as asType does. */
    static Object convert(Object value, Class<?> src, Class<?> dst) {
        if (src == dst) {
            return value;
        }
        if (dst == void.class) {
            return null;
        }
        if (src == void.class) {
            return zero(dst);
        }
        if (dst.isPrimitive()) {
            if (src.isPrimitive()) {
                return widen(value, dst);
            }
            if (value == null) {
                throw new NullPointerException();
            }
            Class<?> p = primitive(value.getClass());
            if (p != null && canWiden(p, dst)) {
                return widen(value, dst);
            }
            if (!(value instanceof Number) && !(value instanceof Boolean)
                    && !(value instanceof Character)) {
                Number failing = (Number) value;
            }
            return wrapper(dst).cast(value);
        }
        if (src.isPrimitive() || dst.isInterface()) {
            return value;
        }
        return dst.cast(value);
    }

    /** Converts the arguments of a call of type {@code from} for a handle of type {@code to}. */
    static Object[] convertArguments(Object[] args, MethodType from, MethodType to) {
        int n = args.length;
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = convert(args[i], from.parameterType(i), to.parameterType(i));
        }
        return out;
    }
}
