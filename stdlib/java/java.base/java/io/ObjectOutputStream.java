package java.io;

import java.lang.reflect.Array;
import java.util.IdentityHashMap;

/**
 * Writes object graphs for ObjectInputStream, following the JDK's stream protocol (header,
 * type codes, handles for shared objects, block data for primitives written directly or by
 * custom writeObject methods, putFields/writeFields). Descriptors carry the JDK's default
 * serialVersionUID for classes that declare none, so HotSpot reads these streams and the
 * bytes are the same as the JDK's for the same object graph.
 */
public class ObjectOutputStream extends OutputStream implements ObjectOutput, ObjectStreamConstants {
    private final DataOutputStream out;
    private final byte[] block = new byte[1024];
    private int blockPos;
    private boolean blockMode;
    private final IdentityHashMap<Object, Integer> handles = new IdentityHashMap<>();
    /** The next wire handle; unshared objects take one without being entered in handles. */
    private int nextHandle;
    private int depth;
    private final boolean enableOverride;
    private boolean enableReplace;
    /** The object and class whose writeObject method is running (for defaultWriteObject). */
    private Object curObj;
    private ObjectStreamClass curDesc;
    /** The PutField of the running writeObject, once asked for. */
    private PutFieldImpl curPut;

    public ObjectOutputStream(OutputStream out) throws IOException {
        this.out = new DataOutputStream(out);
        enableOverride = false;
        writeStreamHeader();
        setBlockDataMode(true);
    }

    protected ObjectOutputStream() throws IOException {
        this.out = null;
        enableOverride = true;
    }

    protected void writeStreamHeader() throws IOException {
        out.writeShort(STREAM_MAGIC);
        out.writeShort(STREAM_VERSION);
    }

    public void useProtocolVersion(int version) throws IOException {
        if (version != PROTOCOL_VERSION_1 && version != PROTOCOL_VERSION_2) {
            throw new IllegalArgumentException("unknown version: " + version);
        }
    }

    protected void writeObjectOverride(Object obj) throws IOException {}

    protected void annotateClass(Class<?> cl) throws IOException {}

    protected Object replaceObject(Object obj) throws IOException {
        return obj;
    }

    protected boolean enableReplaceObject(boolean enable) {
        boolean old = enableReplace;
        enableReplace = enable;
        return old;
    }

    // ---- block data ----

    private boolean setBlockDataMode(boolean mode) throws IOException {
        if (blockMode == mode) {
            return mode;
        }
        drain();
        blockMode = mode;
        return !mode;
    }

    /** Writes the buffered primitive data as a block. */
    private void drain() throws IOException {
        if (blockPos == 0) {
            return;
        }
        writeBlockHeader(blockPos);
        out.write(block, 0, blockPos);
        blockPos = 0;
    }

    private void writeBlockHeader(int len) throws IOException {
        if (len <= 0xFF) {
            out.writeByte(TC_BLOCKDATA);
            out.writeByte(len);
        } else {
            out.writeByte(TC_BLOCKDATALONG);
            out.writeInt(len);
        }
    }

    private void put(byte[] b, int off, int len) throws IOException {
        if (!blockMode) {
            out.write(b, off, len);
            return;
        }
        while (len > 0) {
            if (blockPos == block.length) {
                drain();
            }
            int n = Math.min(len, block.length - blockPos);
            System.arraycopy(b, off, block, blockPos, n);
            blockPos += n;
            off += n;
            len -= n;
        }
    }

    private void put(int b) throws IOException {
        if (!blockMode) {
            out.write(b);
            return;
        }
        if (blockPos == block.length) {
            drain();
        }
        block[blockPos++] = (byte) b;
    }

    // ---- DataOutput ----

    @Override
    public void write(int val) throws IOException {
        put(val);
    }

    @Override
    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
        if (buf == null) {
            throw new NullPointerException();
        }
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        put(buf, off, len);
    }

    @Override
    public void writeBoolean(boolean val) throws IOException {
        put(val ? 1 : 0);
    }

    @Override
    public void writeByte(int val) throws IOException {
        put(val);
    }

    @Override
    public void writeShort(int val) throws IOException {
        put(val >>> 8);
        put(val);
    }

    @Override
    public void writeChar(int val) throws IOException {
        writeShort(val);
    }

    @Override
    public void writeInt(int val) throws IOException {
        put(val >>> 24);
        put(val >>> 16);
        put(val >>> 8);
        put(val);
    }

    @Override
    public void writeLong(long val) throws IOException {
        writeInt((int) (val >>> 32));
        writeInt((int) val);
    }

    @Override
    public void writeFloat(float val) throws IOException {
        writeInt(Float.floatToIntBits(val));
    }

    @Override
    public void writeDouble(double val) throws IOException {
        writeLong(Double.doubleToLongBits(val));
    }

    @Override
    public void writeBytes(String str) throws IOException {
        for (int i = 0; i < str.length(); i++) {
            put(str.charAt(i));
        }
    }

    @Override
    public void writeChars(String str) throws IOException {
        for (int i = 0; i < str.length(); i++) {
            writeChar(str.charAt(i));
        }
    }

    @Override
    public void writeUTF(String str) throws IOException {
        byte[] utf = DataOutputStream.encodeUTF(str, true);
        put(utf, 0, utf.length);
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    public void reset() throws IOException {
        if (depth != 0) {
            throw new IOException("stream active");
        }
        boolean old = setBlockDataMode(false);
        out.writeByte(TC_RESET);
        clearHandles();
        setBlockDataMode(old);
    }

    // ---- objects ----

    @Override
    public final void writeObject(Object obj) throws IOException {
        if (enableOverride) {
            writeObjectOverride(obj);
            return;
        }
        try {
            writeObject0(obj, false);
        } catch (IOException ex) {
            if (depth == 0 && ex instanceof ObjectStreamException) {
                writeFatalException(ex);
            }
            throw ex;
        }
    }

    public void writeUnshared(Object obj) throws IOException {
        try {
            writeObject0(obj, true);
        } catch (IOException ex) {
            if (depth == 0 && ex instanceof ObjectStreamException) {
                writeFatalException(ex);
            }
            throw ex;
        }
    }

    /** After a failed top-level write: the exception, so that the reader fails the same way. */
    private void writeFatalException(IOException ex) throws IOException {
        clearHandles();
        boolean old = setBlockDataMode(false);
        try {
            out.writeByte(TC_EXCEPTION);
            writeObject0(ex, false);
            clearHandles();
        } finally {
            setBlockDataMode(old);
        }
    }

    public void defaultWriteObject() throws IOException {
        if (curObj == null || curDesc == null) {
            throw new NotActiveException("not in call to writeObject");
        }
        boolean old = setBlockDataMode(false);
        writeFields(curObj, curDesc);
        setBlockDataMode(old);
    }

    /** The fields of the class whose writeObject is running, to be set by name and written by writeFields. */
    public ObjectOutputStream.PutField putFields() throws IOException {
        if (curPut == null) {
            if (curObj == null || curDesc == null) {
                throw new NotActiveException("not in call to writeObject");
            }
            curPut = new PutFieldImpl(curDesc);
        }
        return curPut;
    }

    /** Writes the values given to putFields' object, as defaultWriteObject writes fields. */
    public void writeFields() throws IOException {
        if (curPut == null) {
            throw new NotActiveException("no current PutField object");
        }
        boolean old = setBlockDataMode(false);
        curPut.writeTo(this, null);
        setBlockDataMode(old);
    }

    /** Values of the serializable fields of a class, for writeFields. */
    public abstract static class PutField {
        public PutField() {
        }

        public abstract void put(String name, boolean val);

        public abstract void put(String name, byte val);

        public abstract void put(String name, char val);

        public abstract void put(String name, short val);

        public abstract void put(String name, int val);

        public abstract void put(String name, long val);

        public abstract void put(String name, float val);

        public abstract void put(String name, double val);

        public abstract void put(String name, Object val);

        @Deprecated
        public abstract void write(ObjectOutput out) throws IOException;
    }

    private static final class PutFieldImpl extends PutField {
        private final ObjectStreamClass desc;
        private final Object[] values;

        PutFieldImpl(ObjectStreamClass desc) {
            this.desc = desc;
            this.values = new Object[desc.fields.length];
        }

        private void set(String name, Class<?> type, Object value) {
            ObjectStreamClass.FieldDesc f = desc.fieldDesc(name, type);
            if (f == null) {
                throw new IllegalArgumentException("no such field " + name + " with type " + type);
            }
            for (int i = 0; i < values.length; i++) {
                if (desc.fields[i] == f) {
                    values[i] = value;
                }
            }
        }

        @Override
        public void put(String name, boolean val) {
            set(name, boolean.class, val);
        }

        @Override
        public void put(String name, byte val) {
            set(name, byte.class, val);
        }

        @Override
        public void put(String name, char val) {
            set(name, char.class, val);
        }

        @Override
        public void put(String name, short val) {
            set(name, short.class, val);
        }

        @Override
        public void put(String name, int val) {
            set(name, int.class, val);
        }

        @Override
        public void put(String name, long val) {
            set(name, long.class, val);
        }

        @Override
        public void put(String name, float val) {
            set(name, float.class, val);
        }

        @Override
        public void put(String name, double val) {
            set(name, double.class, val);
        }

        @Override
        public void put(String name, Object val) {
            set(name, Object.class, val);
        }

        @Override
        @Deprecated
        public void write(ObjectOutput out) throws IOException {
            if (out instanceof ObjectOutputStream oos) {
                writeTo(null, oos);
            } else {
                throw new IllegalArgumentException("wrong stream");
            }
        }

        /** Into this stream's field data (stream), or through another's public API (other). */
        void writeTo(ObjectOutputStream stream, ObjectOutput other) throws IOException {
            DataOutput data = stream != null ? stream.out : other;
            for (int i = 0; i < values.length; i++) {
                ObjectStreamClass.FieldDesc f = desc.fields[i];
                Object v = values[i];
                switch (f.typeCode) {
                    case 'Z' -> data.writeBoolean(v != null && (Boolean) v);
                    case 'B' -> data.writeByte(v == null ? 0 : (Byte) v);
                    case 'C' -> data.writeChar(v == null ? 0 : (Character) v);
                    case 'S' -> data.writeShort(v == null ? 0 : (Short) v);
                    case 'I' -> data.writeInt(v == null ? 0 : (Integer) v);
                    case 'J' -> data.writeLong(v == null ? 0L : (Long) v);
                    case 'F' -> data.writeFloat(v == null ? 0f : (Float) v);
                    case 'D' -> data.writeDouble(v == null ? 0d : (Double) v);
                    default -> {
                        if (stream != null) {
                            stream.writeObject0(v, false);
                        } else {
                            other.writeObject(v);
                        }
                    }
                }
            }
        }
    }

    private int assign(Object obj, boolean unshared) {
        int handle = nextHandle++;
        if (!unshared) {
            handles.put(obj, handle);
        }
        return handle;
    }

    private void clearHandles() {
        handles.clear();
        nextHandle = 0;
    }

    private boolean writeHandle(Object obj) throws IOException {
        Integer handle = handles.get(obj);
        if (handle == null) {
            return false;
        }
        out.writeByte(TC_REFERENCE);
        out.writeInt(baseWireHandle + handle);
        return true;
    }

    private void writeObject0(Object obj, boolean unshared) throws IOException {
        boolean oldMode = setBlockDataMode(false);
        depth++;
        try {
            if (obj == null) {
                out.writeByte(TC_NULL);
                return;
            }
            if (!unshared && writeHandle(obj)) {
                return;
            }
            if (obj instanceof Class<?> c) {
                writeClass(c, unshared);
                return;
            }
            if (obj instanceof ObjectStreamClass d) {
                writeClassDesc(d, unshared);
                return;
            }
            Object rep = obj;
            for (;;) {
                Class<?> repCl = rep.getClass();
                ObjectStreamClass desc = ObjectStreamClass.lookup(repCl, true);
                if (!desc.hasWriteReplaceMethod()) {
                    break;
                }
                rep = desc.invokeWriteReplace(rep);
                if (rep == null || rep.getClass() == repCl) {
                    break;
                }
            }
            if (enableReplace) {
                Object replaced = replaceObject(rep);
                rep = replaced;
            }
            if (rep != obj) {
                if (rep == null) {
                    out.writeByte(TC_NULL);
                    return;
                }
                if (!unshared && writeHandle(rep)) {
                    return;
                }
                if (rep instanceof Class<?> c) {
                    writeClass(c, unshared);
                    return;
                }
            }
            if (rep instanceof String s) {
                writeString(s, unshared);
            } else if (rep.getClass().isArray()) {
                writeArray(rep, unshared);
            } else if (rep instanceof Enum<?> e) {
                writeEnum(e, unshared);
            } else if (rep instanceof Serializable) {
                writeOrdinaryObject(rep, ObjectStreamClass.lookup(rep.getClass(), true), unshared);
            } else {
                throw new NotSerializableException(rep.getClass().getName());
            }
        } finally {
            depth--;
            setBlockDataMode(oldMode);
        }
    }

    private void writeString(String s, boolean unshared) throws IOException {
        assign(s, unshared);
        byte[] utf = DataOutputStream.encodeUTF(s, false);
        if (utf.length <= 0xFFFF) {
            out.writeByte(TC_STRING);
            out.writeShort(utf.length);
        } else {
            out.writeByte(TC_LONGSTRING);
            out.writeLong(utf.length);
        }
        out.write(utf, 0, utf.length);
    }

    private void writeClass(Class<?> cl, boolean unshared) throws IOException {
        out.writeByte(TC_CLASS);
        writeClassDesc(ObjectStreamClass.lookup(cl, true), false);
        assign(cl, unshared);
    }

    private void writeClassDesc(ObjectStreamClass desc, boolean unshared) throws IOException {
        if (desc == null) {
            out.writeByte(TC_NULL);
            return;
        }
        if (!unshared && writeHandle(desc)) {
            return;
        }
        out.writeByte(TC_CLASSDESC);
        assign(desc, unshared);
        out.writeUTF(desc.getName());
        out.writeLong(desc.getSerialVersionUID());
        out.writeByte(desc.flags());
        ObjectStreamClass.FieldDesc[] fields = desc.fields;
        out.writeShort(fields.length);
        for (ObjectStreamClass.FieldDesc f : fields) {
            out.writeByte(f.typeCode);
            out.writeUTF(f.name);
            if (!f.isPrimitive()) {
                writeObject0(f.signature, false);
            }
        }
        Class<?> cl = desc.forClass();
        setBlockDataMode(true);
        annotateClass(cl);
        setBlockDataMode(false);
        out.writeByte(TC_ENDBLOCKDATA);
        writeClassDesc(desc.getSuperDesc(), false);
    }

    private void writeArray(Object array, boolean unshared) throws IOException {
        Class<?> cl = array.getClass();
        out.writeByte(TC_ARRAY);
        writeClassDesc(ObjectStreamClass.lookup(cl, true), false);
        assign(array, unshared);
        int len = Array.getLength(array);
        out.writeInt(len);
        Class<?> ccl = cl.getComponentType();
        if (ccl == int.class) {
            for (int v : (int[]) array) {
                out.writeInt(v);
            }
        } else if (ccl == byte.class) {
            out.write((byte[]) array, 0, len);
        } else if (ccl == long.class) {
            for (long v : (long[]) array) {
                out.writeLong(v);
            }
        } else if (ccl == float.class) {
            for (float v : (float[]) array) {
                out.writeFloat(v);
            }
        } else if (ccl == double.class) {
            for (double v : (double[]) array) {
                out.writeDouble(v);
            }
        } else if (ccl == short.class) {
            for (short v : (short[]) array) {
                out.writeShort(v);
            }
        } else if (ccl == char.class) {
            for (char v : (char[]) array) {
                out.writeChar(v);
            }
        } else if (ccl == boolean.class) {
            for (boolean v : (boolean[]) array) {
                out.writeBoolean(v);
            }
        } else {
            Object[] objs = (Object[]) array;
            for (Object o : objs) {
                writeObject0(o, false);
            }
        }
    }

    private void writeEnum(Enum<?> en, boolean unshared) throws IOException {
        out.writeByte(TC_ENUM);
        writeClassDesc(ObjectStreamClass.lookup(en.getDeclaringClass(), true), false);
        assign(en, unshared);
        writeObject0(en.name(), false);
    }

    private void writeOrdinaryObject(Object obj, ObjectStreamClass desc, boolean unshared) throws IOException {
        out.writeByte(TC_OBJECT);
        writeClassDesc(desc, false);
        assign(obj, unshared);
        if (desc.isExternalizable()) {
            Object oldObj = curObj;
            ObjectStreamClass oldDesc = curDesc;
            curObj = null;
            curDesc = null;
            setBlockDataMode(true);
            try {
                ((Externalizable) obj).writeExternal(this);
            } finally {
                curObj = oldObj;
                curDesc = oldDesc;
            }
            setBlockDataMode(false);
            out.writeByte(TC_ENDBLOCKDATA);
            return;
        }
        for (ObjectStreamClass slot : desc.hierarchy()) {
            if (slot.hasWriteObjectMethod() && !slot.isRecord()) {
                Object oldObj = curObj;
                ObjectStreamClass oldDesc = curDesc;
                PutFieldImpl oldPut = curPut;
                curObj = obj;
                curDesc = slot;
                curPut = null;
                setBlockDataMode(true);
                try {
                    slot.invokeWriteObject(obj, this);
                } finally {
                    curObj = oldObj;
                    curDesc = oldDesc;
                    curPut = oldPut;
                }
                setBlockDataMode(false);
                out.writeByte(TC_ENDBLOCKDATA);
            } else {
                writeFields(obj, slot);
            }
        }
    }

    /** The serializable fields of one class of obj: primitives, then references. */
    private void writeFields(Object obj, ObjectStreamClass desc) throws IOException {
        try {
            for (ObjectStreamClass.FieldDesc f : desc.fields) {
                java.lang.reflect.Field field = f.field;
                switch (f.typeCode) {
                    case 'Z' -> out.writeBoolean(field.getBoolean(obj));
                    case 'B' -> out.writeByte(field.getByte(obj));
                    case 'C' -> out.writeChar(field.getChar(obj));
                    case 'S' -> out.writeShort(field.getShort(obj));
                    case 'I' -> out.writeInt(field.getInt(obj));
                    case 'J' -> out.writeLong(field.getLong(obj));
                    case 'F' -> out.writeFloat(field.getFloat(obj));
                    case 'D' -> out.writeDouble(field.getDouble(obj));
                    default -> writeObject0(field.get(obj), false);
                }
            }
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }
}
