package java.lang.constant;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.TypeDescriptor;

/** A nominal descriptor for a class, interface, array or primitive type. */
public interface ClassDesc extends ConstantDesc, TypeDescriptor.OfField<ClassDesc> {

    /** The class or interface of binary name {@code name} ({@code java.lang.String}). */
    static ClassDesc of(String name) {
        ClassDescImpl.checkBinaryName(name);
        return new ClassDescImpl("L" + name.replace('.', '/') + ";");
    }

    static ClassDesc of(String packageName, String className) {
        if (packageName.isEmpty()) {
            return of(className);
        }
        if (className.indexOf('.') >= 0 || className.indexOf('/') >= 0) {
            throw new IllegalArgumentException("not a simple name: " + className);
        }
        return of(packageName + "." + className);
    }

    static ClassDesc ofInternalName(String name) {
        ClassDescImpl.checkBinaryName(name.replace('/', '.'));
        return new ClassDescImpl("L" + name + ";");
    }

    static ClassDesc ofDescriptor(String descriptor) {
        ClassDescImpl.checkDescriptor(descriptor);
        return new ClassDescImpl(descriptor);
    }

    default ClassDesc arrayType() {
        return new ClassDescImpl("[" + descriptorString());
    }

    default ClassDesc arrayType(int rank) {
        if (rank <= 0) {
            throw new IllegalArgumentException("rank " + rank);
        }
        return new ClassDescImpl("[".repeat(rank) + descriptorString());
    }

    default ClassDesc nested(String nestedName) {
        if (!isClassOrInterface()) {
            throw new IllegalStateException("Outer class is not a class or interface type");
        }
        String d = descriptorString();
        return ofDescriptor(d.substring(0, d.length() - 1) + "$" + nestedName + ";");
    }

    default boolean isArray() {
        return descriptorString().startsWith("[");
    }

    default boolean isPrimitive() {
        return descriptorString().length() == 1;
    }

    default boolean isClassOrInterface() {
        return descriptorString().startsWith("L");
    }

    default ClassDesc componentType() {
        return isArray() ? new ClassDescImpl(descriptorString().substring(1)) : null;
    }

    default String packageName() {
        if (!isClassOrInterface()) {
            return "";
        }
        String d = descriptorString();
        int slash = d.lastIndexOf('/');
        return slash < 0 ? "" : d.substring(1, slash).replace('/', '.');
    }

    default String displayName() {
        String d = descriptorString();
        int rank = 0;
        while (d.charAt(rank) == '[') {
            rank++;
        }
        String element = d.substring(rank);
        String name = switch (element.charAt(0)) {
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'D' -> "double";
            case 'F' -> "float";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'S' -> "short";
            case 'Z' -> "boolean";
            case 'V' -> "void";
            default -> {
                String internal = element.substring(1, element.length() - 1);
                yield internal.substring(internal.lastIndexOf('/') + 1);
            }
        };
        return name + "[]".repeat(rank);
    }

    @Override
    String descriptorString();

    @Override
    Class<?> resolveConstantDesc(MethodHandles.Lookup lookup) throws ReflectiveOperationException;
}
