package java.lang;

public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
    private final String name;
    private final int ordinal;

    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    public final String name() {
        return name;
    }

    public final int ordinal() {
        return ordinal;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    @Override
    public final int hashCode() {
        return super.hashCode();
    }

    @Override
    protected final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    @Override
    public final int compareTo(E o) {
        Enum<?> other = o;
        Enum<E> self = this;
        if (self.getClass() != other.getClass() && self.getDeclaringClass() != other.getDeclaringClass()) {
            throw new ClassCastException();
        }
        return self.ordinal - other.ordinal;
    }

    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> clazz = getClass();
        Class<?> zuper = clazz.getSuperclass();
        return (zuper == Enum.class) ? (Class<E>) clazz : (Class<E>) zuper;
    }

    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        T[] constants = enumClass.getEnumConstants();
        if (constants == null) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        }
        for (T c : constants) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName() + "." + name); // hotspot-line: 273
    }

    @Deprecated(since = "18")
    @SuppressWarnings("removal")
    protected final void finalize() {}

    /**
     * A nominal descriptor for an enum constant (what javac's qualified enum labels in a
     * pattern switch are). Unlike the JDK's, not a {@code DynamicConstantDesc}.
     */
    public final java.util.Optional<EnumDesc<E>> describeConstable() {
        return getDeclaringClass().describeConstable().map(c -> EnumDesc.of(c, name));
    }

    public static final class EnumDesc<E extends Enum<E>> implements java.lang.constant.ConstantDesc {
        private final java.lang.constant.ClassDesc constantType;
        private final String constantName;

        private EnumDesc(java.lang.constant.ClassDesc constantType, String constantName) {
            this.constantType = constantType;
            this.constantName = constantName;
        }

        public static <E extends Enum<E>> EnumDesc<E> of(java.lang.constant.ClassDesc enumClass, String constantName) {
            if (enumClass == null || constantName == null) {
                throw new NullPointerException();
            }
            if (!enumClass.isClassOrInterface()) {
                throw new IllegalArgumentException("not a class or interface: " + enumClass.descriptorString());
            }
            if (constantName.isEmpty()) {
                throw new IllegalArgumentException("empty name");
            }
            return new EnumDesc<>(enumClass, constantName);
        }

        public java.lang.constant.ClassDesc constantType() {
            return constantType;
        }

        public String constantName() {
            return constantName;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public E resolveConstantDesc(java.lang.invoke.MethodHandles.Lookup lookup)
                throws ReflectiveOperationException {
            return (E) Enum.valueOf((Class) constantType.resolveConstantDesc(lookup), constantName);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EnumDesc<?> other && constantType.equals(other.constantType)
                    && constantName.equals(other.constantName);
        }

        @Override
        public int hashCode() {
            return 31 * constantType.hashCode() + constantName.hashCode();
        }

        @Override
        public String toString() {
            return String.format("EnumDesc[%s.%s]", constantType.displayName(), constantName);
        }
    }
}
