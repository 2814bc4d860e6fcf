package sun.reflect.annotation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The superclass of annotation objects. The VM generates, per annotation interface, a
 * subclass implementing it whose member methods return {@link #value}; equals, hashCode and
 * toString follow java.lang.annotation.Annotation's contracts with JDK 17's wording.
 */
public abstract class AnnotationImpl implements Annotation, java.io.Serializable {
    private static final long serialVersionUID = 6182022883658399397L;

    private final Class<? extends Annotation> type;
    private final Map<String, Object> memberValues;

    @SuppressWarnings("unchecked")
    protected AnnotationImpl(Class<?> type, Map<String, Object> memberValues) {
        this.type = (Class<? extends Annotation>) type;
        this.memberValues = memberValues;
    }

    /** A member's value (arrays copied, as the JDK does); throws for values that failed to parse. */
    protected final Object value(String name) {
        Object v = memberValues.get(name);
        if (v == null) {
            throw new java.lang.annotation.IncompleteAnnotationException(type, name);
        }
        if (v instanceof AnnotationParser.ExceptionProxy proxy) {
            throw proxy.generateException();
        }
        if (v.getClass().isArray() && Array.getLength(v) != 0) {
            v = cloneArray(v);
        }
        return v;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return type;
    }

    Map<String, Object> memberValues() {
        return memberValues;
    }

    private static Object cloneArray(Object array) {
        Class<?> type = array.getClass();
        if (type == byte[].class) {
            return ((byte[]) array).clone();
        } else if (type == char[].class) {
            return ((char[]) array).clone();
        } else if (type == double[].class) {
            return ((double[]) array).clone();
        } else if (type == float[].class) {
            return ((float[]) array).clone();
        } else if (type == int[].class) {
            return ((int[]) array).clone();
        } else if (type == long[].class) {
            return ((long[]) array).clone();
        } else if (type == short[].class) {
            return ((short[]) array).clone();
        } else if (type == boolean[].class) {
            return ((boolean[]) array).clone();
        }
        return ((Object[]) array).clone();
    }

    // ---- equals ----

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!type.isInstance(o)) {
            return false;
        }
        for (Method m : AnnotationParser.members(type)) {
            String member = m.getName();
            Object ourValue = memberValues.get(member);
            Object hisValue;
            if (o instanceof AnnotationImpl other) {
                hisValue = other.memberValues.get(member);
            } else {
                try {
                    m.setAccessible(true);
                    hisValue = m.invoke(o);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    return false;
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
            if (!memberValueEquals(ourValue, hisValue)) {
                return false;
            }
        }
        return true;
    }

    private static boolean memberValueEquals(Object v1, Object v2) {
        if (v1 == null || v2 == null) {
            return v1 == v2;
        }
        Class<?> type = v1.getClass();
        if (!type.isArray()) {
            return v1.equals(v2);
        }
        if (v1 instanceof Object[] a1 && v2 instanceof Object[] a2) {
            return Arrays.equals(a1, a2);
        }
        if (v2.getClass() != type) {
            return false;
        }
        if (type == byte[].class) {
            return Arrays.equals((byte[]) v1, (byte[]) v2);
        } else if (type == char[].class) {
            return Arrays.equals((char[]) v1, (char[]) v2);
        } else if (type == double[].class) {
            return Arrays.equals((double[]) v1, (double[]) v2);
        } else if (type == float[].class) {
            return Arrays.equals((float[]) v1, (float[]) v2);
        } else if (type == int[].class) {
            return Arrays.equals((int[]) v1, (int[]) v2);
        } else if (type == long[].class) {
            return Arrays.equals((long[]) v1, (long[]) v2);
        } else if (type == short[].class) {
            return Arrays.equals((short[]) v1, (short[]) v2);
        }
        return Arrays.equals((boolean[]) v1, (boolean[]) v2);
    }

    // ---- hashCode ----

    @Override
    public int hashCode() {
        int result = 0;
        for (Map.Entry<String, Object> e : memberValues.entrySet()) {
            result += (127 * e.getKey().hashCode()) ^ memberValueHashCode(e.getValue());
        }
        return result;
    }

    private static int memberValueHashCode(Object value) {
        Class<?> type = value.getClass();
        if (!type.isArray()) {
            return value.hashCode();
        }
        if (type == byte[].class) {
            return Arrays.hashCode((byte[]) value);
        } else if (type == char[].class) {
            return Arrays.hashCode((char[]) value);
        } else if (type == double[].class) {
            return Arrays.hashCode((double[]) value);
        } else if (type == float[].class) {
            return Arrays.hashCode((float[]) value);
        } else if (type == int[].class) {
            return Arrays.hashCode((int[]) value);
        } else if (type == long[].class) {
            return Arrays.hashCode((long[]) value);
        } else if (type == short[].class) {
            return Arrays.hashCode((short[]) value);
        } else if (type == boolean[].class) {
            return Arrays.hashCode((boolean[]) value);
        }
        return Arrays.hashCode((Object[]) value);
    }

    // ---- toString (as JDK 17's AnnotationInvocationHandler.toStringImpl prints) ----

    @Override
    public String toString() {
        StringBuilder result = new StringBuilder(128);
        result.append('@');
        result.append(type.getName());
        result.append('(');
        boolean firstMember = true;
        boolean loneValue = memberValues.size() == 1;
        for (Map.Entry<String, Object> e : memberValues.entrySet()) {
            if (firstMember) {
                firstMember = false;
            } else {
                result.append(", ");
            }
            String key = e.getKey();
            if (!loneValue || !"value".equals(key)) {
                result.append(key);
                result.append('=');
            }
            loneValue = false;
            result.append(memberValueToString(e.getValue()));
        }
        result.append(')');
        return result.toString();
    }

    private static String memberValueToString(Object value) {
        Class<?> type = value.getClass();
        if (!type.isArray()) {
            if (type == Class.class) {
                return toSourceString((Class<?>) value);
            } else if (type == String.class) {
                return toSourceString((String) value);
            }
            if (type == Character.class) {
                return toSourceString((char) (Character) value);
            } else if (type == Double.class) {
                return toSourceString((double) (Double) value);
            } else if (type == Float.class) {
                return toSourceString((float) (Float) value);
            } else if (type == Long.class) {
                return toSourceString((long) (Long) value);
            } else if (type == Byte.class) {
                return toSourceString((byte) (Byte) value);
            }
            return value.toString();
        }
        StringBuilder sb = new StringBuilder("{");
        int n = Array.getLength(value);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object element = Array.get(value, i);
            String text;
            if (type == byte[].class) {
                text = toSourceString((byte) (Byte) element);
            } else if (type == char[].class) {
                text = toSourceString((char) (Character) element);
            } else if (type == double[].class) {
                text = toSourceString((double) (Double) element);
            } else if (type == float[].class) {
                text = toSourceString((float) (Float) element);
            } else if (type == int[].class || type == boolean[].class) {
                text = String.valueOf(element);
            } else if (type == long[].class) {
                text = toSourceString((long) (Long) element);
            } else if (type == short[].class) {
                text = String.valueOf(element);
            } else if (type == Class[].class) {
                text = toSourceString((Class<?>) element);
            } else if (type == String[].class) {
                text = toSourceString((String) element);
            } else if (type.getComponentType().isEnum()) {
                text = ((Enum<?>) element).name();
            } else {
                text = Objects.toString(element);
            }
            sb.append(text);
        }
        return sb.append('}').toString();
    }

    private static String toSourceString(Class<?> clazz) {
        Class<?> finalComponent = clazz;
        StringBuilder arrayBrackets = new StringBuilder();
        while (finalComponent.isArray()) {
            finalComponent = finalComponent.getComponentType();
            arrayBrackets.append("[]");
        }
        return finalComponent.getName() + arrayBrackets + ".class";
    }

    private static String toSourceString(float f) {
        if (Float.isFinite(f)) {
            return Float.toString(f) + "f";
        }
        if (Float.isInfinite(f)) {
            return (f < 0.0f) ? "-1.0f/0.0f" : "1.0f/0.0f";
        }
        return "0.0f/0.0f";
    }

    private static String toSourceString(double d) {
        if (Double.isFinite(d)) {
            return Double.toString(d);
        }
        if (Double.isInfinite(d)) {
            return (d < 0.0f) ? "-1.0/0.0" : "1.0/0.0";
        }
        return "0.0/0.0";
    }

    private static String toSourceString(char c) {
        return "'" + quote(c) + "'";
    }

    private static String quote(char ch) {
        switch (ch) {
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\'':
                return "\\'";
            case '\"':
                return "\\\"";
            case '\\':
                return "\\\\";
            default:
                return (ch >= ' ' && ch <= '~') ? String.valueOf(ch) : String.format("\\u%04x", (int) ch);
        }
    }

    private static String toSourceString(byte b) {
        return String.format("(byte)0x%02x", b);
    }

    private static String toSourceString(long ell) {
        return ell + "L";
    }

    private static String toSourceString(String s) {
        StringBuilder sb = new StringBuilder();
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            sb.append(quote(s.charAt(i)));
        }
        sb.append('"');
        return sb.toString();
    }
}
