package net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Numeric addresses only: nothing here may look a name up. */
public class InetLiterals {
    public static void main(String[] args) {
        String[] literals = {"127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.1.1", "224.0.0.1",
            "0.0.0.0", "255.255.255.255", "::1", "[::1]", "::", "fe80::1", "FE80::ABCD:1", "2001:db8::8a2e:370:7334",
            "1:2:3:4:5:6:7:8", "ff02::1", "fec0::1", "::ffff:1.2.3.4", "::1.2.3.4", "[1.2.3.4]", "[::1", "1::2::3",
            "12345::", "::g", "1:2:3:4:5:6:1.2.3.4", "::1.2.3", "[abc]", "[]", "::ffff:1.2.3.4%5",};
        for (String s : literals) {
            try {
                InetAddress a = InetAddress.getByName(s);
                byte[] b = a.getAddress();
                System.out.println(s + " -> " + a.getClass().getSimpleName() + " " + a.getHostAddress() + " len="
                        + b.length + " hash=" + a.hashCode() + " loop=" + a.isLoopbackAddress() + " any="
                        + a.isAnyLocalAddress() + " link=" + a.isLinkLocalAddress() + " site=" + a.isSiteLocalAddress()
                        + " multi=" + a.isMulticastAddress());
            } catch (UnknownHostException e) {
                System.out.println(s + " -> UnknownHostException: " + e.getMessage());
            }
        }
        try {
            InetAddress a = InetAddress.getByAddress(new byte[] {10, 0, 0, 1});
            InetAddress b = InetAddress.getByAddress("named", new byte[] {10, 0, 0, 1});
            InetAddress c = InetAddress.getByAddress(new byte[16]);
            System.out.println(a + " " + b + " " + b.getHostName() + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode())
                    + " " + c + " " + (c instanceof Inet6Address) + " " + (a instanceof Inet4Address));
            InetAddress.getByAddress(new byte[5]);
        } catch (UnknownHostException e) {
            System.out.println("UnknownHostException: " + e.getMessage());
        }
        InetAddress loop = InetAddress.getLoopbackAddress();
        System.out.println(loop + " " + loop.getHostName() + " " + loop.getHostAddress());
        InetSocketAddress sa = new InetSocketAddress("127.0.0.1", 8080);
        InetSocketAddress un = InetSocketAddress.createUnresolved("example.invalid", 80);
        System.out.println(sa + " " + sa.getPort() + " " + sa.getHostString() + " " + sa.isUnresolved());
        System.out.println(un + " " + un.getHostString() + " " + un.isUnresolved() + " " + un.getAddress());
        System.out.println(new InetSocketAddress(443).getAddress().isAnyLocalAddress() + " "
                + new InetSocketAddress("::1", 1).getHostString());
        try {
            new InetSocketAddress("h", 70000);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
    }
}
