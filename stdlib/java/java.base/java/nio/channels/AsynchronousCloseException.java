package java.nio.channels;

public class AsynchronousCloseException extends ClosedChannelException {
    private static final long serialVersionUID = 6891178312432313966L;

    public AsynchronousCloseException() {}
}
