package java.lang;

import java.util.Objects;

/** One frame of a stack trace. The VM builds these with the public 7-argument constructor. */
public final class StackTraceElement implements java.io.Serializable {
    private static final long serialVersionUID = 6992337162326171013L;

    private final String classLoaderName;
    private final String moduleName;
    private final String moduleVersion;
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this(null, null, null, declaringClass, methodName, fileName, lineNumber);
    }

    public StackTraceElement(String classLoaderName, String moduleName, String moduleVersion,
            String declaringClass, String methodName, String fileName, int lineNumber) {
        this.classLoaderName = classLoaderName;
        this.moduleName = "java.base".equals(moduleName) ? jdkModuleOf(declaringClass) : moduleName;
        this.moduleVersion = moduleVersion;
        this.declaringClass = Objects.requireNonNull(declaringClass, "Declaring class is null");
        this.methodName = Objects.requireNonNull(methodName, "Method name is null");
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /**
     * The JDK module of a class of our java.base: a few packages of other JDK modules live in
     * it, and their frames must name HotSpot's modules.
     */
    private static String jdkModuleOf(String className) {
        if (className == null) {
            return "java.base";
        }
        if (className.startsWith("java.awt.") || className.startsWith("java.beans.")) {
            return "java.desktop";
        }
        if (className.startsWith("java.sql.")) {
            return "java.sql";
        }
        if (className.startsWith("java.util.logging.")) {
            return "java.logging";
        }
        return "java.base";
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getModuleName() {
        return moduleName;
    }

    public String getModuleVersion() {
        return moduleVersion;
    }

    public String getClassLoaderName() {
        return classLoaderName;
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        boolean hasLoader = present(classLoaderName);
        boolean hasModule = present(moduleName);
        if (hasLoader) {
            sb.append(classLoaderName).append('/');
        }
        if (hasModule) {
            sb.append(moduleName);
            if (present(moduleVersion)) {
                sb.append('@').append(moduleVersion);
            }
        }
        if (hasLoader || hasModule) {
            sb.append('/');
        }
        sb.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) {
            sb.append("Native Method");
        } else if (fileName == null) {
            sb.append("Unknown Source");
        } else {
            sb.append(fileName);
            if (lineNumber >= 0) {
                sb.append(':').append(lineNumber);
            }
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof StackTraceElement)) {
            return false;
        }
        StackTraceElement e = (StackTraceElement) obj;
        return e.lineNumber == lineNumber
                && e.declaringClass.equals(declaringClass)
                && e.methodName.equals(methodName)
                && Objects.equals(classLoaderName, e.classLoaderName)
                && Objects.equals(moduleName, e.moduleName)
                && Objects.equals(moduleVersion, e.moduleVersion)
                && Objects.equals(fileName, e.fileName);
    }

    @Override
    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * result + Objects.hashCode(classLoaderName);
        result = 31 * result + Objects.hashCode(moduleName);
        result = 31 * result + Objects.hashCode(moduleVersion);
        result = 31 * result + Objects.hashCode(fileName);
        result = 31 * result + lineNumber;
        return result;
    }
}
