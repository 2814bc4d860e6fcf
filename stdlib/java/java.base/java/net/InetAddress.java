package java.net;

import java.util.Arrays;

/**
 * An IP address, with the host name it was looked up by. Cortado resolves numeric addresses
 * and localhost itself; other names go through the host door (a DNS lookup, which a sandbox
 * may refuse). There is no reverse lookup: getHostName of a numeric address is the address,
 * except for loopback addresses ("localhost").
 */
public class InetAddress implements java.io.Serializable {
    private static final long serialVersionUID = 3286316764910316507L;

    final byte[] address;
    String hostName;

    InetAddress(String hostName, byte[] address) {
        this.hostName = hostName;
        this.address = address;
    }

    static InetAddress of(String hostName, byte[] address) {
        if (address.length == 4) {
            return new Inet4Address(hostName, address);
        }
        if (isIPv4Mapped(address)) {
            return new Inet4Address(hostName, Arrays.copyOfRange(address, 12, 16));
        }
        return new Inet6Address(hostName, address);
    }

    /** ::ffff:a.b.c.d */
    private static boolean isIPv4Mapped(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    public static InetAddress getByName(String host) throws UnknownHostException {
        return getAllByName(host)[0];
    }

    public static InetAddress[] getAllByName(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) {
            return new InetAddress[] {getLoopbackAddress()};
        }
        String literal = host;
        boolean bracketed = false;
        if (host.charAt(0) == '[') {
            if (host.length() <= 2 || host.charAt(host.length() - 1) != ']') {
                throw new UnknownHostException(host + ": invalid IPv6 address literal");
            }
            literal = host.substring(1, host.length() - 1);
            bracketed = true;
        }
        // what starts as a hex digit or ':' is tried as a literal first (never looked up if it has a ':')
        char first = literal.charAt(0);
        if (Character.digit(first, 16) >= 0 || first == ':') {
            byte[] v4 = parseIPv4(literal);
            if (v4 != null) {
                if (bracketed) {
                    throw new UnknownHostException(host + ": invalid IPv6 address literal");
                }
                return new InetAddress[] {of(null, v4)};
            }
            byte[] v6 = parseIPv6(literal);
            if (v6 != null && isIPv4Mapped(v6) && literal.indexOf('%') >= 0) {
                throw new UnknownHostException(literal + ": invalid IPv4-mapped address");
            }
            if (v6 != null) {
                return new InetAddress[] {of(null, v6)};
            }
            if (literal.indexOf(':') >= 0) {
                throw new UnknownHostException(literal + ": invalid IPv6 address literal");
            }
        }
        if (bracketed) {
            throw new UnknownHostException(host + ": invalid IPv6 address literal");
        }
        return new InetAddress[] {of(host, jdk.internal.io.HostNet.resolve0(host))};
    }

    public static InetAddress getByAddress(byte[] addr) throws UnknownHostException {
        return getByAddress(null, addr);
    }

    public static InetAddress getByAddress(String host, byte[] addr) throws UnknownHostException {
        if (addr == null || (addr.length != 4 && addr.length != 16)) {
            throw new UnknownHostException("addr is of illegal length");
        }
        return of(host, addr.clone());
    }

    public static InetAddress getLoopbackAddress() {
        return new Inet4Address("localhost", new byte[] {127, 0, 0, 1});
    }

    /** The loopback address named localhost (Cortado looks up no host name). */
    public static InetAddress getLocalHost() throws UnknownHostException {
        return getLoopbackAddress();
    }

    static InetAddress anyLocal() {
        return new Inet4Address("0.0.0.0", new byte[4]);
    }

    /** 4 or 16 bytes for an IPv4 or IPv6 literal, else null. */
    static byte[] parseNumeric(String s) {
        byte[] v4 = parseIPv4(s);
        if (v4 != null) {
            return v4;
        }
        return s.indexOf(':') >= 0 ? parseIPv6(s) : null;
    }

    private static byte[] parseIPv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3) {
                return null;
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] parseIPv6(String s) {
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        byte[] v4Tail = null;
        int lastColon = s.lastIndexOf(':');
        if (lastColon >= 0 && s.indexOf('.', lastColon) >= 0) {
            v4Tail = parseIPv4(s.substring(lastColon + 1));
            if (v4Tail == null) {
                return null;
            }
            // the tail stands for two groups
            s = s.substring(0, lastColon + 1) + "0:0";
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] h = groups(head);
        int[] t = groups(tail);
        if (h == null || t == null) {
            return null;
        }
        int total = h.length + t.length;
        if ((gap < 0 && total != 8) || (gap >= 0 && total > 7)) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < h.length; i++) {
            out[2 * i] = (byte) (h[i] >> 8);
            out[2 * i + 1] = (byte) h[i];
        }
        for (int i = 0; i < t.length; i++) {
            int at = 8 - t.length + i;
            out[2 * at] = (byte) (t[i] >> 8);
            out[2 * at + 1] = (byte) t[i];
        }
        if (v4Tail != null) {
            System.arraycopy(v4Tail, 0, out, 12, 4);
        }
        return out;
    }

    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            try {
                out[i] = Integer.parseInt(p, 16);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    public byte[] getAddress() {
        return address.clone();
    }

    public String getHostAddress() {
        if (address.length == 4) {
            return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "."
                    + (address[3] & 0xff);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                b.append(':');
            }
            b.append(Integer.toHexString(((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff)));
        }
        return b.toString();
    }

    public String getHostName() {
        if (hostName == null) {
            hostName = isLoopbackAddress() ? "localhost" : getHostAddress();
        }
        return hostName;
    }

    public String getCanonicalHostName() {
        return getHostName();
    }

    public boolean isLoopbackAddress() {
        if (address.length == 4) {
            return address[0] == 127;
        }
        for (int i = 0; i < 15; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[15] == 1;
    }

    public boolean isAnyLocalAddress() {
        for (byte b : address) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean isLinkLocalAddress() {
        return address.length == 4 ? (address[0] & 0xff) == 169 && (address[1] & 0xff) == 254
                : (address[0] & 0xff) == 0xfe && (address[1] & 0xc0) == 0x80;
    }

    public boolean isSiteLocalAddress() {
        if (address.length != 4) {
            return (address[0] & 0xff) == 0xfe && (address[1] & 0xc0) == 0xc0;
        }
        int a = address[0] & 0xff, b = address[1] & 0xff;
        return a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168);
    }

    public boolean isMulticastAddress() {
        return address.length == 4 ? (address[0] & 0xf0) == 0xe0 : (address[0] & 0xff) == 0xff;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InetAddress other && Arrays.equals(address, other.address);
    }

    @Override
    public int hashCode() {
        if (address.length == 4) {
            return ((address[0] & 0xff) << 24) | ((address[1] & 0xff) << 16) | ((address[2] & 0xff) << 8)
                    | (address[3] & 0xff);
        }
        // the JDK's: the sum of the four big-endian ints made of signed bytes
        int hash = 0;
        for (int i = 0; i < 16; i += 4) {
            int component = 0;
            for (int j = i; j < i + 4; j++) {
                component = (component << 8) + address[j];
            }
            hash += component;
        }
        return hash;
    }

    @Override
    public String toString() {
        return (hostName != null ? hostName : "") + "/" + getHostAddress();
    }
}
