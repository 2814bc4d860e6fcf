package nio;

import java.io.*;
import java.nio.*;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
/** FileChannel.map: READ_ONLY and PRIVATE mappings (copies in Cortado), the checks, extending the file. */
public class FileMapping {
    interface C { Object call() throws Exception; }
    static void t(String w, C c) { try { System.out.println(w + ": " + c.call()); } catch (Throwable e) { System.out.println(w + ": " + e); } }
    public static void main(String[] a) throws Exception {
        Path dir = Files.createTempDirectory("map");
        Path p = dir.resolve("f.txt");
        Files.writeString(p, "hello mapped world\n".repeat(10));
        try (FileChannel ch = FileChannel.open(p)) {
            MappedByteBuffer mb = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            System.out.println(mb.isDirect() + " " + mb.isReadOnly() + " " + mb.capacity() + " " + mb.isLoaded() + " " + mb.hasArray() + " " + mb.position() + " " + mb.limit());
            byte[] first = new byte[5]; mb.get(first);
            System.out.println(new String(first) + " " + mb.position());
            System.out.println(StandardCharsets.UTF_8.decode(mb.slice(0, 12)).toString());
            int lines = 0; mb.rewind(); while (mb.hasRemaining()) if (mb.get() == '\n') lines++;
            System.out.println("lines " + lines);
            MappedByteBuffer part = ch.map(FileChannel.MapMode.READ_ONLY, 6, 6);
            byte[] b6 = new byte[6]; part.get(b6); System.out.println("[" + new String(b6) + "]");
            t("put on read-only", () -> mb.put(0, (byte) 1));
            t("private on read-only channel", () -> ch.map(FileChannel.MapMode.PRIVATE, 0, 4));
            t("rw on read-only channel", () -> ch.map(FileChannel.MapMode.READ_WRITE, 0, 4));
            t("beyond end", () -> ch.map(FileChannel.MapMode.READ_ONLY, 0, 1000));
            t("negative", () -> ch.map(FileChannel.MapMode.READ_ONLY, -1, 10));
            t("null mode", () -> ch.map(null, 0, 10));
            t("huge", () -> ch.map(FileChannel.MapMode.READ_ONLY, 0, 1L << 32));
            System.out.println((mb.slice() instanceof MappedByteBuffer) + " " + mb.duplicate().position() + " " + mb.flip().limit());
            System.out.println(mb.order() + " " + mb.getInt(0));
        }
        try (RandomAccessFile raf = new RandomAccessFile(p.toFile(), "rw")) {
            FileChannel ch = raf.getChannel();
            MappedByteBuffer pr = ch.map(FileChannel.MapMode.PRIVATE, 0, 5);
            pr.put(0, (byte) 'J');
            byte[] b = new byte[5]; pr.get(b);
            System.out.println(new String(b) + " file still " + Files.readString(p).substring(0, 5));
            MappedByteBuffer ext = ch.map(FileChannel.MapMode.READ_ONLY, 0, 200);
            System.out.println("extended " + ch.size() + " " + ext.get(199));
        }
        Files.delete(p); Files.delete(dir);
    }
}
