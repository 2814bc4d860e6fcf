package java.lang.invoke;

/** Stub: lookups exist for bootstrap method signatures; the VM links call sites itself. */
public class MethodHandles {
    private MethodHandles() {}

    public static Lookup lookup() {
        throw new UnsupportedOperationException("method handles not supported yet");
    }

    public static Lookup publicLookup() {
        throw new UnsupportedOperationException("method handles not supported yet");
    }

    public static final class Lookup {
        public static final int PUBLIC = 0x00000001;
        public static final int PRIVATE = 0x00000002;
        public static final int PROTECTED = 0x00000004;
        public static final int PACKAGE = 0x00000008;
        public static final int MODULE = PACKAGE << 1;
        public static final int UNCONDITIONAL = PACKAGE << 2;
        public static final int ORIGINAL = PACKAGE << 3;

        private final Class<?> lookupClass;

        Lookup(Class<?> lookupClass) {
            this.lookupClass = lookupClass;
        }

        public Class<?> lookupClass() {
            return lookupClass;
        }

        public MethodHandle findStatic(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            throw new UnsupportedOperationException("method handles not supported yet");
        }

        public MethodHandle findVirtual(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            throw new UnsupportedOperationException("method handles not supported yet");
        }

        @Override
        public String toString() {
            return lookupClass.getName();
        }
    }
}
