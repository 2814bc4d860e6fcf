package java.nio.channels;

public class FileLockInterruptionException extends java.io.IOException {
    private static final long serialVersionUID = 7104080643653532383L;

    public FileLockInterruptionException() {}
}
