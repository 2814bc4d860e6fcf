package nio;

import java.io.*;
import java.nio.*;
import java.nio.channels.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/** FileChannel: open options, reads and writes, positions, truncate, transfers, streams' channels, Channels, locks. */
public class FileChannels {
    static Path dir;

    static void attempt(String what, Callable c) {
        try { System.out.println(what + ": " + c.call()); }
        catch (Throwable t) { System.out.println(what + ": " + String.valueOf(t).replace(dir.toString(), "<tmp>")); }
    }
    interface Callable { Object call() throws Exception; }

    public static void main(String[] args) throws Exception {
        dir = Files.createTempDirectory("chan");
        Path p = dir.resolve("a.bin");
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(64);
            b.putInt(42).putLong(-7L).putDouble(3.5).put("hello".getBytes(StandardCharsets.US_ASCII));
            b.flip();
            System.out.println("wrote " + ch.write(b) + " pos " + ch.position() + " size " + ch.size() + " open " + ch.isOpen());
            System.out.println(ch.getClass().getName());
            ch.force(true);
            attempt("read on write-only", () -> ch.read(ByteBuffer.allocate(4)));
        }
        try (FileChannel ch = FileChannel.open(p)) {
            ByteBuffer b = ByteBuffer.allocate(100);
            int n = ch.read(b);
            b.flip();
            byte[] s = new byte[5];
            System.out.println("read " + n + " " + b.getInt() + " " + b.getLong() + " " + b.getDouble() + " " + new String(b.get(s).array(), 0, 0) + new String(s));
            System.out.println("eof " + ch.read(ByteBuffer.allocate(4)) + " pos " + ch.position());
            ch.position(4);
            ByteBuffer l = ByteBuffer.allocate(8);
            ch.read(l);
            System.out.println("long at 4: " + l.flip().getLong() + " pos " + ch.position());
            ByteBuffer pr = ByteBuffer.allocate(5);
            System.out.println("pread " + ch.read(pr, 20) + " " + new String(pr.array()) + " pos still " + ch.position());
            System.out.println("pread past end " + ch.read(ByteBuffer.allocate(3), 1000));
            attempt("write on read-only", () -> ch.write(ByteBuffer.allocate(1)));
            attempt("truncate on read-only", () -> ch.truncate(1));
            attempt("negative position", () -> ch.position(-1));
            attempt("negative pread", () -> ch.read(ByteBuffer.allocate(1), -1));
            attempt("read into read-only", () -> ch.read(ByteBuffer.allocate(1).asReadOnlyBuffer()));
            attempt("empty read", () -> ch.read(ByteBuffer.allocate(0)));
            attempt("direct read", () -> { ch.position(0); ByteBuffer d = ByteBuffer.allocateDirect(4); ch.read(d); return d.flip().getInt(); });
            ByteBuffer[] parts = { ByteBuffer.allocate(4), ByteBuffer.allocate(8), ByteBuffer.allocate(100) };
            ch.position(0);
            System.out.println("scatter " + ch.read(parts) + " " + parts[0].flip().getInt() + " " + parts[1].flip().getLong() + " " + parts[2].position());
            attempt("map", () -> ch.map(FileChannel.MapMode.READ_WRITE, 0, 4));
            System.out.println(FileChannel.MapMode.READ_ONLY + " " + FileChannel.MapMode.PRIVATE);
        }
        // read-write, truncate, positional write
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ch.position(ch.size());
            ch.write(ByteBuffer.wrap("!!".getBytes()));
            System.out.println("size " + ch.size());
            ch.write(ByteBuffer.wrap("XY".getBytes()), 100);
            System.out.println("size after sparse write " + ch.size() + " pos " + ch.position());
            ch.truncate(30);
            System.out.println("truncated " + ch.size() + " pos " + ch.position());
            ch.truncate(1000);
            System.out.println("truncate larger " + ch.size());
            ch.position(50);
            ch.truncate(10);
            System.out.println("pos clamp " + ch.position() + " " + ch.size());
            attempt("negative truncate", () -> ch.truncate(-1));
            ByteBuffer[] g = { ByteBuffer.wrap("ab".getBytes()), ByteBuffer.wrap("cd".getBytes()) };
            System.out.println("gather " + ch.write(g) + " " + ch.size());
        }
        System.out.println(Arrays.toString(Files.readAllBytes(p)));
        // append
        Path t = dir.resolve("t.txt");
        Files.writeString(t, "line1\n");
        try (FileChannel ch = FileChannel.open(t, StandardOpenOption.APPEND)) {
            System.out.println("append pos " + ch.position());
            ch.write(ByteBuffer.wrap("line2\n".getBytes()));
            System.out.println("append pos " + ch.position() + " size " + ch.size());
        }
        System.out.print(Files.readString(t));
        attempt("READ+APPEND", () -> FileChannel.open(t, StandardOpenOption.READ, StandardOpenOption.APPEND));
        attempt("APPEND+TRUNCATE", () -> FileChannel.open(t, StandardOpenOption.APPEND, StandardOpenOption.TRUNCATE_EXISTING));
        attempt("missing", () -> FileChannel.open(dir.resolve("nope")).getClass().getSimpleName());
        attempt("create new exists", () -> FileChannel.open(t, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        // closed
        FileChannel closed = FileChannel.open(t);
        closed.close();
        closed.close();
        attempt("closed read", () -> closed.read(ByteBuffer.allocate(1)));
        attempt("closed size", () -> closed.size());
        attempt("closed position", () -> closed.position());
        System.out.println("isOpen " + closed.isOpen());
        // streams' channels
        try (FileOutputStream fos = new FileOutputStream(dir.resolve("s.txt").toFile())) {
            fos.write("abc".getBytes());
            FileChannel fc = fos.getChannel();
            System.out.println("fos channel pos " + fc.position() + " same " + (fc == fos.getChannel()));
            fc.write(ByteBuffer.wrap("def".getBytes()));
            fos.write("ghi".getBytes());
            attempt("fos channel read", () -> fc.read(ByteBuffer.allocate(1)));
        }
        try (FileOutputStream fos = new FileOutputStream(dir.resolve("s.txt").toFile(), true)) {
            System.out.println("append fos pos " + fos.getChannel().position());
            fos.getChannel().write(ByteBuffer.wrap("jkl".getBytes()));
        }
        FileInputStream fis = new FileInputStream(dir.resolve("s.txt").toFile());
        System.out.println((char) fis.read());
        FileChannel ic = fis.getChannel();
        System.out.println("fis channel pos " + ic.position() + " size " + ic.size());
        ByteBuffer bb = ByteBuffer.allocate(3);
        ic.read(bb);
        System.out.println(new String(bb.array()) + " then stream " + (char) fis.read());
        fis.close();
        System.out.println("channel open after stream close " + ic.isOpen());
        RandomAccessFile raf = new RandomAccessFile(dir.resolve("s.txt").toFile(), "rw");
        FileChannel rc = raf.getChannel();
        raf.seek(5);
        System.out.println("raf channel pos " + rc.position());
        rc.position(2);
        System.out.println("raf pointer " + raf.getFilePointer() + " " + (char) raf.read());
        rc.close();
        attempt("raf after channel close", () -> raf.read());
        RandomAccessFile ro = new RandomAccessFile(dir.resolve("s.txt").toFile(), "r");
        attempt("ro raf channel write", () -> ro.getChannel().write(ByteBuffer.allocate(1)));
        ro.close();
        // transfer
        Path src = dir.resolve("src.bin");
        byte[] data = new byte[20000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31);
        Files.write(src, data);
        Path dst = dir.resolve("dst.bin");
        try (FileChannel in = FileChannel.open(src); FileChannel out = FileChannel.open(dst, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            System.out.println("transferTo " + in.transferTo(0, in.size(), out) + " in pos " + in.position() + " out pos " + out.position());
            System.out.println("transferTo past end " + in.transferTo(30000, 10, out));
            System.out.println("transferTo partial " + in.transferTo(19990, 100, out));
        }
        System.out.println("equal " + Arrays.equals(data, Arrays.copyOf(Files.readAllBytes(dst), 20000)) + " " + Files.size(dst));
        Path dst2 = dir.resolve("dst2.bin");
        try (FileChannel in = FileChannel.open(src); FileChannel out = FileChannel.open(dst2, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            in.position(100);
            System.out.println("transferFrom " + out.transferFrom(in, 0, 500) + " in pos " + in.position() + " out pos " + out.position() + " size " + out.size());
            System.out.println("transferFrom beyond " + out.transferFrom(in, 1000, 10));
            System.out.println("transferFrom stream " + out.transferFrom(Channels.newChannel(new ByteArrayInputStream("xyz".getBytes())), 500, 10) + " " + out.size());
            ByteArrayOutputStream bout = new ByteArrayOutputStream();
            System.out.println("transferTo stream " + out.transferTo(495, 100, Channels.newChannel(bout)) + " " + Arrays.toString(bout.toByteArray()));
        }
        // Channels streams
        try (SeekableByteChannel sbc = Files.newByteChannel(t)) {
            System.out.println(sbc.getClass().getName() + " " + sbc.size());
            BufferedReader r = new BufferedReader(Channels.newReader(sbc, "UTF-8"));
            System.out.println(r.readLine() + "|" + r.readLine() + "|" + r.readLine());
        }
        try (SeekableByteChannel sbc = Files.newByteChannel(dir.resolve("w.txt"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            Writer w = Channels.newWriter(sbc, StandardCharsets.UTF_8);
            w.write("héllo wörld\n");
            w.flush();
            OutputStream os = Channels.newOutputStream(sbc);
            os.write('Z');
        }
        System.out.println(Files.readString(dir.resolve("w.txt")));
        InputStream is = Channels.newInputStream(FileChannel.open(dir.resolve("w.txt")));
        System.out.println(is.available() + " " + is.read() + " " + new String(is.readAllBytes(), StandardCharsets.UTF_8));
        is.close();
        // locks
        try (FileChannel ch = FileChannel.open(t, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            FileLock lk = ch.lock();
            System.out.println(lk + " " + lk.isShared() + " " + lk.channel().equals(ch) + " " + lk.overlaps(5, 5));
            attempt("overlap", () -> ch.tryLock(0, 10, false));
            lk.release();
            System.out.println(lk.isValid() + " " + lk);
            FileLock part = ch.tryLock(0, 10, true);
            FileLock part2 = ch.lock(10, 10, false);
            System.out.println(part + " " + part2);
            try (FileLock auto = ch.lock(100, 5, false)) { System.out.println(auto.isValid()); }
            ch.close();
            System.out.println("after close " + part.isValid());
            attempt("release after close", () -> { part.release(); return null; });
        }
        try (FileChannel ch = FileChannel.open(t)) {
            attempt("exclusive on read-only", () -> ch.lock());
            System.out.println(ch.lock(0, Long.MAX_VALUE, true));
        }
        for (Path x : new Path[]{p, t, src, dst, dst2, dir.resolve("s.txt"), dir.resolve("w.txt")}) Files.delete(x);
        try (FileChannel ch = FileChannel.open(dir.resolve("tmp"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE)) {
            ch.write(ByteBuffer.wrap(new byte[3]));
            System.out.println("exists while open " + Files.exists(dir.resolve("tmp")));
        }
        System.out.println("exists after close " + Files.exists(dir.resolve("tmp")));
        Files.delete(dir);
    }
}
