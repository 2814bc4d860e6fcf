package java.lang.constant;

import java.lang.invoke.MethodHandles;

/** A {@link ClassDesc} by its field descriptor. */
final class ClassDescImpl implements ClassDesc {
    private final String descriptor;

    ClassDescImpl(String descriptor) {
        this.descriptor = descriptor;
    }

    static void checkBinaryName(String name) {
        if (name.isEmpty() || name.indexOf('/') >= 0 || name.indexOf('[') >= 0
                || name.indexOf(';') >= 0 || name.startsWith(".") || name.endsWith(".")
                || name.contains("..")) {
            throw new IllegalArgumentException("Invalid class name: " + name);
        }
    }

    static void checkDescriptor(String d) {
        int rank = 0;
        while (rank < d.length() && d.charAt(rank) == '[') {
            rank++;
        }
        String element = d.substring(rank);
        boolean valid;
        if (element.length() == 1) {
            valid = "BCDFIJSZ".indexOf(element.charAt(0)) >= 0 || (rank == 0 && element.equals("V"));
        } else {
            valid = element.length() > 2 && element.charAt(0) == 'L'
                    && element.indexOf(';') == element.length() - 1
                    && element.indexOf('.') < 0 && element.indexOf('[') < 0;
        }
        if (!valid || rank > 255) {
            throw new IllegalArgumentException(String.format("not a valid reference type descriptor: %s", d));
        }
    }

    @Override
    public String descriptorString() {
        return descriptor;
    }

    @Override
    public Class<?> resolveConstantDesc(MethodHandles.Lookup lookup) throws ReflectiveOperationException {
        switch (descriptor) {
            case "B": return byte.class;
            case "C": return char.class;
            case "D": return double.class;
            case "F": return float.class;
            case "I": return int.class;
            case "J": return long.class;
            case "S": return short.class;
            case "Z": return boolean.class;
            case "V": return void.class;
            default: break;
        }
        String name = descriptor.startsWith("[")
                ? descriptor.replace('/', '.')
                : descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
        ClassLoader loader = lookup.lookupClass().getClassLoader();
        return Class.forName(name, false, loader);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassDescImpl other && descriptor.equals(other.descriptor);
    }

    @Override
    public int hashCode() {
        return descriptor.hashCode();
    }

    /** As the JDK's three implementations print themselves. */
    @Override
    public String toString() {
        if (isPrimitive()) {
            return "PrimitiveClassDesc[" + displayName() + "]";
        }
        if (isClassOrInterface()) {
            return "ClassOrInterfaceDesc[" + displayName() + "]";
        }
        int rank = 0;
        while (descriptor.charAt(rank) == '[') {
            rank++;
        }
        String element = new ClassDescImpl(descriptor.substring(rank)).displayName();
        return "ArrayClassDesc[" + element + ", " + rank + "]";
    }
}
