package java.util.zip;

import java.io.Closeable;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads entries from a zip file through RandomAccessFile (so the VM's host door and its
 * sandbox apply). The central directory is read once when the file is opened.
 */
public class ZipFile implements ZipConstants, Closeable {
    public static final int OPEN_READ = 0x1;
    public static final int OPEN_DELETE = 0x4;

    private final String name;
    private final Charset charset;
    private RandomAccessFile file;
    private volatile boolean closed;
    /** The central directory. */
    private byte[] cen;
    /** Start in `cen` of each entry's header, in directory order. */
    private int[] positions;
    private final HashMap<String, Integer> byName = new HashMap<>();
    private String comment;
    private final List<InputStream> streams = new ArrayList<>();

    public ZipFile(String name) throws IOException {
        this(new File(name), OPEN_READ);
    }

    public ZipFile(File file, int mode) throws IOException {
        this(file, mode, StandardCharsets.UTF_8);
    }

    public ZipFile(File file) throws ZipException, IOException {
        this(file, OPEN_READ);
    }

    public ZipFile(String name, Charset charset) throws IOException {
        this(new File(name), OPEN_READ, charset);
    }

    public ZipFile(File file, Charset charset) throws IOException {
        this(file, OPEN_READ, charset);
    }

    public ZipFile(File file, int mode, Charset charset) throws IOException {
        if (((mode & OPEN_READ) == 0) || ((mode & ~(OPEN_READ | OPEN_DELETE)) != 0)) {
            throw new IllegalArgumentException("Illegal mode: 0x" + Integer.toHexString(mode));
        }
        String name = file.getPath();
        Objects.requireNonNull(charset, "charset");
        this.name = name;
        this.charset = charset;
        if (!file.exists()) {
            throw new NoSuchFileException(name);
        }
        this.file = new RandomAccessFile(file, "r");
        try {
            readCentralDirectory();
        } catch (IOException | RuntimeException e) {
            this.file.close();
            throw e;
        }
        if ((mode & OPEN_DELETE) != 0) {
            file.delete();
        }
    }

    private void readFully(long pos, byte[] b, int off, int len) throws IOException {
        file.seek(pos);
        file.readFully(b, off, len);
    }

    private void readCentralDirectory() throws IOException {
        long length = file.length();
        if (length == 0) {
            throw new ZipException("zip file is empty");
        }
        if (length < ENDHDR) {
            throw new ZipException("zip END header not found");
        }
        int tail = (int) Math.min(length, 0xffff + ENDHDR);
        byte[] buf = new byte[tail];
        readFully(length - tail, buf, 0, tail);
        int end = -1;
        for (int i = tail - ENDHDR; i >= 0; i--) {
            if (ZipUtils.get32(buf, i) == ENDSIG) {
                int clen = ZipUtils.get16(buf, i + ENDCOM);
                if (i + ENDHDR + clen <= tail) {
                    end = i;
                    break;
                }
            }
        }
        if (end < 0) {
            throw new ZipException("zip END header not found");
        }
        long cenlen = ZipUtils.get32(buf, end + ENDSIZ);
        long cenoff = ZipUtils.get32(buf, end + ENDOFF);
        int total = ZipUtils.get16(buf, end + ENDTOT);
        int clen = ZipUtils.get16(buf, end + ENDCOM);
        if (clen > 0) {
            comment = new String(buf, end + ENDHDR, clen, charset);
        }
        long endpos = length - tail + end;
        if (cenlen > endpos) {
            throw new ZipException("invalid END header (bad central directory size)");
        }
        long cenpos = endpos - cenlen;
        if (cenpos - cenoff < 0) {
            throw new ZipException("invalid END header (bad central directory offset)");
        }
        cen = new byte[(int) cenlen];
        readFully(cenpos, cen, 0, cen.length);
        List<Integer> list = new ArrayList<>();
        int pos = 0;
        while (pos + CENHDR <= cen.length) {
            if (ZipUtils.get32(cen, pos) != CENSIG) {
                throw new ZipException("invalid CEN header (bad signature)");
            }
            int method = ZipUtils.get16(cen, pos + CENHOW);
            int flag = ZipUtils.get16(cen, pos + CENFLG);
            int nlen = ZipUtils.get16(cen, pos + CENNAM);
            int elen = ZipUtils.get16(cen, pos + CENEXT);
            int cl = ZipUtils.get16(cen, pos + CENCOM);
            if ((flag & 1) != 0) {
                throw new ZipException("invalid CEN header (encrypted entry)");
            }
            if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
                throw new ZipException("invalid CEN header (bad compression method: " + method + ")");
            }
            if (pos + CENHDR + nlen + elen + cl > cen.length) {
                throw new ZipException("invalid CEN header (bad header size)");
            }
            String entryName;
            try {
                entryName = entryName(pos);
            } catch (IllegalArgumentException e) {
                throw new ZipException("invalid CEN header (bad entry name)");
            }
            byName.putIfAbsent(entryName, pos);
            list.add(pos);
            pos += CENHDR + nlen + elen + cl;
        }
        if (pos != cen.length) {
            throw new ZipException("invalid CEN header (bad header size)");
        }
        if (total != list.size() && total != 0xffff) {
            throw new ZipException("invalid END header (total entries count too large)");
        }
        positions = new int[list.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = list.get(i);
        }
    }

    private String entryName(int pos) {
        int flag = ZipUtils.get16(cen, pos + CENFLG);
        int nlen = ZipUtils.get16(cen, pos + CENNAM);
        if ((flag & ZipUtils.USE_UTF8) != 0 || ZipUtils.isUTF8(charset)) {
            return ZipUtils.utf8(cen, pos + CENHDR, nlen);
        }
        return new String(cen, pos + CENHDR, nlen, charset);
    }

    private ZipEntry entryAt(int pos) {
        int nlen = ZipUtils.get16(cen, pos + CENNAM);
        int elen = ZipUtils.get16(cen, pos + CENEXT);
        int clen = ZipUtils.get16(cen, pos + CENCOM);
        ZipEntry e = new ZipEntry(entryName(pos));
        e.flag = ZipUtils.get16(cen, pos + CENFLG);
        e.xdostime = ZipUtils.get32(cen, pos + CENTIM);
        e.crc = ZipUtils.get32(cen, pos + CENCRC);
        e.size = ZipUtils.get32(cen, pos + CENLEN);
        e.csize = ZipUtils.get32(cen, pos + CENSIZ);
        e.method = ZipUtils.get16(cen, pos + CENHOW);
        if (elen != 0) {
            int start = pos + CENHDR + nlen;
            e.setExtra0(Arrays.copyOfRange(cen, start, start + elen), true, false);
        }
        if (clen != 0) {
            int start = pos + CENHDR + nlen + elen;
            int flag = e.flag;
            e.comment = new String(cen, start, clen, (flag & ZipUtils.USE_UTF8) != 0 ? StandardCharsets.UTF_8 : charset);
        }
        return e;
    }

    private int position(String name) {
        Integer pos = byName.get(name);
        if (pos == null && !name.isEmpty() && !name.endsWith("/")) {
            pos = byName.get(name + "/");
        }
        return pos == null ? -1 : pos;
    }

    public String getComment() {
        synchronized (this) {
            ensureOpen();
            return comment;
        }
    }

    public ZipEntry getEntry(String name) {
        Objects.requireNonNull(name, "name");
        synchronized (this) {
            ensureOpen();
            int pos = position(name);
            return pos == -1 ? null : entryAt(pos);
        }
    }

    public InputStream getInputStream(ZipEntry entry) throws IOException {
        Objects.requireNonNull(entry, "entry");
        synchronized (this) {
            ensureOpen();
            Integer found = byName.get(entry.name);
            if (found == null) {
                return null;
            }
            int pos = found;
            long locoff = ZipUtils.get32(cen, pos + CENOFF);
            long csize = ZipUtils.get32(cen, pos + CENSIZ);
            long size = ZipUtils.get32(cen, pos + CENLEN);
            int method = ZipUtils.get16(cen, pos + CENHOW);
            byte[] loc = new byte[LOCHDR];
            try {
                readFully(locoff, loc, 0, LOCHDR);
            } catch (EOFException e) {
                throw new ZipException("ZipFile error reading zip file");
            }
            if (ZipUtils.get32(loc, 0) != LOCSIG) {
                throw new ZipException("ZipFile invalid LOC header (bad signature)");
            }
            long start = locoff + LOCHDR + ZipUtils.get16(loc, LOCNAM) + ZipUtils.get16(loc, LOCEXT);
            EntryInputStream in = new EntryInputStream(start, csize);
            InputStream result;
            switch (method) {
                case ZipEntry.STORED:
                    result = in;
                    break;
                case ZipEntry.DEFLATED:
                    result = new EntryInflaterInputStream(in, size);
                    break;
                default:
                    throw new ZipException("invalid compression method");
            }
            streams.add(result);
            return result;
        }
    }

    public String getName() {
        return name;
    }

    public Enumeration<? extends ZipEntry> entries() {
        synchronized (this) {
            ensureOpen();
            List<ZipEntry> list = new ArrayList<>();
            for (int pos : positions) {
                list.add(entryAt(pos));
            }
            Iterator<ZipEntry> it = list.iterator();
            return new Enumeration<ZipEntry>() {
                @Override
                public boolean hasMoreElements() {
                    synchronized (ZipFile.this) {
                        ensureOpen();
                        return it.hasNext();
                    }
                }

                @Override
                public ZipEntry nextElement() {
                    synchronized (ZipFile.this) {
                        ensureOpen();
                        return it.next();
                    }
                }
            };
        }
    }

    public Stream<? extends ZipEntry> stream() {
        synchronized (this) {
            ensureOpen();
            return Collections.list(entries()).stream();
        }
    }

    public int size() {
        synchronized (this) {
            ensureOpen();
            return positions.length;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        synchronized (this) {
            closed = true;
            for (InputStream in : new ArrayList<>(streams)) {
                in.close();
            }
            streams.clear();
            file.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("zip file closed");
        }
    }

    private void ensureOpenOrZipException() throws IOException {
        if (closed) {
            throw new ZipException("ZipFile closed");
        }
    }

    /** The raw bytes of one entry's data. */
    private final class EntryInputStream extends InputStream {
        private long pos;
        private long rem;
        private final long size;
        private volatile boolean closeRequested;

        EntryInputStream(long start, long size) {
            this.pos = start;
            this.rem = size;
            this.size = size;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            synchronized (ZipFile.this) {
                ensureOpenOrZipException();
                if (closeRequested) {
                    return -1;
                }
                Objects.checkFromIndexSize(off, len, b.length);
                if (rem == 0) {
                    return -1;
                }
                if (len <= 0) {
                    return 0;
                }
                if (len > rem) {
                    len = (int) rem;
                }
                file.seek(pos);
                int n = file.read(b, off, len);
                if (n > 0) {
                    pos += n;
                    rem -= n;
                }
                if (rem == 0) {
                    close();
                }
                return n;
            }
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) == 1 ? b[0] & 0xff : -1;
        }

        @Override
        public long skip(long n) throws IOException {
            synchronized (ZipFile.this) {
                ensureOpenOrZipException();
                if (n > rem) {
                    n = rem;
                }
                if (n <= 0) {
                    return 0;
                }
                pos += n;
                rem -= n;
                if (rem == 0) {
                    close();
                }
                return n;
            }
        }

        @Override
        public int available() {
            return rem > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) rem;
        }

        long size() {
            return size;
        }

        @Override
        public void close() {
            if (closeRequested) {
                return;
            }
            closeRequested = true;
            rem = 0;
            synchronized (ZipFile.this) {
                streams.remove(this);
            }
        }
    }

    /** Inflates one entry's data; a missing end of the deflate stream gets one zero byte, as the JDK's. */
    private final class EntryInflaterInputStream extends InflaterInputStream {
        private volatile boolean closeRequested;
        private boolean eof;
        private final long size;

        EntryInflaterInputStream(EntryInputStream in, long size) {
            super(in, new Inflater(true), (int) Math.max(Math.min(in.size() + 2, 65536), 2));
            usesDefaultInflater = true;
            this.size = size;
        }

        @Override
        public void close() throws IOException {
            if (closeRequested) {
                return;
            }
            closeRequested = true;
            super.close();
            synchronized (ZipFile.this) {
                streams.remove(this);
            }
        }

        @Override
        protected void fill() throws IOException {
            if (eof) {
                throw new EOFException("Unexpected end of ZLIB input stream");
            }
            len = in.read(buf, 0, buf.length);
            if (len == -1) {
                buf[0] = 0;
                len = 1;
                eof = true;
            }
            inf.setInput(buf, 0, len);
        }

        @Override
        public int available() throws IOException {
            if (closeRequested) {
                return 0;
            }
            long avail = size - inf.getBytesWritten();
            return (avail > (long) Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) avail);
        }
    }
}
