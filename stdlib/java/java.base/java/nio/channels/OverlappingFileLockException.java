package java.nio.channels;

public class OverlappingFileLockException extends IllegalStateException {
    private static final long serialVersionUID = 2047812138163068433L;

    public OverlappingFileLockException() {}
}
