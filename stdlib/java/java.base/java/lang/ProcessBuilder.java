package java.lang;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts host processes through the VM's host door. A sandbox may refuse to start them, and
 * environment() needs the right to read the environment (SecurityException otherwise).
 */
public final class ProcessBuilder {
    private List<String> command;
    private File directory;
    private Map<String, String> environment;
    private boolean redirectErrorStream;
    private Redirect[] redirects;

    public ProcessBuilder(List<String> command) {
        if (command == null) {
            throw new NullPointerException();
        }
        this.command = command;
    }

    public ProcessBuilder(String... command) {
        this.command = new ArrayList<>(command.length);
        for (String arg : command) {
            this.command.add(arg);
        }
    }

    public ProcessBuilder command(List<String> command) {
        if (command == null) {
            throw new NullPointerException();
        }
        this.command = command;
        return this;
    }

    public ProcessBuilder command(String... command) {
        this.command = new ArrayList<>(command.length);
        for (String arg : command) {
            this.command.add(arg);
        }
        return this;
    }

    public List<String> command() {
        return command;
    }

    /** A mutable copy of the environment the process will get (the VM's, at first). */
    public Map<String, String> environment() {
        if (environment == null) {
            environment = new HashMap<>(System.getenv());
        }
        return environment;
    }

    ProcessBuilder environment(String[] envp) {
        environment = new HashMap<>();
        if (envp != null) {
            for (String entry : envp) {
                if (entry == null) {
                    continue;
                }
                int eq = entry.indexOf('=', 1);
                if (eq != -1) {
                    environment.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
        }
        return this;
    }

    public File directory() {
        return directory;
    }

    public ProcessBuilder directory(File directory) {
        this.directory = directory;
        return this;
    }

    private Redirect[] redirects() {
        if (redirects == null) {
            redirects = new Redirect[] {Redirect.PIPE, Redirect.PIPE, Redirect.PIPE};
        }
        return redirects;
    }

    public ProcessBuilder redirectInput(Redirect source) {
        if (source.type() == Redirect.Type.WRITE || source.type() == Redirect.Type.APPEND) {
            throw new IllegalArgumentException("Redirect invalid for reading: " + source);
        }
        redirects()[0] = source;
        return this;
    }

    public ProcessBuilder redirectOutput(Redirect destination) {
        if (destination.type() == Redirect.Type.READ) {
            throw new IllegalArgumentException("Redirect invalid for writing: " + destination);
        }
        redirects()[1] = destination;
        return this;
    }

    public ProcessBuilder redirectError(Redirect destination) {
        if (destination.type() == Redirect.Type.READ) {
            throw new IllegalArgumentException("Redirect invalid for writing: " + destination);
        }
        redirects()[2] = destination;
        return this;
    }

    public ProcessBuilder redirectInput(File file) {
        return redirectInput(Redirect.from(file));
    }

    public ProcessBuilder redirectOutput(File file) {
        return redirectOutput(Redirect.to(file));
    }

    public ProcessBuilder redirectError(File file) {
        return redirectError(Redirect.to(file));
    }

    public Redirect redirectInput() {
        return redirects == null ? Redirect.PIPE : redirects[0];
    }

    public Redirect redirectOutput() {
        return redirects == null ? Redirect.PIPE : redirects[1];
    }

    public Redirect redirectError() {
        return redirects == null ? Redirect.PIPE : redirects[2];
    }

    public ProcessBuilder inheritIO() {
        Arrays.fill(redirects(), Redirect.INHERIT);
        return this;
    }

    public boolean redirectErrorStream() {
        return redirectErrorStream;
    }

    public ProcessBuilder redirectErrorStream(boolean redirectErrorStream) {
        this.redirectErrorStream = redirectErrorStream;
        return this;
    }

    public Process start() throws IOException {
        String[] cmdarray = command.toArray(new String[0]);
        for (String arg : cmdarray) {
            if (arg == null) {
                throw new NullPointerException();
            }
        }
        String prog = cmdarray[0];
        for (String arg : cmdarray) {
            if (arg.indexOf('\u0000') >= 0) {
                throw new IOException("invalid null character in command");
            }
        }
        String[] env = null;
        if (environment != null) {
            env = new String[environment.size()];
            int i = 0;
            for (Map.Entry<String, String> e : environment.entrySet()) {
                env[i++] = e.getKey() + "=" + e.getValue();
            }
        }
        String dir = directory == null ? null : directory.toString();
        return ProcessImpl.start(cmdarray, env, dir, redirects(), redirectErrorStream);
    }

    /** Where a child's standard stream comes from or goes to. */
    public abstract static class Redirect {
        public enum Type {
            PIPE, INHERIT, READ, WRITE, APPEND
        }

        public static final Redirect PIPE = new Redirect() {
            @Override
            public Type type() {
                return Type.PIPE;
            }

            @Override
            public String toString() {
                return type().toString();
            }
        };

        public static final Redirect INHERIT = new Redirect() {
            @Override
            public Type type() {
                return Type.INHERIT;
            }

            @Override
            public String toString() {
                return type().toString();
            }
        };

        public static final Redirect DISCARD = new FileRedirect(Type.WRITE, new File("/dev/null")) {
            @Override
            public String toString() {
                return type().toString();
            }
        };

        public abstract Type type();

        public File file() {
            return null;
        }

        boolean append() {
            throw new UnsupportedOperationException();
        }

        private Redirect() {}

        public static Redirect from(File file) {
            if (file == null) {
                throw new NullPointerException();
            }
            return new FileRedirect(Type.READ, file);
        }

        public static Redirect to(File file) {
            if (file == null) {
                throw new NullPointerException();
            }
            return new FileRedirect(Type.WRITE, file);
        }

        public static Redirect appendTo(File file) {
            if (file == null) {
                throw new NullPointerException();
            }
            return new FileRedirect(Type.APPEND, file);
        }

        @Override
        public boolean equals(Object obj) {
            if (obj == this) {
                return true;
            }
            if (!(obj instanceof Redirect r) || r.type() != type()) {
                return false;
            }
            return file() != null && file().equals(r.file());
        }

        @Override
        public int hashCode() {
            File file = file();
            return file == null ? super.hashCode() : file.hashCode();
        }

        private static class FileRedirect extends Redirect {
            private final Type type;
            private final File file;

            FileRedirect(Type type, File file) {
                this.type = type;
                this.file = file;
            }

            @Override
            public Type type() {
                return type;
            }

            @Override
            public File file() {
                return file;
            }

            @Override
            boolean append() {
                return type == Type.APPEND;
            }

            @Override
            public String toString() {
                String verb = switch (type) {
                    case READ -> "read from";
                    case WRITE -> "write to";
                    default -> "append to";
                };
                return "redirect to " + verb + " file \"" + file + "\"";
            }
        }
    }
}
