package java.lang;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A native process: the current one, or one this program started. Cortado knows the pid of
 * both, the current process's parent, and nothing of other processes (of, children and
 * descendants find none; Info is empty).
 */
public interface ProcessHandle extends Comparable<ProcessHandle> {

    long pid();

    static Optional<ProcessHandle> of(long pid) {
        ProcessHandle current = current();
        return pid == current.pid() ? Optional.of(current) : Optional.empty();
    }

    static ProcessHandle current() {
        return ProcessHandleImpl.current();
    }

    Optional<ProcessHandle> parent();

    Stream<ProcessHandle> children();

    Stream<ProcessHandle> descendants();

    static Stream<ProcessHandle> allProcesses() {
        return Stream.of(current());
    }

    Info info();

    interface Info {
        Optional<String> command();

        Optional<String> commandLine();

        Optional<String[]> arguments();

        Optional<Instant> startInstant();

        Optional<Duration> totalCpuDuration();

        Optional<String> user();
    }

    CompletableFuture<ProcessHandle> onExit();

    boolean supportsNormalTermination();

    boolean destroy();

    boolean destroyForcibly();

    boolean isAlive();

    @Override
    int hashCode();

    @Override
    boolean equals(Object other);

    @Override
    int compareTo(ProcessHandle other);
}
