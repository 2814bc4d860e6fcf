package sweep;
import java.io.*;
import java.nio.charset.StandardCharsets;

public class PipedStreams {
    public static void main(String[] args) throws Exception {
        PipedOutputStream pos = new PipedOutputStream();
        PipedInputStream pis = new PipedInputStream(pos, 64);
        Thread producer = new Thread(() -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(pos))) {
                for (int i = 0; i < 100; i++) { out.writeInt(i * i); out.writeUTF("item-" + i); }
            } catch (IOException e) { System.out.println("producer " + e); }
        }, "producer");
        producer.start();
        long sum = 0; int n = 0; String last = null;
        try (DataInputStream in = new DataInputStream(pis)) {
            while (true) {
                try { sum += in.readInt(); last = in.readUTF(); n++; } catch (EOFException e) { break; }
            }
        }
        producer.join();
        System.out.println(n + " " + sum + " " + last);
        PipedWriter pw = new PipedWriter();
        PipedReader pr = new PipedReader(pw);
        Thread writer = new Thread(() -> {
            try (PrintWriter out = new PrintWriter(pw)) {
                for (String w : "the quick brown fox jumps over the lazy dog".split(" ")) out.println(w.toUpperCase());
            }
        });
        writer.start();
        BufferedReader br = new BufferedReader(pr);
        String line; StringBuilder sb = new StringBuilder();
        while ((line = br.readLine()) != null) sb.append(line.charAt(0));
        writer.join();
        System.out.println(sb);
        try { new PipedOutputStream().write(1); } catch (IOException e) { System.out.println(e.getMessage()); }
        try { new PipedInputStream().read(); } catch (IOException e) { System.out.println(e.getMessage()); }
        PipedInputStream a = new PipedInputStream(); PipedOutputStream b = new PipedOutputStream(a);
        try { b.connect(new PipedInputStream()); } catch (IOException e) { System.out.println(e.getMessage()); }
        try { new PipedOutputStream(a); } catch (IOException e) { System.out.println(e.getMessage()); }
        b.write("hi".getBytes(StandardCharsets.UTF_8));
        System.out.println(a.available() + " " + (char) a.read() + " " + a.available());
        b.close();
        System.out.println((char) a.read() + " " + a.read());
        a.close();
        try { a.read(); } catch (IOException e) { System.out.println(e.getMessage()); }
        PipedInputStream c = new PipedInputStream(); PipedOutputStream d = new PipedOutputStream(c);
        c.close();
        try { d.write(1); } catch (IOException e) { System.out.println(e.getMessage()); }
        try { new PipedInputStream(0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        PipedInputStream e1 = new PipedInputStream(); PipedOutputStream e2 = new PipedOutputStream(e1);
        Thread dying = new Thread(() -> { try { e2.write(7); } catch (IOException ex) { System.out.println(ex); } });
        dying.start(); dying.join();
        System.out.println(e1.read());
        try { e1.read(); } catch (IOException ex) { System.out.println(ex.getMessage()); }
    }
}
