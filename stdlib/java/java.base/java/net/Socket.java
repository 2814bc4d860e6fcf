package java.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A TCP client socket through the VM's host door. Blocking calls let other Java threads run
 * and end when the VM is stopped; a sandbox may refuse the connection (SecurityException).
 */
public class Socket implements java.io.Closeable {
    private int handle = -1;
    private boolean closed;
    private boolean inputShutdown;
    private boolean outputShutdown;
    private int soTimeout;
    private boolean tcpNoDelay;
    private InetAddress remoteAddress;
    private int remotePort;
    private int localPort = -1;
    private InputStream in;
    private OutputStream out;

    public Socket() {}

    public Socket(String host, int port) throws IOException {
        this(host != null ? new InetSocketAddress(host, port) : new InetSocketAddress(InetAddress.getByName(null), port));
    }

    public Socket(InetAddress address, int port) throws IOException {
        this(new InetSocketAddress(Objects.requireNonNull(address), port));
    }

    private Socket(InetSocketAddress endpoint) throws IOException {
        try {
            connect(endpoint);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** An accepted connection (from ServerSocket.accept). */
    Socket(int handle) {
        this.handle = handle;
        byte[] remote = jdk.internal.io.HostNet.address0(handle, false);
        if (remote != null) {
            remoteAddress = ServerSocket.addressOf(remote);
            remotePort = ServerSocket.portOf(remote);
        }
        rememberLocalPort();
    }

    private void rememberLocalPort() {
        byte[] local = jdk.internal.io.HostNet.address0(handle, true);
        localPort = local != null ? ServerSocket.portOf(local) : -1;
    }

    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (endpoint == null) {
            throw new IllegalArgumentException("connect: The address can't be null");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("connect: timeout can't be negative");
        }
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (handle >= 0) {
            throw new SocketException("already connected");
        }
        if (!(endpoint instanceof InetSocketAddress epoint)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        if (epoint.isUnresolved()) {
            throw new UnknownHostException(epoint.getHostName());
        }
        InetAddress address = epoint.getAddress();
        String name = address.hostName != null ? address.hostName : address.getHostAddress();
        handle = jdk.internal.io.HostNet.connect0(name, address.address, epoint.getPort(), timeout);
        remoteAddress = address;
        remotePort = epoint.getPort();
        rememberLocalPort();
        if (tcpNoDelay) {
            jdk.internal.io.HostNet.setNoDelay0(handle, true);
        }
    }

    public void bind(SocketAddress bindpoint) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        // The local address is chosen when connecting.
    }

    public InetAddress getInetAddress() {
        return handle >= 0 ? remoteAddress : null;
    }

    public int getPort() {
        return handle >= 0 ? remotePort : 0;
    }

    public InetAddress getLocalAddress() {
        byte[] local = handle >= 0 && !closed ? jdk.internal.io.HostNet.address0(handle, true) : null;
        return local != null ? ServerSocket.addressOf(local) : InetAddress.anyLocal();
    }

    /** Still known after close, as on the JDK. */
    public int getLocalPort() {
        return handle >= 0 ? localPort : -1;
    }

    public SocketAddress getRemoteSocketAddress() {
        return handle >= 0 ? new InetSocketAddress(remoteAddress, remotePort) : null;
    }

    public SocketAddress getLocalSocketAddress() {
        return handle >= 0 ? new InetSocketAddress(getLocalAddress(), getLocalPort()) : null;
    }

    public boolean isConnected() {
        return handle >= 0;
    }

    public boolean isBound() {
        return handle >= 0;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isInputShutdown() {
        return inputShutdown;
    }

    public boolean isOutputShutdown() {
        return outputShutdown;
    }

    private void checkOpen() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (handle < 0) {
            throw new SocketException("Socket is not connected");
        }
    }

    public synchronized InputStream getInputStream() throws IOException {
        checkOpen();
        if (inputShutdown) {
            throw new SocketException("Socket input is shutdown");
        }
        if (in == null) {
            in = new SocketInputStream();
        }
        return in;
    }

    public synchronized OutputStream getOutputStream() throws IOException {
        checkOpen();
        if (outputShutdown) {
            throw new SocketException("Socket output is shutdown");
        }
        if (out == null) {
            out = new SocketOutputStream();
        }
        return out;
    }

    public void shutdownInput() throws IOException {
        checkOpen();
        if (inputShutdown) {
            throw new SocketException("Socket input is already shutdown");
        }
        jdk.internal.io.HostNet.shutdown0(handle, false);
        inputShutdown = true;
    }

    public void shutdownOutput() throws IOException {
        checkOpen();
        if (outputShutdown) {
            throw new SocketException("Socket output is already shutdown");
        }
        jdk.internal.io.HostNet.shutdown0(handle, true);
        outputShutdown = true;
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

    public synchronized int getSoTimeout() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return soTimeout;
    }

    public void setTcpNoDelay(boolean on) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        tcpNoDelay = on;
        if (handle >= 0) {
            jdk.internal.io.HostNet.setNoDelay0(handle, on);
        }
    }

    public boolean getTcpNoDelay() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return tcpNoDelay;
    }

    public void setKeepAlive(boolean on) throws SocketException {}

    public void setReuseAddress(boolean on) throws SocketException {}

    public void setSoLinger(boolean on, int linger) throws SocketException {}

    public void setSendBufferSize(int size) throws SocketException {}

    public void setReceiveBufferSize(int size) throws SocketException {}

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            if (handle >= 0) {
                jdk.internal.io.HostNet.close0(handle);
            }
        }
    }

    @Override
    public String toString() {
        if (isConnected()) {
            return "Socket[addr=" + getInetAddress() + ",port=" + getPort() + ",localport=" + getLocalPort() + "]";
        }
        return "Socket[unconnected]";
    }

    private final class SocketInputStream extends InputStream {
        private boolean eof;

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            int n = read(b, 0, 1);
            return n <= 0 ? -1 : (b[0] & 0xff);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new SocketException("Socket closed");
            }
            if (len == 0) {
                return 0;
            }
            if (eof || inputShutdown) {
                return -1;
            }
            int n = jdk.internal.io.HostNet.read0(handle, b, off, len, soTimeout);
            if (n < 0) {
                if (closed) {
                    throw new SocketException("Socket closed");
                }
                eof = true;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            if (closed) {
                throw new SocketException("Socket closed");
            }
            return eof || inputShutdown ? 0 : jdk.internal.io.HostNet.available0(handle);
        }

        @Override
        public void close() throws IOException {
            Socket.this.close();
        }
    }

    private final class SocketOutputStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new SocketException("Socket closed");
            }
            if (outputShutdown) {
                throw new SocketException("Socket output is shutdown");
            }
            if (len > 0) {
                jdk.internal.io.HostNet.write0(handle, b, off, len);
            }
        }

        @Override
        public void close() throws IOException {
            Socket.this.close();
        }
    }
}
