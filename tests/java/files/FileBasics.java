package files;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public class FileBasics {
    static String rel(File base, File f) {
        String b = base.getPath();
        String p = f.getPath();
        return p.startsWith(b) ? "<tmp>" + p.substring(b.length()) : p;
    }

    static void paths() {
        String[] names = {"a/b/c.txt", "/a/b/", "a//b///c", "/", "", "name", "/x", "./a/../b", "a/"};
        for (String n : names) {
            File f = new File(n);
            System.out.println("[" + n + "] path=" + f.getPath() + " name=" + f.getName() + " parent=" + f.getParent()
                    + " abs=" + f.isAbsolute() + " str=" + f);
        }
        System.out.println(new File("dir", "file").getPath());
        System.out.println(new File("/", "file").getPath());
        System.out.println(new File("", "file").getPath());
        System.out.println(new File((String) null, "file").getPath());
        System.out.println(new File(new File("p"), "/q").getPath());
        System.out.println(new File(new File(""), "q").getPath());
        System.out.println(new File("a/b").equals(new File("a/b")) + " " + new File("a/b").equals(new File("a/c")));
        System.out.println(new File("a/b").hashCode() == new File("a//b/").hashCode());
        System.out.println(Integer.signum(new File("a").compareTo(new File("b"))));
        System.out.println(File.separator + " " + File.pathSeparator + " " + File.separatorChar + " " + File.pathSeparatorChar);
        System.out.println(new File("rel").getAbsolutePath().equals(System.getProperty("user.dir") + "/rel"));
        System.out.println(new File("rel").getAbsoluteFile().isAbsolute());
        System.out.println(new File("x/y").toPath() + " " + new File("x/y").toPath().getFileName());
        try {
            System.out.println(new File("/a/./b/../c").getCanonicalPath());
        } catch (IOException e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) throws IOException {
        paths();
        // A fresh directory (the golden harness runs modes in parallel), then fixed names in it.
        File base = java.nio.file.Files.createTempDirectory("cortado-files-").toFile();
        File tmp = new File(base, "basics");
        System.out.println("mkdir " + tmp.mkdir() + " again " + tmp.mkdir());
        System.out.println("exists " + tmp.exists() + " dir " + tmp.isDirectory() + " file " + tmp.isFile());

        File a = new File(tmp, "a.txt");
        System.out.println("a exists " + a.exists() + " length " + a.length() + " lastModified " + a.lastModified());
        try (FileOutputStream out = new FileOutputStream(a)) {
            out.write("hello\nworld\n".getBytes(StandardCharsets.UTF_8));
            out.write('!');
        }
        System.out.println("a exists " + a.exists() + " file " + a.isFile() + " length " + a.length()
                + " modified>0 " + (a.lastModified() > 0) + " canRead " + a.canRead() + " canWrite " + a.canWrite());
        try (FileInputStream in = new FileInputStream(a)) {
            byte[] all = in.readAllBytes();
            System.out.println("read " + all.length + ": " + new String(all, StandardCharsets.UTF_8).replace("\n", "|"));
        }
        try (FileOutputStream out = new FileOutputStream(a.getPath(), true)) {
            out.write("appended".getBytes());
        }
        try (FileInputStream in = new FileInputStream(a.getPath())) {
            System.out.println("available " + in.available());
            System.out.println("skip " + in.skip(6));
            int c;
            StringBuilder sb = new StringBuilder();
            while ((c = in.read()) != -1) {
                sb.append((char) c);
            }
            System.out.println("rest " + sb.toString().replace("\n", "|"));
            System.out.println("eof " + in.read() + " " + in.read(new byte[4]));
        }
        FileInputStream closed = new FileInputStream(a);
        closed.close();
        try {
            closed.read();
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }

        // Readers and writers
        File b = new File(tmp, "b.txt");
        try (PrintWriter pw = new PrintWriter(new BufferedWriter(new FileWriter(b)))) {
            for (int i = 0; i < 5; i++) {
                pw.println("line " + i + " \u00e9\u4e2d");
            }
        }
        try (FileWriter fw = new FileWriter(b, true)) {
            fw.write("tail\n");
        }
        try (BufferedReader br = new BufferedReader(new FileReader(b))) {
            String line;
            while ((line = br.readLine()) != null) {
                System.out.println("> " + line);
            }
        }
        System.out.println("b length " + b.length());

        // Errors
        try {
            new FileInputStream("/no/such/file.txt");
        } catch (FileNotFoundException e) {
            System.out.println("FNFE " + e.getMessage());
        }
        try {
            new FileInputStream(tmp);
        } catch (FileNotFoundException e) {
            System.out.println("FNFE " + rel(tmp, new File(e.getMessage())));
        }
        try {
            new FileOutputStream(tmp);
        } catch (FileNotFoundException e) {
            System.out.println("FNFE " + rel(tmp, new File(e.getMessage())));
        }
        try {
            new FileOutputStream(new File(tmp, "missing/x.txt"));
        } catch (FileNotFoundException e) {
            System.out.println("FNFE " + rel(tmp, new File(e.getMessage())));
        }
        try {
            new FileReader(new File(tmp, "nope.txt"));
        } catch (FileNotFoundException e) {
            System.out.println("FNFE " + rel(tmp, new File(e.getMessage())));
        }
        try {
            new File(tmp, "missing/x.txt").createNewFile();
        } catch (IOException e) {
            System.out.println("createNewFile: " + e.getMessage());
        }

        // createNewFile, rename, delete
        File c = new File(tmp, "c.dat");
        System.out.println("create " + c.createNewFile() + " again " + c.createNewFile() + " length " + c.length());
        File d = new File(tmp, "d.dat");
        System.out.println("rename " + c.renameTo(d) + " c " + c.exists() + " d " + d.exists());
        System.out.println("rename missing " + c.renameTo(d));

        // Directories
        File deep = new File(tmp, "x/y/z");
        System.out.println("mkdir deep " + deep.mkdir() + " mkdirs " + deep.mkdirs() + " again " + deep.mkdirs());
        new FileOutputStream(new File(deep, "leaf.txt")).close();
        String[] list = tmp.list();
        Arrays.sort(list);
        System.out.println("list " + Arrays.toString(list));
        File[] files = tmp.listFiles();
        Arrays.sort(files);
        for (File f : files) {
            System.out.println("  " + rel(tmp, f) + (f.isDirectory() ? "/" : "") + " " + f.getName());
        }
        String[] txt = tmp.list((dir, name) -> name.endsWith(".txt"));
        Arrays.sort(txt);
        System.out.println("txt " + Arrays.toString(txt));
        File[] dirs = tmp.listFiles(File::isDirectory);
        System.out.println("dirs " + dirs.length + " " + dirs[0].getName());
        System.out.println("list of file " + a.list() + " of missing " + new File(tmp, "zz").list());
        System.out.println("delete non-empty " + new File(tmp, "x").delete());
        System.out.println("delete missing " + new File(tmp, "zz").delete());

        // RandomAccessFile
        File r = new File(tmp, "r.bin");
        try (RandomAccessFile raf = new RandomAccessFile(r, "rw")) {
            raf.writeInt(0x01020304);
            raf.writeLong(-2L);
            raf.writeBytes("abc\nxyz\r\nend");
            System.out.println("pointer " + raf.getFilePointer() + " length " + raf.length());
            raf.seek(0);
            System.out.println("int " + Integer.toHexString(raf.readInt()) + " long " + raf.readLong());
            System.out.println("lines [" + raf.readLine() + "] [" + raf.readLine() + "] [" + raf.readLine() + "] "
                    + raf.readLine());
            raf.seek(2);
            raf.write(0x7f);
            raf.seek(0);
            System.out.println("int " + Integer.toHexString(raf.readInt()));
            raf.seek(100);
            System.out.println("read past end " + raf.read() + " pointer " + raf.getFilePointer());
            raf.setLength(6);
            System.out.println("after setLength " + raf.length() + " pointer " + raf.getFilePointer());
            raf.seek(4);
            byte[] buf = new byte[10];
            System.out.println("read " + raf.read(buf) + " then " + raf.read(buf));
            try {
                raf.readInt();
            } catch (EOFException e) {
                System.out.println("EOF " + e.getMessage());
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(r, "r")) {
            System.out.println("r length " + raf.length() + " first " + raf.read());
        }
        try {
            new RandomAccessFile(new File(tmp, "none"), "r");
        } catch (FileNotFoundException e) {
            System.out.println("RAF " + rel(tmp, new File(e.getMessage())));
        }
        try {
            new RandomAccessFile(r, "w");
        } catch (IllegalArgumentException e) {
            System.out.println("RAF " + e.getMessage());
        }
        try {
            File.createTempFile("ab", null);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        File t = File.createTempFile("cortado", ".txt", tmp);
        System.out.println("temp " + t.getName().startsWith("cortado") + " " + t.getName().endsWith(".txt") + " "
                + t.exists() + " " + t.getParentFile().equals(tmp));

        deleteTree(base);
        System.out.println("cleaned " + !tmp.exists() + " " + !base.exists());
    }

    static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteTree(child);
            }
        }
        f.delete();
    }
}
