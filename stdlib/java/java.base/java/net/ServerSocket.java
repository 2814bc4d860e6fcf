package java.net;

import java.io.IOException;

/**
 * A TCP listening socket through the VM's host door; a sandbox may refuse to listen
 * (SecurityException). accept lets other Java threads run and ends when the VM is stopped.
 */
public class ServerSocket implements java.io.Closeable {
    private int handle = -1;
    private boolean closed;
    private int soTimeout;
    private InetAddress boundAddress;
    private int localPort = -1;

    public ServerSocket() throws IOException {}

    public ServerSocket(int port) throws IOException {
        this(port, 50, null);
    }

    public ServerSocket(int port, int backlog) throws IOException {
        this(port, backlog, null);
    }

    public ServerSocket(int port, int backlog, InetAddress bindAddr) throws IOException {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("Port value out of range: " + port);
        }
        try {
            bind(new InetSocketAddress(bindAddr, port), backlog);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public void bind(SocketAddress endpoint) throws IOException {
        bind(endpoint, 50);
    }

    public void bind(SocketAddress endpoint, int backlog) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (handle >= 0) {
            throw new SocketException("Already bound");
        }
        if (endpoint == null) {
            endpoint = new InetSocketAddress(0);
        }
        if (!(endpoint instanceof InetSocketAddress epoint)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        if (epoint.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        InetAddress address = epoint.getAddress();
        String name = address.hostName != null ? address.hostName : address.getHostAddress();
        handle = jdk.internal.io.HostNet.listen0(name, address.address, epoint.getPort());
        boundAddress = address;
        byte[] local = jdk.internal.io.HostNet.address0(handle, true);
        localPort = local != null ? portOf(local) : epoint.getPort();
    }

    public Socket accept() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (handle < 0) {
            throw new SocketException("Socket is not bound yet");
        }
        int connection;
        try {
            connection = jdk.internal.io.HostNet.accept0(handle, soTimeout);
        } catch (SocketException e) {
            if (closed) {
                throw new SocketException("Socket closed");
            }
            throw e;
        }
        return new Socket(connection);
    }

    /** The address bound to, as given (the JDK's behaviour too). */
    public InetAddress getInetAddress() {
        return handle < 0 ? null : boundAddress;
    }

    /** The port bound to; still known after close, as on the JDK. */
    public int getLocalPort() {
        return handle < 0 ? -1 : localPort;
    }

    public SocketAddress getLocalSocketAddress() {
        return handle < 0 ? null : new InetSocketAddress(getInetAddress(), getLocalPort());
    }

    public boolean isBound() {
        return handle >= 0;
    }

    public boolean isClosed() {
        return closed;
    }

    public synchronized void setSoTimeout(int timeout) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        soTimeout = timeout;
    }

    public synchronized int getSoTimeout() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return soTimeout;
    }

    public void setReuseAddress(boolean on) throws SocketException {}

    public void setReceiveBufferSize(int size) throws SocketException {}

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (handle >= 0) {
            jdk.internal.io.HostNet.close0(handle);
        }
    }

    @Override
    public String toString() {
        if (!isBound()) {
            return "ServerSocket[unbound]";
        }
        return "ServerSocket[addr=" + getInetAddress() + ",localport=" + getLocalPort() + "]";
    }

    /** The address part of HostNet.address0's result. */
    static InetAddress addressOf(byte[] addressAndPort) {
        byte[] address = java.util.Arrays.copyOf(addressAndPort, addressAndPort.length - 2);
        return InetAddress.of(null, address);
    }

    static int portOf(byte[] addressAndPort) {
        int n = addressAndPort.length;
        return ((addressAndPort[n - 2] & 0xff) << 8) | (addressAndPort[n - 1] & 0xff);
    }
}
