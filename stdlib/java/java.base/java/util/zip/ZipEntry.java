package java.util.zip;

/** An entry of a ZIP file. */
public class ZipEntry implements ZipConstants, Cloneable {
    String name;
    long xdostime = -1;
    long crc = -1;
    long size = -1;
    long csize = -1;
    boolean csizeSet = false;
    int method = -1;
    int flag = 0;
    byte[] extra;
    String comment;
    /** Whether the time is kept apart from the DOS time (not in 1980-2099), and that time. */
    boolean hasMtime;
    long mtime;
    /** The FileTime given to setLastModifiedTime (kept for its precision), or null. */
    java.nio.file.attribute.FileTime mtimeFile;

    public static final int STORED = 0;
    public static final int DEFLATED = 8;

    public ZipEntry(String name) {
        java.util.Objects.requireNonNull(name, "name");
        if (name.length() > 0xFFFF) {
            throw new IllegalArgumentException("entry name too long");
        }
        this.name = name;
    }

    public ZipEntry(ZipEntry e) {
        java.util.Objects.requireNonNull(e, "entry");
        name = e.name;
        xdostime = e.xdostime;
        hasMtime = e.hasMtime;
        mtime = e.mtime;
        mtimeFile = e.mtimeFile;
        crc = e.crc;
        size = e.size;
        csize = e.csize;
        csizeSet = e.csizeSet;
        method = e.method;
        flag = e.flag;
        extra = e.extra;
        comment = e.comment;
    }

    ZipEntry() {
    }

    public String getName() {
        return name;
    }

    public void setTime(long time) {
        this.mtimeFile = null;
        this.xdostime = ZipUtils.javaToExtendedDosTime(time);
        if (this.xdostime != ZipUtils.DOSTIME_BEFORE_1980 && time <= ZipUtils.UPPER_DOSTIME_BOUND) {
            this.hasMtime = false;
        } else {
            long year = ZipUtils.year(time);
            this.hasMtime = year < 1980 || year > 2099;
            this.mtime = time;
        }
    }

    public long getTime() {
        if (hasMtime) {
            return mtime;
        }
        return (xdostime != -1) ? ZipUtils.extendedDosToJavaTime(xdostime) : -1;
    }

    public ZipEntry setLastModifiedTime(java.nio.file.attribute.FileTime time) {
        java.util.Objects.requireNonNull(time, "lastModifiedTime");
        long millis = time.to(java.util.concurrent.TimeUnit.MILLISECONDS);
        this.xdostime = ZipUtils.javaToExtendedDosTime(millis);
        this.hasMtime = true;
        this.mtime = millis;
        this.mtimeFile = time;
        return this;
    }

    public java.nio.file.attribute.FileTime getLastModifiedTime() {
        if (hasMtime) {
            return mtimeFile != null ? mtimeFile : java.nio.file.attribute.FileTime.fromMillis(mtime);
        }
        if (xdostime == -1) {
            return null;
        }
        return java.nio.file.attribute.FileTime.fromMillis(getTime());
    }

    public void setSize(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("invalid entry size");
        }
        this.size = size;
    }

    public long getSize() {
        return size;
    }

    public long getCompressedSize() {
        return csize;
    }

    public void setCompressedSize(long csize) {
        this.csize = csize;
        this.csizeSet = true;
    }

    public void setCrc(long crc) {
        if (crc < 0 || crc > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("invalid entry crc-32");
        }
        this.crc = crc;
    }

    public long getCrc() {
        return crc;
    }

    public void setMethod(int method) {
        if (method != STORED && method != DEFLATED) {
            throw new IllegalArgumentException("invalid compression method");
        }
        this.method = method;
    }

    public int getMethod() {
        return method;
    }

    public void setExtra(byte[] extra) {
        setExtra0(extra, false, true);
    }

    /** Sets the extra data, reading ZIP64 sizes and an extended timestamp from it. */
    void setExtra0(byte[] extra, boolean doZIP64, boolean isLOC) {
        if (extra != null) {
            if (extra.length > 0xFFFF) {
                throw new IllegalArgumentException("invalid extra field length");
            }
            int off = 0;
            int len = extra.length;
            while (off + 4 < len) {
                int tag = ZipUtils.get16(extra, off);
                int sz = ZipUtils.get16(extra, off + 2);
                off += 4;
                if (off + sz > len) {
                    break;
                }
                if (tag == ZipUtils.EXTID_ZIP64 && doZIP64) {
                    int pos = off;
                    if (size == ZipUtils.ZIP64_MAGICVAL && pos + 8 <= off + sz) {
                        size = ZipUtils.get64(extra, pos);
                        pos += 8;
                    }
                    if (csize == ZipUtils.ZIP64_MAGICVAL && pos + 8 <= off + sz) {
                        csize = ZipUtils.get64(extra, pos);
                    }
                } else if (tag == ZipUtils.EXTID_EXTT && sz > 0) {
                    int flag = extra[off] & 0xff;
                    if ((flag & 1) != 0 && 1 + 4 <= sz) {
                        mtime = (long) (int) ZipUtils.get32(extra, off + 1) * 1000L;
                        hasMtime = true;
                    }
                }
                off += sz;
            }
        }
        this.extra = extra;
    }

    public byte[] getExtra() {
        return extra;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getComment() {
        return comment;
    }

    public boolean isDirectory() {
        return name.endsWith("/");
    }

    @Override
    public String toString() {
        return getName();
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public Object clone() {
        try {
            ZipEntry e = (ZipEntry) super.clone();
            e.extra = (extra == null) ? null : extra.clone();
            return e;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
