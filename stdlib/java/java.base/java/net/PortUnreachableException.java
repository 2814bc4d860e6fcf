package java.net;

/** Thrown when an ICMP Port Unreachable message has been received on a connected datagram. */
public class PortUnreachableException extends SocketException {
    private static final long serialVersionUID = 8462541992376507323L;

    public PortUnreachableException() {
        super();
    }

    public PortUnreachableException(String message) {
        super(message);
    }
}
