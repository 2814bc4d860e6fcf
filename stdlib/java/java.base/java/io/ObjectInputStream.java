package java.io;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads object graphs written by ObjectOutputStream: shared references and cycles come back
 * shared, serializable classes are rebuilt without running their constructors (only the
 * first non-serializable superclass's no-argument constructor runs), records through their
 * canonical constructor, enums as their constants; custom readObject and readResolve run.
 */
public class ObjectInputStream extends InputStream implements ObjectInput, ObjectStreamConstants {
    /** The underlying stream with one byte of look-ahead. */
    private final InputStream in;
    private int peeked = -2;
    private final DataInputStream din;
    private boolean blockMode;
    /** Bytes left in the current data block; -1: the block data ended (an object follows). */
    private int unread;
    private final ArrayList<Object> handles = new ArrayList<>();
    private int depth;
    private final boolean enableOverride;
    private boolean enableResolve;
    private Object curObj;
    private ObjectStreamClass curDesc;
    private boolean closed;

    public ObjectInputStream(InputStream in) throws IOException {
        this.in = in;
        this.din = new DataInputStream(new InputStream() {
            @Override
            public int read() throws IOException {
                return rawRead();
            }
        });
        enableOverride = false;
        readStreamHeader();
        setBlockDataMode(true);
    }

    protected ObjectInputStream() throws IOException {
        this.in = null;
        this.din = null;
        enableOverride = true;
    }

    protected void readStreamHeader() throws IOException, StreamCorruptedException {
        short s0 = din.readShort();
        short s1 = din.readShort();
        if (s0 != STREAM_MAGIC || s1 != STREAM_VERSION) {
            throw new StreamCorruptedException(String.format("invalid stream header: %04X%04X", s0, s1));
        }
    }

    protected Object readObjectOverride() throws IOException, ClassNotFoundException {
        return null;
    }

    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        String name = desc.getName();
        switch (name) {
            case "boolean": return boolean.class;
            case "byte": return byte.class;
            case "char": return char.class;
            case "short": return short.class;
            case "int": return int.class;
            case "long": return long.class;
            case "float": return float.class;
            case "double": return double.class;
            case "void": return void.class;
            default: return Class.forName(name, false, ClassLoader.getSystemClassLoader());
        }
    }

    protected Object resolveObject(Object obj) throws IOException {
        return obj;
    }

    protected boolean enableResolveObject(boolean enable) {
        boolean old = enableResolve;
        enableResolve = enable;
        return old;
    }

    // ---- raw input and block data ----

    private int rawRead() throws IOException {
        if (peeked != -2) {
            int b = peeked;
            peeked = -2;
            return b;
        }
        return in.read();
    }

    private int rawPeek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private boolean setBlockDataMode(boolean mode) throws IOException {
        if (blockMode == mode) {
            return mode;
        }
        if (mode) {
            unread = 0;
        } else if (unread > 0) {
            throw new IllegalStateException("unread block data");
        }
        blockMode = mode;
        return !mode;
    }

    /** In block mode: starts the next data block if one follows; false at the end of block data. */
    private boolean refill() throws IOException {
        while (unread == 0) {
            int tc = rawPeek();
            if (tc == (TC_BLOCKDATA & 0xff)) {
                rawRead();
                unread = din.readUnsignedByte();
            } else if (tc == (TC_BLOCKDATALONG & 0xff)) {
                rawRead();
                int len = din.readInt();
                if (len < 0) {
                    throw new StreamCorruptedException("illegal block data header length: " + len);
                }
                unread = len;
            } else if (tc == (TC_RESET & 0xff)) {
                rawRead();
                handleReset();
            } else {
                unread = -1;
            }
        }
        return unread > 0;
    }

    /** One byte of primitive data, or -1 at the end of it. */
    private int dataRead() throws IOException {
        if (!blockMode) {
            return rawRead();
        }
        if (unread < 0 || !refill()) {
            return -1;
        }
        int b = rawRead();
        if (b < 0) {
            unread = -1;
            return -1;
        }
        unread--;
        return b;
    }

    private int dataRead(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int c = dataRead();
            if (c < 0) {
                break;
            }
            b[off + n++] = (byte) c;
            if (blockMode && unread == 0) {
                break;
            }
        }
        return n == 0 && len > 0 ? -1 : n;
    }

    private int next() throws IOException {
        int c = dataRead();
        if (c < 0) {
            throw new EOFException();
        }
        return c;
    }

    private void handleReset() throws IOException {
        if (depth > 0) {
            throw new StreamCorruptedException("unexpected reset; recursion depth: " + depth);
        }
        handles.clear();
    }

    // ---- DataInput ----

    @Override
    public int read() throws IOException {
        return dataRead();
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (buf == null) {
            throw new NullPointerException();
        }
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        if (len == 0) {
            return 0;
        }
        return dataRead(buf, off, len);
    }

    @Override
    public int available() throws IOException {
        if (blockMode && (unread > 0 || (unread == 0 && refill()))) {
            return unread;
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        in.close();
    }

    @Override
    public boolean readBoolean() throws IOException {
        return next() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return (byte) next();
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return next();
    }

    @Override
    public char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        int a = next();
        return (a << 8) | next();
    }

    @Override
    public int readInt() throws IOException {
        return (readUnsignedShort() << 16) | readUnsignedShort();
    }

    @Override
    public long readLong() throws IOException {
        return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public void readFully(byte[] buf) throws IOException {
        readFully(buf, 0, buf.length);
    }

    @Override
    public void readFully(byte[] buf, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        for (int i = 0; i < len; i++) {
            buf[off + i] = (byte) next();
        }
    }

    @Override
    public int skipBytes(int len) throws IOException {
        int n = 0;
        while (n < len && dataRead() >= 0) {
            n++;
        }
        return n;
    }

    @Deprecated
    @Override
    public String readLine() throws IOException {
        StringBuilder b = new StringBuilder();
        int c = dataRead();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            b.append((char) c);
            c = dataRead();
        }
        return b.toString();
    }

    @Override
    public String readUTF() throws IOException {
        int len = readUnsignedShort();
        byte[] bytes = new byte[len];
        readFully(bytes);
        return DataInputStream.decodeUTF(bytes, len);
    }

    // ---- objects ----

    @Override
    public final Object readObject() throws IOException, ClassNotFoundException {
        if (enableOverride) {
            return readObjectOverride();
        }
        return readObject0();
    }

    public Object readUnshared() throws IOException, ClassNotFoundException {
        return readObject0();
    }

    public void defaultReadObject() throws IOException, ClassNotFoundException {
        if (curObj == null || curDesc == null) {
            throw new NotActiveException("not in call to readObject");
        }
        boolean old = setBlockDataMode(false);
        readFields(curObj, curDesc);
        setBlockDataMode(old);
    }

    /** Reads the field values of the class whose readObject is running, for access by name. */
    public ObjectInputStream.GetField readFields() throws IOException, ClassNotFoundException {
        if (curObj == null || curDesc == null) {
            throw new NotActiveException("not in call to readObject");
        }
        boolean old = setBlockDataMode(false);
        GetFieldImpl fields = new GetFieldImpl(curDesc);
        for (int i = 0; i < curDesc.fields.length; i++) {
            fields.values[i] = switch (curDesc.fields[i].typeCode) {
                case 'Z' -> din.readBoolean();
                case 'B' -> din.readByte();
                case 'C' -> din.readChar();
                case 'S' -> din.readShort();
                case 'I' -> din.readInt();
                case 'J' -> din.readLong();
                case 'F' -> din.readFloat();
                case 'D' -> din.readDouble();
                default -> readObject0();
            };
        }
        setBlockDataMode(old);
        return fields;
    }

    /** The field values of a class as read from the stream, by name. */
    public abstract static class GetField {
        public GetField() {
        }

        public abstract ObjectStreamClass getObjectStreamClass();

        public abstract boolean defaulted(String name) throws IOException;

        public abstract boolean get(String name, boolean val) throws IOException;

        public abstract byte get(String name, byte val) throws IOException;

        public abstract char get(String name, char val) throws IOException;

        public abstract short get(String name, short val) throws IOException;

        public abstract int get(String name, int val) throws IOException;

        public abstract long get(String name, long val) throws IOException;

        public abstract float get(String name, float val) throws IOException;

        public abstract double get(String name, double val) throws IOException;

        public abstract Object get(String name, Object val) throws IOException, ClassNotFoundException;
    }

    private static final class GetFieldImpl extends GetField {
        private final ObjectStreamClass desc;
        final Object[] values;

        GetFieldImpl(ObjectStreamClass desc) {
            this.desc = desc;
            this.values = new Object[desc.fields.length];
        }

        @Override
        public ObjectStreamClass getObjectStreamClass() {
            return desc;
        }

        /** The value read for the field, or null when the stream lacks it but the local class has it. */
        private Object value(String name, Class<?> type, Object defaultValue) {
            ObjectStreamClass.FieldDesc f = desc.fieldDesc(name, type);
            if (f != null) {
                for (int i = 0; i < values.length; i++) {
                    if (desc.fields[i] == f) {
                        return values[i];
                    }
                }
            }
            ObjectStreamClass local = desc.getLocalDesc();
            if (local != null && local.fieldDesc(name, type) != null) {
                return defaultValue;
            }
            throw new IllegalArgumentException("no such field " + name + " with type " + type);
        }

        @Override
        public boolean defaulted(String name) {
            if (desc.fieldDesc(name, null) != null) {
                return false;
            }
            ObjectStreamClass local = desc.getLocalDesc();
            if (local != null && local.fieldDesc(name, null) != null) {
                return true;
            }
            throw new IllegalArgumentException("no such field " + name + " with type null");
        }

        @Override
        public boolean get(String name, boolean val) {
            return (Boolean) value(name, boolean.class, val);
        }

        @Override
        public byte get(String name, byte val) {
            return (Byte) value(name, byte.class, val);
        }

        @Override
        public char get(String name, char val) {
            return (Character) value(name, char.class, val);
        }

        @Override
        public short get(String name, short val) {
            return (Short) value(name, short.class, val);
        }

        @Override
        public int get(String name, int val) {
            return (Integer) value(name, int.class, val);
        }

        @Override
        public long get(String name, long val) {
            return (Long) value(name, long.class, val);
        }

        @Override
        public float get(String name, float val) {
            return (Float) value(name, float.class, val);
        }

        @Override
        public double get(String name, double val) {
            return (Double) value(name, double.class, val);
        }

        @Override
        public Object get(String name, Object val) {
            return value(name, Object.class, val);
        }
    }

    private int assign(Object obj) {
        handles.add(obj);
        return handles.size() - 1;
    }

    private Object readObject0() throws IOException, ClassNotFoundException {
        boolean oldMode = blockMode;
        if (oldMode) {
            if (unread > 0 || (unread == 0 && refill())) {
                throw new OptionalDataException(unread);
            }
            if (rawPeek() == (TC_ENDBLOCKDATA & 0xff) && curObj != null) {
                throw new OptionalDataException(true);
            }
            unread = 0;
            blockMode = false;
        }
        depth++;
        try {
            int tc;
            while ((tc = rawPeek()) == (TC_RESET & 0xff)) {
                rawRead();
                handleReset();
            }
            if (tc < 0) {
                throw new EOFException();
            }
            rawRead();
            Object result = switch ((byte) tc) {
                case TC_NULL -> null;
                case TC_REFERENCE -> readHandle();
                case TC_CLASS -> readClass();
                case TC_CLASSDESC -> readClassDescBody();
                case TC_STRING -> readString(din.readUnsignedShort());
                case TC_LONGSTRING -> readString(din.readLong());
                case TC_ARRAY -> readArray();
                case TC_ENUM -> readEnum();
                case TC_OBJECT -> readOrdinaryObject();
                case TC_EXCEPTION -> {
                    IOException ex = readFatalException();
                    throw new WriteAbortedException("writing aborted", ex);
                }
                case TC_BLOCKDATA, TC_BLOCKDATALONG -> throw new StreamCorruptedException("unexpected block data");
                case TC_ENDBLOCKDATA -> throw new OptionalDataException(true);
                default -> throw new StreamCorruptedException(String.format("invalid type code: %02X", tc));
            };
            return result;
        } finally {
            depth--;
            if (oldMode) {
                blockMode = true;
                unread = 0;
            }
        }
    }

    private Object readHandle() throws IOException {
        int handle = din.readInt() - baseWireHandle;
        if (handle < 0 || handle >= handles.size()) {
            throw new StreamCorruptedException(String.format("invalid handle value: %08X", handle + baseWireHandle));
        }
        return handles.get(handle);
    }

    private IOException readFatalException() throws IOException, ClassNotFoundException {
        handles.clear();
        Object ex = readObject0();
        handles.clear();
        if (ex instanceof IOException io) {
            return io;
        }
        throw new StreamCorruptedException("invalid exception in stream");
    }

    private String readString(long utflen) throws IOException {
        if (utflen < 0 || utflen > Integer.MAX_VALUE) {
            throw new StreamCorruptedException("invalid string length: " + utflen);
        }
        byte[] bytes = new byte[(int) utflen];
        din.readFully(bytes);
        String s = DataInputStream.decodeUTF(bytes, bytes.length);
        assign(s);
        return s;
    }

    private Class<?> readClass() throws IOException, ClassNotFoundException {
        ObjectStreamClass desc = readClassDesc();
        Class<?> cl = desc.forClass();
        assign(cl);
        if (cl == null) {
            throw new ClassNotFoundException(desc.getName());
        }
        return cl;
    }

    private ObjectStreamClass readClassDesc() throws IOException, ClassNotFoundException {
        int tc = rawRead();
        return switch ((byte) tc) {
            case TC_NULL -> null;
            case TC_REFERENCE -> {
                Object d = readHandle();
                if (!(d instanceof ObjectStreamClass desc)) {
                    throw new StreamCorruptedException("invalid class descriptor reference");
                }
                yield desc;
            }
            case TC_CLASSDESC -> readClassDescBody();
            default -> {
                if (tc < 0) {
                    throw new EOFException();
                }
                throw new StreamCorruptedException(String.format("invalid type code: %02X", tc));
            }
        };
    }

    private ObjectStreamClass readClassDescBody() throws IOException, ClassNotFoundException {
        int handle = assign(null);
        String name = din.readUTF();
        long suid = din.readLong();
        byte flags = din.readByte();
        int count = din.readShort();
        if (count < 0) {
            throw new InvalidClassException(name, "illegal field count: " + count);
        }
        ObjectStreamClass.FieldDesc[] fields = new ObjectStreamClass.FieldDesc[count];
        for (int i = 0; i < count; i++) {
            char tcode = (char) din.readByte();
            String fname = din.readUTF();
            String signature = String.valueOf(tcode);
            if (tcode == 'L' || tcode == '[') {
                Object sig = readObject0();
                if (!(sig instanceof String s)) {
                    throw new StreamCorruptedException("invalid field type signature");
                }
                signature = s;
            } else if ("ZBCSIJFD".indexOf(tcode) < 0) {
                throw new InvalidClassException(name, "invalid typecode for field " + fname + ": " + tcode);
            }
            fields[i] = new ObjectStreamClass.FieldDesc(fname, tcode, signature);
        }
        ObjectStreamClass desc = ObjectStreamClass.fromStream(name, suid, flags, fields);
        handles.set(handle, desc);
        Class<?> cl = null;
        ClassNotFoundException missing = null;
        try {
            cl = resolveClass(desc);
        } catch (ClassNotFoundException e) {
            missing = e;
        }
        skipCustomData();
        ObjectStreamClass superDesc = readClassDesc();
        desc.bindLocal(cl, superDesc);
        if (missing != null) {
            throw missing;
        }
        return desc;
    }

    /** Skips what a writer's annotation or custom writeObject left, up to TC_ENDBLOCKDATA. */
    private void skipCustomData() throws IOException, ClassNotFoundException {
        boolean old = blockMode;
        for (;;) {
            if (blockMode) {
                while (unread > 0 || (unread == 0 && refill())) {
                    if (dataRead() < 0) {
                        break;
                    }
                }
                blockMode = false;
                unread = 0;
            }
            int tc = rawPeek();
            if (tc == (TC_ENDBLOCKDATA & 0xff)) {
                rawRead();
                break;
            }
            if (tc == (TC_BLOCKDATA & 0xff) || tc == (TC_BLOCKDATALONG & 0xff)) {
                blockMode = true;
                continue;
            }
            if (tc < 0) {
                throw new EOFException();
            }
            Object saved = curObj;
            curObj = null;
            try {
                readObject0();
            } finally {
                curObj = saved;
            }
        }
        blockMode = old;
        unread = 0;
    }

    private Object readArray() throws IOException, ClassNotFoundException {
        ObjectStreamClass desc = readClassDesc();
        int len = din.readInt();
        if (len < 0) {
            throw new StreamCorruptedException("Array length is negative");
        }
        Class<?> cl = desc == null ? null : desc.forClass();
        if (cl == null || !cl.isArray()) {
            throw new ClassNotFoundException(desc == null ? "null" : desc.getName());
        }
        Class<?> ccl = cl.getComponentType();
        Object array = Array.newInstance(ccl, len);
        int handle = assign(array);
        if (ccl == int.class) {
            int[] a = (int[]) array;
            for (int i = 0; i < len; i++) {
                a[i] = din.readInt();
            }
        } else if (ccl == byte.class) {
            din.readFully((byte[]) array, 0, len);
        } else if (ccl == long.class) {
            long[] a = (long[]) array;
            for (int i = 0; i < len; i++) {
                a[i] = din.readLong();
            }
        } else if (ccl == float.class) {
            float[] a = (float[]) array;
            for (int i = 0; i < len; i++) {
                a[i] = din.readFloat();
            }
        } else if (ccl == double.class) {
            double[] a = (double[]) array;
            for (int i = 0; i < len; i++) {
                a[i] = din.readDouble();
            }
        } else if (ccl == short.class) {
            short[] a = (short[]) array;
            for (int i = 0; i < len; i++) {
                a[i] = din.readShort();
            }
        } else if (ccl == char.class) {
            char[] a = (char[]) array;
            for (int i = 0; i < len; i++) {
                a[i] = din.readChar();
            }
        } else if (ccl == boolean.class) {
            boolean[] a = (boolean[]) array;
            for (int i = 0; i < len; i++) {
                a[i] = din.readBoolean();
            }
        } else {
            Object[] a = (Object[]) array;
            for (int i = 0; i < len; i++) {
                Object element = readObject0();
                if (element != null && !ccl.isInstance(element)) {
                    throw new ClassCastException("cannot assign instance of " + element.getClass().getName()
                            + " to an element of " + cl.getTypeName());
                }
                a[i] = element;
            }
        }
        return resolved(handle, array);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object readEnum() throws IOException, ClassNotFoundException {
        ObjectStreamClass desc = readClassDesc();
        if (desc == null || !desc.isEnum()) {
            throw new InvalidClassException("non-enum class: " + (desc == null ? null : desc.getName()));
        }
        int handle = assign(null);
        Object name = readObject0();
        Class<?> cl = desc.forClass();
        if (cl == null) {
            throw new ClassNotFoundException(desc.getName());
        }
        if (!(name instanceof String constant)) {
            throw new StreamCorruptedException("invalid enum constant name");
        }
        Enum<?> en;
        try {
            en = Enum.valueOf((Class) cl, constant);
        } catch (IllegalArgumentException e) {
            InvalidObjectException ex = new InvalidObjectException("enum constant " + constant + " does not exist in " + cl);
            ex.initCause(e);
            throw ex;
        }
        handles.set(handle, en);
        return resolved(handle, en);
    }

    private Object readOrdinaryObject() throws IOException, ClassNotFoundException {
        ObjectStreamClass desc = readClassDesc();
        if (desc == null) {
            throw new StreamCorruptedException("null class descriptor");
        }
        Class<?> cl = desc.forClass();
        if (cl == null) {
            throw new ClassNotFoundException(desc.getName());
        }
        if (cl == String.class || cl == Class.class || cl == ObjectStreamClass.class) {
            throw new InvalidClassException("invalid class descriptor");
        }
        if (desc.isRecord()) {
            int handle = assign(null);
            Map<String, Object> values = new HashMap<>();
            for (ObjectStreamClass slot : desc.hierarchy()) {
                readFieldValues(slot, values);
            }
            Object record = desc.newRecord(values);
            handles.set(handle, record);
            return resolved(handle, record);
        }
        if (!desc.getLocalDesc().isSerializable()) {
            throw new InvalidClassException(cl.getName(), "class invalid for deserialization");
        }
        Object obj = desc.newInstance();
        int handle = assign(obj);
        if (desc.isExternalizable()) {
            Object oldObj = curObj;
            ObjectStreamClass oldDesc = curDesc;
            curObj = null;
            curDesc = null;
            setBlockDataMode(true);
            try {
                ((Externalizable) obj).readExternal(this);
            } finally {
                curObj = oldObj;
                curDesc = oldDesc;
            }
            skipCustomData();
            setBlockDataMode(false);
        } else {
            for (ObjectStreamClass slot : desc.hierarchy()) {
                if (slot.hasReadObjectMethod()) {
                    Object oldObj = curObj;
                    ObjectStreamClass oldDesc = curDesc;
                    curObj = obj;
                    curDesc = slot;
                    boolean old = blockMode;
                    if (slot.hasWriteObjectData()) {
                        setBlockDataMode(true);
                    }
                    try {
                        slot.invokeReadObject(obj, this);
                    } finally {
                        curObj = oldObj;
                        curDesc = oldDesc;
                    }
                    if (slot.hasWriteObjectData()) {
                        skipCustomData();
                    }
                    blockMode = old;
                    unread = 0;
                } else {
                    readFields(obj, slot);
                    if (slot.hasWriteObjectData()) {
                        setBlockDataMode(true);
                        skipCustomData();
                        blockMode = false;
                        unread = 0;
                    }
                }
            }
        }
        return resolved(handle, obj);
    }

    /** readResolve and resolveObject, with the handle pointing at the result. */
    private Object resolved(int handle, Object obj) throws IOException {
        Object rep = obj;
        if (obj != null) {
            ObjectStreamClass desc = ObjectStreamClass.lookup(obj.getClass(), true);
            if (desc.hasReadResolveMethod()) {
                rep = desc.invokeReadResolve(obj);
            }
        }
        if (enableResolve) {
            rep = resolveObject(rep);
        }
        if (rep != obj) {
            handles.set(handle, rep);
        }
        return rep;
    }

    /** Reads one class's field values into obj (fields missing locally are read and dropped). */
    private void readFields(Object obj, ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        try {
            for (ObjectStreamClass.FieldDesc f : desc.fields) {
                java.lang.reflect.Field field = f.field;
                switch (f.typeCode) {
                    case 'Z' -> { boolean v = din.readBoolean(); if (field != null) field.setBoolean(obj, v); }
                    case 'B' -> { byte v = din.readByte(); if (field != null) field.setByte(obj, v); }
                    case 'C' -> { char v = din.readChar(); if (field != null) field.setChar(obj, v); }
                    case 'S' -> { short v = din.readShort(); if (field != null) field.setShort(obj, v); }
                    case 'I' -> { int v = din.readInt(); if (field != null) field.setInt(obj, v); }
                    case 'J' -> { long v = din.readLong(); if (field != null) field.setLong(obj, v); }
                    case 'F' -> { float v = din.readFloat(); if (field != null) field.setFloat(obj, v); }
                    case 'D' -> { double v = din.readDouble(); if (field != null) field.setDouble(obj, v); }
                    default -> {
                        Object v = readObject0();
                        if (field != null) {
                            if (v != null && !field.getType().isInstance(v)) {
                                throw new ClassCastException("cannot assign instance of " + v.getClass().getName()
                                        + " to field " + field.getDeclaringClass().getName() + "." + field.getName()
                                        + " of type " + field.getType().getName() + " in instance of "
                                        + obj.getClass().getName());
                            }
                            field.set(obj, v);
                        }
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new InternalError(e);
        }
    }

    /** A record's field values, by name. */
    private void readFieldValues(ObjectStreamClass desc, Map<String, Object> values)
            throws IOException, ClassNotFoundException {
        for (ObjectStreamClass.FieldDesc f : desc.fields) {
            Object v = switch (f.typeCode) {
                case 'Z' -> din.readBoolean();
                case 'B' -> din.readByte();
                case 'C' -> din.readChar();
                case 'S' -> din.readShort();
                case 'I' -> din.readInt();
                case 'J' -> din.readLong();
                case 'F' -> din.readFloat();
                case 'D' -> din.readDouble();
                default -> readObject0();
            };
            values.put(f.name, v);
        }
    }
}
