package jdk.internal.io;

/**
 * TCP sockets through the VM's host door. Handles are small ints; failures throw the JDK's
 * exceptions (SocketException and subclasses, SecurityException when the sandbox refuses).
 */
public final class HostNet {
    private HostNet() {}

    /** The first address of a host name (4 or 16 bytes); UnknownHostException if none. */
    public static native byte[] resolve0(String host) throws java.net.UnknownHostException;

    /** Connects; timeoutMs 0 waits as long as the system does. Returns the socket handle. */
    public static native int connect0(String hostName, byte[] address, int port, int timeoutMs)
            throws java.io.IOException;

    /** Binds and listens (port 0: any free port). Returns the listener handle. */
    public static native int listen0(String hostName, byte[] address, int port) throws java.io.IOException;

    /** Accepts a connection; timeoutMs 0 waits forever. Returns the socket handle. */
    public static native int accept0(int listener, int timeoutMs) throws java.io.IOException;

    /** Reads up to len bytes into b[off..]; -1 at the end of the stream. */
    public static native int read0(int socket, byte[] b, int off, int len, int timeoutMs)
            throws java.io.IOException;

    public static native void write0(int socket, byte[] b, int off, int len) throws java.io.IOException;

    public static native int available0(int socket);

    public static native void close0(int handle);

    /** The local or remote address bytes followed by the port (2 bytes, big-endian); null if unknown. */
    public static native byte[] address0(int handle, boolean local);

    public static native void shutdown0(int socket, boolean output) throws java.io.IOException;

    public static native void setNoDelay0(int socket, boolean on);
}
