package java.net;

import java.util.Objects;

public class InetSocketAddress extends SocketAddress {
    private static final long serialVersionUID = 5076001401234631237L;

    private final String hostname;
    private final InetAddress addr;
    private final int port;

    private InetSocketAddress(int port, String hostname, InetAddress addr) {
        this.port = port;
        this.hostname = hostname;
        this.addr = addr;
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range:" + port);
        }
        return port;
    }

    public InetSocketAddress(int port) {
        this(InetAddress.anyLocal(), port);
    }

    public InetSocketAddress(InetAddress addr, int port) {
        this(checkPort(port), null, addr == null ? InetAddress.anyLocal() : addr);
    }

    /** Keeps the host name only if it could not be resolved (a resolved address carries its own). */
    public InetSocketAddress(String hostname, int port) {
        this(checkPort(port), Objects.requireNonNull(hostname, "hostname can't be null"), lookup(hostname), true);
    }

    private InetSocketAddress(int port, String hostname, InetAddress addr, boolean resolvedDropsName) {
        this(port, addr != null ? null : hostname, addr);
    }

    private static InetAddress lookup(String hostname) {
        try {
            return InetAddress.getByName(hostname);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public static InetSocketAddress createUnresolved(String host, int port) {
        return new InetSocketAddress(checkPort(port), Objects.requireNonNull(host, "hostname can't be null"), null);
    }

    public final int getPort() {
        return port;
    }

    public final InetAddress getAddress() {
        return addr;
    }

    public final String getHostName() {
        return hostname != null ? hostname : addr.getHostName();
    }

    public final String getHostString() {
        if (hostname != null) {
            return hostname;
        }
        return addr.hostName != null ? addr.hostName : addr.getHostAddress();
    }

    public final boolean isUnresolved() {
        return addr == null;
    }

    @Override
    public String toString() {
        String formatted;
        if (isUnresolved()) {
            formatted = hostname + "/<unresolved>";
        } else {
            formatted = addr.toString();
            if (addr instanceof Inet6Address) {
                int i = formatted.lastIndexOf('/');
                formatted = formatted.substring(0, i + 1) + "[" + formatted.substring(i + 1) + "]";
            }
        }
        return formatted + ":" + port;
    }

    @Override
    public final boolean equals(Object obj) {
        if (!(obj instanceof InetSocketAddress that) || port != that.port) {
            return false;
        }
        if (addr != null) {
            return addr.equals(that.addr);
        }
        return that.addr == null && hostname.equalsIgnoreCase(that.hostname);
    }

    @Override
    public final int hashCode() {
        if (addr != null) {
            return addr.hashCode() + port;
        }
        return hostname.toLowerCase().hashCode() + port;
    }
}
