package net;

import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;

public class EchoServer {
    static String attempt(java.util.concurrent.Callable<Object> action) {
        try {
            return String.valueOf(action.call());
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) throws Exception {
        addresses();
        echo();
        bulk();
        failures();
    }

    static void addresses() throws Exception {
        System.out.println(InetAddress.getByName("127.0.0.1"));
        System.out.println(InetAddress.getByName("localhost"));
        System.out.println(InetAddress.getByName("::1"));
        System.out.println(InetAddress.getByName("[::1]").getHostAddress());
        System.out.println(InetAddress.getByName("fe80::1:2").getHostAddress());
        System.out.println(InetAddress.getLoopbackAddress());
        System.out.println(InetAddress.getByName("127.0.0.1").isLoopbackAddress());
        System.out.println(InetAddress.getByName("10.1.2.3").isSiteLocalAddress());
        System.out.println(InetAddress.getByName("10.1.2.3").isLoopbackAddress());
        System.out.println(InetAddress.getByName("127.0.0.1").equals(InetAddress.getByName("localhost")));
        System.out.println(InetAddress.getByName("1.2.3.4").hashCode());
        System.out.println(InetAddress.getByName("1.2.3.4") instanceof Inet4Address);
        System.out.println(InetAddress.getByName("::1") instanceof Inet6Address);
        System.out.println(InetAddress.getByAddress(new byte[] {10, 0, 0, 1}));
        System.out.println(InetAddress.getByAddress("named", new byte[] {10, 0, 0, 1}));
        System.out.println(attempt(() -> InetAddress.getByAddress(new byte[3])));
        System.out.println(new InetSocketAddress("127.0.0.1", 80));
        System.out.println(new InetSocketAddress(InetAddress.getByName("localhost"), 8080));
        System.out.println(InetSocketAddress.createUnresolved("example.invalid", 443));
        System.out.println(InetSocketAddress.createUnresolved("example.invalid", 443).isUnresolved());
        System.out.println(new InetSocketAddress("127.0.0.1", 80).getHostString());
        System.out.println(new InetSocketAddress(5).getAddress().isAnyLocalAddress());
        System.out.println(new InetSocketAddress("127.0.0.1", 80).equals(new InetSocketAddress("127.0.0.1", 80)));
        System.out.println(attempt(() -> new InetSocketAddress("127.0.0.1", 70000)));
        System.out.println(new Socket());
        System.out.println(new ServerSocket());
        System.out.println(attempt(() -> new Socket().getInputStream()));
        Socket closed = new Socket();
        closed.close();
        System.out.println(closed.isClosed() + " " + attempt(() -> closed.getOutputStream()));
        System.out.println(attempt(() -> new ServerSocket().accept()));
    }

    static void echo() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            System.out.println("bound " + server.isBound() + " port>0 " + (port > 0) + " addr " + server.getInetAddress());
            Thread serverThread = new Thread(() -> {
                for (int client = 0; client < 2; client++) {
                    try (Socket s = server.accept();
                         BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                         PrintWriter out = new PrintWriter(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true)) {
                        String line;
                        int n = 0;
                        while ((line = in.readLine()) != null) {
                            out.println(client + ":" + (n++) + ":" + line.toUpperCase());
                        }
                        out.println("bye after " + n);
                    } catch (IOException e) {
                        System.out.println("server: " + e);
                    }
                }
            });
            serverThread.start();
            String[] hosts = {"localhost", "127.0.0.1"};
            for (String host : hosts) {
                try (Socket s = new Socket(host, port)) {
                    System.out.println("connected " + s.isConnected() + " to " + s.getInetAddress() + " same port " + (s.getPort() == port)
                            + " local " + s.getLocalAddress() + " " + (s.getLocalPort() > 0));
                    s.setTcpNoDelay(true);
                    System.out.println("nodelay " + s.getTcpNoDelay() + " timeout " + s.getSoTimeout());
                    PrintWriter out = new PrintWriter(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true);
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    for (String word : new String[] {"hello", "wörld", "über €"}) {
                        out.println(word);
                        System.out.println(in.readLine());
                    }
                    s.shutdownOutput();
                    System.out.println("output shut " + s.isOutputShutdown() + " " + attempt(() -> { s.getOutputStream().write(1); return "wrote"; }));
                    System.out.println(in.readLine());
                    System.out.println(in.readLine());
                }
            }
            serverThread.join();
        }
    }

    static void bulk() throws Exception {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            Thread sender = new Thread(() -> {
                try (Socket s = server.accept(); OutputStream out = new BufferedOutputStream(s.getOutputStream())) {
                    for (int i = 0; i < 300_000; i++) {
                        out.write(i * 31 + (i >> 7));
                    }
                } catch (IOException e) {
                    System.out.println("sender: " + e);
                }
            });
            sender.start();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 5000);
                InputStream in = s.getInputStream();
                byte[] buffer = new byte[7777];
                long sum = 0, count = 0;
                int n;
                while ((n = in.read(buffer)) != -1) {
                    for (int i = 0; i < n; i++) {
                        sum = sum * 31 + (buffer[i] & 0xff);
                    }
                    count += n;
                }
                System.out.println("received " + count + " checksum " + sum + " then " + in.read());
            }
            sender.join();
        }
    }

    static void failures() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }
        System.out.println(attempt(() -> new Socket("127.0.0.1", freePort)));
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(100);
            System.out.println("timeout " + server.getSoTimeout() + " " + attempt(() -> server.accept()));
            try (Socket a = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort()); Socket b = server.accept()) {
                a.setSoTimeout(100);
                System.out.println(attempt(() -> a.getInputStream().read()));
                b.getOutputStream().write(42);
                System.out.println(attempt(() -> a.getInputStream().read()));
                b.close();
                System.out.println(attempt(() -> a.getInputStream().read()));
                a.close();
                System.out.println(attempt(() -> a.getInputStream().read()));
                System.out.println(attempt(() -> a.getInputStream()));
            }
            Thread closer = new Thread(() -> {
                try {
                    Thread.sleep(200);
                    server.close();
                } catch (Exception e) {
                    System.out.println(e);
                }
            });
            server.setSoTimeout(0);
            closer.start();
            System.out.println(attempt(() -> server.accept()));
            closer.join();
            System.out.println("closed " + server.isClosed() + " " + attempt(() -> server.accept()));
            System.out.println("port kept after close " + (server.getLocalPort() > 0));
        }
    }
}
