package java.lang;

public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    private Runtime() {}

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    /** Runs the shutdown hooks, then terminates the VM with status. Never returns. */
    public void exit(int status) {
        SecurityManager security = System.getSecurityManager();
        if (security != null) {
            security.checkExit(status);
        }
        Shutdown.exit(status);
    }

    /** As System.load: Cortado loads no native libraries. */
    public void load(String filename) {
        System.load(filename);
    }

    /** As System.loadLibrary: Cortado loads no native libraries. */
    public void loadLibrary(String libname) {
        System.loadLibrary(libname);
    }

    public void addShutdownHook(Thread hook) {
        Shutdown.addHook(hook);
    }

    public boolean removeShutdownHook(Thread hook) {
        return Shutdown.removeHook(hook);
    }

    /** Terminates the VM immediately without running hooks. */
    public void halt(int status) {
        SecurityManager security = System.getSecurityManager();
        if (security != null) {
            security.checkExit(status);
        }
        Shutdown.halt(status);
    }

    public Process exec(String command) throws java.io.IOException {
        return exec(command, null, null);
    }

    public Process exec(String command, String[] envp) throws java.io.IOException {
        return exec(command, envp, null);
    }

    public Process exec(String command, String[] envp, java.io.File dir) throws java.io.IOException {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("Empty command");
        }
        java.util.StringTokenizer st = new java.util.StringTokenizer(command);
        String[] cmdarray = new String[st.countTokens()];
        for (int i = 0; st.hasMoreTokens(); i++) {
            cmdarray[i] = st.nextToken();
        }
        return exec(cmdarray, envp, dir);
    }

    public Process exec(String[] cmdarray) throws java.io.IOException {
        return exec(cmdarray, null, null);
    }

    public Process exec(String[] cmdarray, String[] envp) throws java.io.IOException {
        return exec(cmdarray, envp, null);
    }

    public Process exec(String[] cmdarray, String[] envp, java.io.File dir) throws java.io.IOException {
        ProcessBuilder builder = new ProcessBuilder(cmdarray).directory(dir);
        if (envp != null) {
            builder.environment(envp);
        }
        return builder.start();
    }

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    public void runFinalization() {}

    private static Version version;

    /** The version of this runtime, from the {@code java.runtime.version} property. */
    public static Version version() {
        if (version == null) {
            version = Version.parse(jdk.internal.util.StaticProperty.get("java.runtime.version"));
        }
        return version;
    }

    /** A version string of the form {@code $VNUM(-$PRE)?(\+$BUILD)?(-$OPT)?} (JEP 322). */
    public static final class Version implements Comparable<Version> {
        private final java.util.List<Integer> version;
        private final java.util.Optional<String> pre;
        private final java.util.Optional<Integer> build;
        private final java.util.Optional<String> optional;

        private Version(java.util.List<Integer> version, java.util.Optional<String> pre,
                java.util.Optional<Integer> build, java.util.Optional<String> optional) {
            this.version = version;
            this.pre = pre;
            this.build = build;
            this.optional = optional;
        }

        private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(
                "(?<VNUM>[1-9][0-9]*(?:(?:\\.0)*\\.[1-9][0-9]*)*)"
                + "(?:-(?<PRE>[a-zA-Z0-9]+))?"
                + "(?:(?<PLUS>\\+)(?<BUILD>0|[1-9][0-9]*)?)?"
                + "(?:-(?<OPT>[-a-zA-Z0-9.]+))?");

        public static Version parse(String s) {
            if (s == null) {
                throw new NullPointerException();
            }
            java.util.regex.Matcher m = PATTERN.matcher(s);
            if (!m.matches()) {
                throw new IllegalArgumentException("Invalid version string: '" + s + "'");
            }
            java.util.List<Integer> list = new java.util.ArrayList<>();
            for (String part : m.group("VNUM").split("\\.")) {
                list.add(Integer.parseInt(part));
            }
            String pre = m.group("PRE");
            String buildText = m.group("BUILD");
            boolean plus = m.group("PLUS") != null;
            String opt = m.group("OPT");
            if (plus && buildText == null) {
                if (opt == null) {
                    throw new IllegalArgumentException(
                            "'+' found with neither build or optional components: '" + s + "'");
                }
                if (pre != null) {
                    throw new IllegalArgumentException(
                            "'+' found with pre-release and optional components:'" + s + "'");
                }
            } else if (opt != null && !plus && pre == null) {
                throw new IllegalArgumentException("optional component must be preceded by a"
                        + " pre-release component or '+': '" + s + "'");
            }
            return new Version(java.util.Collections.unmodifiableList(list),
                    java.util.Optional.ofNullable(pre),
                    buildText == null ? java.util.Optional.empty()
                            : java.util.Optional.of(Integer.parseInt(buildText)),
                    java.util.Optional.ofNullable(opt));
        }

        public int feature() { return version.get(0); }

        public int interim() { return version.size() > 1 ? version.get(1) : 0; }

        public int update() { return version.size() > 2 ? version.get(2) : 0; }

        public int patch() { return version.size() > 3 ? version.get(3) : 0; }

        @Deprecated(since = "10")
        public int major() { return feature(); }

        @Deprecated(since = "10")
        public int minor() { return interim(); }

        @Deprecated(since = "10")
        public int security() { return update(); }

        public java.util.List<Integer> version() { return version; }

        public java.util.Optional<String> pre() { return pre; }

        public java.util.Optional<Integer> build() { return build; }

        public java.util.Optional<String> optional() { return optional; }

        @Override
        public int compareTo(Version obj) { return compare(obj, false); }

        public int compareToIgnoreOptional(Version obj) { return compare(obj, true); }

        private int compare(Version obj, boolean ignoreOpt) {
            if (obj == null) {
                throw new NullPointerException();
            }
            int size = version.size();
            int oSize = obj.version.size();
            for (int i = 0; i < Math.min(size, oSize); i++) {
                int val = version.get(i);
                int oVal = obj.version.get(i);
                if (val != oVal) {
                    return val - oVal;
                }
            }
            if (size != oSize) {
                return size - oSize;
            }
            if (pre.isPresent() != obj.pre.isPresent()) {
                return pre.isPresent() ? -1 : 1;
            }
            if (pre.isPresent()) {
                String a = pre.get();
                String b = obj.pre.get();
                boolean an = a.matches("\\d+");
                boolean bn = b.matches("\\d+");
                int c;
                if (an && bn) {
                    c = new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
                } else if (an != bn) {
                    c = an ? -1 : 1;
                } else {
                    c = a.compareTo(b);
                }
                if (c != 0) {
                    return c;
                }
            }
            if (build.isPresent() != obj.build.isPresent()) {
                return build.isPresent() ? 1 : -1;
            }
            if (build.isPresent()) {
                int c = build.get().compareTo(obj.build.get());
                if (c != 0) {
                    return c;
                }
            }
            if (!ignoreOpt) {
                if (optional.isPresent() != obj.optional.isPresent()) {
                    return optional.isPresent() ? 1 : -1;
                }
                if (optional.isPresent()) {
                    return optional.get().compareTo(obj.optional.get());
                }
            }
            return 0;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < version.size(); i++) {
                if (i > 0) {
                    sb.append('.');
                }
                sb.append(version.get(i));
            }
            pre.ifPresent(v -> sb.append('-').append(v));
            if (build.isPresent()) {
                sb.append('+').append(build.get());
                optional.ifPresent(v -> sb.append('-').append(v));
            } else if (optional.isPresent()) {
                sb.append(pre.isPresent() ? "-" : "+-").append(optional.get());
            }
            return sb.toString();
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Version v && compareTo(v) == 0;
        }

        public boolean equalsIgnoreOptional(Object obj) {
            return obj instanceof Version v && compareToIgnoreOptional(v) == 0;
        }

        @Override
        public int hashCode() {
            int h = 1;
            int p = 17;
            h = p * h + version.hashCode();
            h = p * h + pre.hashCode();
            h = p * h + build.hashCode();
            h = p * h + optional.hashCode();
            return h;
        }
    }
}
