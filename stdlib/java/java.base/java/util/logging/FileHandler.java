package java.util.logging;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes records to a file, or to a rotating set of files, as the JDK's: the pattern's %t
 * (temporary directory), %h (user.home), %g (generation), %u (unique number) and %%; a
 * "<file>.lck" lock file while open (the unique number moves on when a handler of this VM
 * holds the lock); flushed after every record; rotated when limit bytes are written.
 */
public class FileHandler extends StreamHandler {
    private static final int MAX_LOCKS = 100;
    private static final Set<String> locks = new HashSet<>();

    private MeteredStream meter;
    private boolean append;
    private long limit;
    private int count;
    private String pattern;
    private String lockFileName;
    private File[] files;

    /** Counts the bytes written, for rotation. */
    private static final class MeteredStream extends OutputStream {
        final OutputStream out;
        long written;

        MeteredStream(OutputStream out, long written) {
            this.out = out;
            this.written = written;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] buff, int off, int len) throws IOException {
            out.write(buff, off, len);
            written += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The configuration's pattern, limit, count and append (LogManager properties). */
    private void configure() {
        LogManager manager = LogManager.getLogManager();
        String cname = getClass().getName();
        pattern = stringProperty(manager, cname + ".pattern", "%h/java%u.log");
        limit = longProperty(manager, cname + ".limit", 0);
        if (limit < 0) {
            limit = 0;
        }
        count = (int) longProperty(manager, cname + ".count", 1);
        if (count <= 0) {
            count = 1;
        }
        String a = manager.getProperty(cname + ".append");
        append = a != null && (a.trim().equalsIgnoreCase("true") || a.trim().equals("1"));
    }

    private static String stringProperty(LogManager manager, String name, String dflt) {
        String v = manager.getProperty(name);
        return v == null ? dflt : v.trim();
    }

    private static long longProperty(LogManager manager, String name, long dflt) {
        String v = manager.getProperty(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    public FileHandler() throws IOException, SecurityException {
        super(Level.ALL, new XMLFormatter(), null);
        configure();
        openFiles();
    }

    public FileHandler(String pattern) throws IOException, SecurityException {
        this(pattern, 0L, 1, false, false);
    }

    public FileHandler(String pattern, boolean append) throws IOException, SecurityException {
        this(pattern, 0L, 1, append, true);
    }

    public FileHandler(String pattern, int limit, int count) throws IOException, SecurityException {
        this(pattern, (long) limit, count, false, false);
    }

    public FileHandler(String pattern, int limit, int count, boolean append) throws IOException, SecurityException {
        this(pattern, (long) limit, count, append, true);
    }

    public FileHandler(String pattern, long limit, int count, boolean append) throws IOException {
        this(pattern, limit, count, append, true);
    }

    private FileHandler(String pattern, long limit, int count, boolean append, boolean setAppend)
            throws IOException {
        super(Level.ALL, new XMLFormatter(), null);
        if (limit < 0 || count < 1 || pattern.length() < 1) {
            throw new IllegalArgumentException();
        }
        configure();
        this.pattern = pattern;
        this.limit = limit;
        this.count = count;
        if (setAppend) {
            this.append = append;
        }
        openFiles();
    }

    private void open(File fname, boolean append) throws IOException {
        long len = 0;
        if (append) {
            len = fname.length();
        }
        FileOutputStream fout = new FileOutputStream(fname.toString(), append);
        BufferedOutputStream bout = new BufferedOutputStream(fout);
        meter = new MeteredStream(bout, len);
        setOutputStream(meter);
    }

    private void openFiles() throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("file count = " + count);
        }
        if (limit < 0) {
            limit = 0;
        }
        int unique = -1;
        for (;;) {
            unique++;
            if (unique > MAX_LOCKS) {
                throw new IOException("Couldn't get lock for " + pattern);
            }
            String name = generate(pattern, 0, unique).toString() + ".lck";
            synchronized (locks) {
                if (locks.contains(name)) {
                    continue;
                }
                Path lockPath = Paths.get(name);
                try {
                    Files.createFile(lockPath);
                } catch (FileAlreadyExistsException e) {
                    // left over from a process that ended: take it over
                    if (!Files.isRegularFile(lockPath) || !Files.isWritable(lockPath)) {
                        continue;
                    }
                }
                locks.add(name);
                lockFileName = name;
                break;
            }
        }
        files = new File[count];
        for (int i = 0; i < count; i++) {
            files[i] = generate(pattern, i, unique);
        }
        if (append) {
            open(files[0], true);
        } else {
            rotate();
        }
    }

    /** The file name of a generation: the pattern's escapes replaced. */
    private File generate(String pat, int generation, int unique) throws IOException {
        StringBuilder word = new StringBuilder();
        Path prev = null;
        File file = null;
        boolean sawg = false;
        boolean sawu = false;
        int ix = 0;
        while (ix < pat.length()) {
            char ch = pat.charAt(ix);
            ix++;
            char ch2 = 0;
            if (ix < pat.length()) {
                ch2 = Character.toLowerCase(pat.charAt(ix));
            }
            if (ch == '/') {
                if (file == null) {
                    file = new File(word.toString());
                } else {
                    file = new File(file, word.toString());
                }
                word.setLength(0);
                continue;
            } else if (ch == '%') {
                if (ch2 == 't') {
                    String tmpDir = System.getProperty("java.io.tmpdir");
                    if (tmpDir == null) {
                        tmpDir = System.getProperty("user.home");
                    }
                    file = new File(tmpDir);
                    ix++;
                    word.setLength(0);
                    continue;
                } else if (ch2 == 'h') {
                    file = new File(System.getProperty("user.home"));
                    ix++;
                    word.setLength(0);
                    continue;
                } else if (ch2 == 'g') {
                    word.append(generation);
                    sawg = true;
                    ix++;
                    continue;
                } else if (ch2 == 'u') {
                    word.append(unique);
                    sawu = true;
                    ix++;
                    continue;
                } else if (ch2 == '%') {
                    word.append('%');
                    ix++;
                    continue;
                }
            }
            word.append(ch);
        }
        if (count > 1 && !sawg) {
            word.append('.').append(generation);
        }
        if (unique > 0 && !sawu) {
            word.append('.').append(unique);
        }
        if (word.length() > 0) {
            String n = word.toString();
            file = file == null ? new File(n) : new File(file, n);
        }
        return file;
    }

    private synchronized void rotate() {
        Level oldLevel = getLevel();
        setLevel(Level.OFF);
        super.close();
        for (int i = count - 2; i >= 0; i--) {
            File f1 = files[i];
            File f2 = files[i + 1];
            if (f1.exists()) {
                if (f2.exists()) {
                    f2.delete();
                }
                f1.renameTo(f2);
            }
        }
        try {
            open(files[0], false);
        } catch (IOException ix) {
            reportError(null, ix, ErrorManager.OPEN_FAILURE);
        }
        setLevel(oldLevel);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        super.publish(record);
        flush();
        if (limit > 0 && (meter.written >= limit || meter.written < 0)) {
            rotate();
        }
    }

    @Override
    public synchronized void close() throws SecurityException {
        super.close();
        if (lockFileName == null) {
            return;
        }
        try {
            Files.deleteIfExists(Paths.get(lockFileName));
        } catch (Exception ex) {
            // nothing more to do
        }
        synchronized (locks) {
            locks.remove(lockFileName);
        }
        lockFileName = null;
    }
}
