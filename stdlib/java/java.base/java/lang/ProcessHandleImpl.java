package java.lang;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import jdk.internal.io.HostProcess;

/** The handle of the current process, or of a process this program started. */
final class ProcessHandleImpl implements ProcessHandle {
    private static ProcessHandleImpl current;

    private final long pid;
    /** The started process, or null for the current one (or its parent). */
    private final Process process;
    private final boolean isCurrent;

    private ProcessHandleImpl(long pid, Process process, boolean isCurrent) {
        this.pid = pid;
        this.process = process;
        this.isCurrent = isCurrent;
    }

    static synchronized ProcessHandleImpl current() {
        if (current == null) {
            current = new ProcessHandleImpl(HostProcess.currentPid0(), null, true);
        }
        return current;
    }

    static ProcessHandle of(Process process) {
        return new ProcessHandleImpl(process.pid(), process, false);
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public Optional<ProcessHandle> parent() {
        if (isCurrent) {
            long parent = HostProcess.parentPid0();
            if (parent > 0) {
                return Optional.of(new ProcessHandleImpl(parent, null, false));
            }
            return Optional.empty();
        }
        if (process != null) {
            return Optional.of(current());
        }
        return Optional.empty();
    }

    @Override
    public Stream<ProcessHandle> children() {
        return Stream.empty();
    }

    @Override
    public Stream<ProcessHandle> descendants() {
        return Stream.empty();
    }

    @Override
    public Info info() {
        return EmptyInfo.INSTANCE;
    }

    @Override
    public CompletableFuture<ProcessHandle> onExit() {
        if (isCurrent) {
            throw new IllegalStateException("onExit for current process not allowed");
        }
        if (process == null) {
            return new CompletableFuture<>();
        }
        return process.onExit().thenApply(p -> this);
    }

    @Override
    public boolean supportsNormalTermination() {
        return true;
    }

    @Override
    public boolean destroy() {
        return destroy(false);
    }

    @Override
    public boolean destroyForcibly() {
        return destroy(true);
    }

    private boolean destroy(boolean force) {
        if (isCurrent) {
            throw new IllegalStateException("destroy of current process not allowed");
        }
        if (process == null || !process.isAlive()) {
            return false;
        }
        if (force) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        return true;
    }

    @Override
    public boolean isAlive() {
        if (isCurrent) {
            return true;
        }
        return process != null ? process.isAlive() : true;
    }

    @Override
    public int compareTo(ProcessHandle other) {
        return Long.compare(pid, other.pid());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pid);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ProcessHandleImpl h && h.pid == pid;
    }

    @Override
    public String toString() {
        return String.valueOf(pid);
    }

    /** What Cortado knows of a process's command, arguments, start, CPU time and user. */
    private static final class EmptyInfo implements ProcessHandle.Info {
        static final EmptyInfo INSTANCE = new EmptyInfo();

        @Override
        public Optional<String> command() {
            return Optional.empty();
        }

        @Override
        public Optional<String> commandLine() {
            return Optional.empty();
        }

        @Override
        public Optional<String[]> arguments() {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> startInstant() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> totalCpuDuration() {
            return Optional.empty();
        }

        @Override
        public Optional<String> user() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "[]";
        }
    }
}
