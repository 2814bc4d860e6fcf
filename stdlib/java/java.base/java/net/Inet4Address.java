package java.net;

public final class Inet4Address extends InetAddress {
    private static final long serialVersionUID = 3286316764910316507L;

    Inet4Address(String hostName, byte[] address) {
        super(hostName, address);
    }
}
