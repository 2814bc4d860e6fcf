package io;

import java.io.*;
import java.util.*;

public class Serialization {
    static class Node implements Serializable {
        private static final long serialVersionUID = 42L;
        static int created;
        String name;
        Node next;
        int[] data;
        transient int cache = 7;
        final long stamp;

        Node(String name) {
            this.name = name;
            this.stamp = 1000 + name.length();
            created++;
        }
    }

    enum Color { RED, GREEN { @Override public String toString() { return "green!"; } }, BLUE }

    record Point(int x, int y, String label) implements Serializable {
        Point {
            System.out.println("  Point canonical constructor " + x + "," + y);
        }
    }

    static class Base {
        int baseValue;
        Base() {
            baseValue = 99;
            System.out.println("  Base() ran");
        }
    }

    static class Middle extends Base implements Serializable {
        int middle = 3;
        String shadow = "middle";
        Middle() {
            System.out.println("  Middle() ran");
        }
    }

    static class Derived extends Middle {
        int own;
        String shadow = "derived";
        Derived() {
            own = 1;
            System.out.println("  Derived() ran");
        }
    }

    static class NoDefaultCtor {
        NoDefaultCtor(int x) {}
    }

    static class BadParent extends NoDefaultCtor implements Serializable {
        BadParent() {
            super(1);
        }
    }

    static class Custom implements Serializable {
        String a;
        transient String b;
        Custom(String a, String b) {
            this.a = a;
            this.b = b;
        }
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeInt(42);
            out.writeUTF(b.toUpperCase());
            out.writeObject(List.of("extra", b));
        }
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            int n = in.readInt();
            b = in.readUTF() + n + in.readObject();
        }
    }

    static class WritesMoreThanRead implements Serializable {
        int v = 5;
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeInt(1);
            out.writeObject("ignored");
            out.writeLong(2);
        }
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
        }
    }

    static class Singleton implements Serializable {
        static final Singleton INSTANCE = new Singleton();
        private Object readResolve() {
            return INSTANCE;
        }
    }

    static class Replaced implements Serializable {
        int value = 7;
        private Object writeReplace() {
            return "replaced " + value;
        }
    }

    static class Ext implements Externalizable {
        int x;
        String s;
        public Ext() {
            System.out.println("  Ext() ran");
        }
        Ext(int x, String s) {
            this.x = x;
            this.s = s;
        }
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeInt(x);
            out.writeObject(s);
        }
        public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
            x = in.readInt() * 2;
            s = (String) in.readObject() + "!";
        }
    }

    static class NotSer {
        int x;
    }

    static class Holder implements Serializable {
        Object o;
        Holder(Object o) {
            this.o = o;
        }
    }

    class Inner implements Serializable {
        int v = 1;
    }

    static class Account extends Exception {
        Account(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static byte[] serialize(Object... objects) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
            for (Object o : objects) {
                out.writeObject(o);
            }
        }
        return bos.toByteArray();
    }

    static Object roundTrip(Object o) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(o)))) {
            return in.readObject();
        }
    }

    static String attempt(java.util.concurrent.Callable<Object> action) {
        try {
            Object result = action.call();
            return result == null ? "null" : result.toString();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) throws Exception {
        graphs();
        values();
        classes();
        collections();
        streams();
        failures();
    }

    static void graphs() throws Exception {
        System.out.println("== graphs");
        Node a = new Node("a");
        Node b = new Node("bb");
        a.next = b;
        b.next = a;
        a.data = new int[] {1, 2, 3};
        b.data = a.data;
        Node.created = 0;
        Node a2 = (Node) roundTrip(a);
        System.out.println(a2.name + " " + a2.next.name + " cycle " + (a2.next.next == a2) + " " + Arrays.toString(a2.data)
                + " shared " + (a2.data == a2.next.data) + " cache " + a2.cache + " stamp " + a2.stamp + " created " + Node.created);
        Object[] shared = {a, a, b};
        Object[] shared2 = (Object[]) roundTrip(shared);
        System.out.println("shared " + (shared2[0] == shared2[1]) + " " + (((Node) shared2[0]).next == shared2[2]));
        Object[] self = new Object[2];
        self[0] = self;
        self[1] = "x";
        Object[] self2 = (Object[]) roundTrip(self);
        System.out.println("self " + (self2[0] == self2) + " " + self2[1]);
        Node head = null;
        for (int i = 0; i < 300; i++) {
            Node n = new Node("n" + i);
            n.next = head;
            head = n;
        }
        Node h2 = (Node) roundTrip(head);
        int count = 0;
        for (Node n = h2; n != null; n = n.next) {
            count++;
        }
        System.out.println("chain " + count + " " + h2.name);
    }

    static void values() throws Exception {
        System.out.println("== values");
        Object[] boxes = {1, -2L, 3.5, 4.25f, (short) 5, (byte) 6, 'c', true, "text", "ünïcödé \u20ac \uD83D\uDE00", "", null};
        System.out.println(Arrays.toString((Object[]) roundTrip(boxes)));
        String longString = "x".repeat(70000) + "é";
        String l2 = (String) roundTrip(longString);
        System.out.println("long string " + l2.length() + " " + l2.equals(longString));
        System.out.println(Arrays.toString((int[]) roundTrip(new int[] {1, -1, Integer.MAX_VALUE})));
        System.out.println(Arrays.toString((long[]) roundTrip(new long[] {Long.MIN_VALUE, 0})));
        System.out.println(Arrays.toString((double[]) roundTrip(new double[] {Double.NaN, -0.0, 1e300})));
        System.out.println(Arrays.toString((float[]) roundTrip(new float[] {1.5f, Float.NEGATIVE_INFINITY})));
        System.out.println(Arrays.toString((char[]) roundTrip(new char[] {'a', '\u0000', '\uffff'})));
        System.out.println(Arrays.toString((boolean[]) roundTrip(new boolean[] {true, false})));
        System.out.println(Arrays.toString((byte[]) roundTrip(new byte[] {-128, 0, 127})));
        System.out.println(Arrays.toString((short[]) roundTrip(new short[] {-300, 300})));
        System.out.println(Arrays.deepToString((Object[]) roundTrip(new int[][] {{1}, {2, 3}, null})));
        System.out.println(Arrays.deepToString((String[][]) roundTrip(new String[][] {{"a"}, {}})));
        System.out.println(roundTrip(Color.GREEN) == Color.GREEN);
        System.out.println(roundTrip(Color.BLUE) + " " + Arrays.toString((Color[]) roundTrip(Color.values())));
        System.out.println(roundTrip(new Point(1, 2, "p")));
        Derived d = new Derived();
        d.own = 5;
        d.baseValue = 6;
        d.middle = 7;
        ((Middle) d).shadow = "m2";
        d.shadow = "d2";
        System.out.println("reading Derived");
        Derived d2 = (Derived) roundTrip(d);
        System.out.println(d2.own + " " + d2.baseValue + " " + d2.middle + " " + ((Middle) d2).shadow + " " + d2.shadow);
        Custom c = (Custom) roundTrip(new Custom("x", "y"));
        System.out.println(c.a + " " + c.b);
        Object[] pair = (Object[]) roundTrip(new Object[] {new WritesMoreThanRead(), "after"});
        System.out.println("extra data skipped " + ((WritesMoreThanRead) pair[0]).v + " then " + pair[1]);
        System.out.println(roundTrip(Singleton.INSTANCE) == Singleton.INSTANCE);
        System.out.println(roundTrip(new Replaced()));
        System.out.println("reading Ext");
        Ext e = (Ext) roundTrip(new Ext(21, "ext"));
        System.out.println(e.x + " " + e.s);
        Account ex = (Account) roundTrip(new Account("overdrawn", new IllegalStateException("inner")));
        System.out.println(ex.getMessage() + " / " + ex.getCause() + " / " + ex.getStackTrace()[0].getMethodName());
        StringBuilder sb = (StringBuilder) roundTrip(new StringBuilder("builder"));
        System.out.println(sb.append('!') + " " + roundTrip(new StringBuffer("buffer")));
    }

    static class Local implements Serializable {
        private static final long serialVersionUID = 123456789L;
    }

    static void classes() throws Exception {
        System.out.println("== classes");
        System.out.println(roundTrip(String.class) + " " + roundTrip(int.class) + " " + roundTrip(int[][].class) + " " + roundTrip(Color.class));
        Object[] cls = (Object[]) roundTrip(new Class<?>[] {Node.class, Object.class});
        System.out.println(Arrays.toString(cls));
        ObjectStreamClass desc = ObjectStreamClass.lookup(Local.class);
        System.out.println(desc.getName() + " " + desc.getSerialVersionUID() + " " + (desc.forClass() == Local.class));
        System.out.println(desc);
        System.out.println(ObjectStreamClass.lookup(NotSer.class));
        System.out.println(ObjectStreamClass.lookup(Node.class).getSerialVersionUID());
    }

    static void collections() throws Exception {
        System.out.println("== collections");
        List<Object> list = new ArrayList<>(List.of(1, "two", 3.0, 'c', 4L));
        list.add(null);
        System.out.println(roundTrip(list) + " " + roundTrip(new ArrayList<>()));
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            map.put("key" + (i * 7919 % 1000), i);
        }
        System.out.println(roundTrip(map));
        LinkedHashMap<String, Integer> access = new LinkedHashMap<>(16, 0.75f, true);
        access.put("a", 1);
        access.put("b", 2);
        access.put("c", 3);
        access.get("a");
        @SuppressWarnings("unchecked")
        LinkedHashMap<String, Integer> access2 = (LinkedHashMap<String, Integer>) roundTrip(access);
        access2.get("b");
        System.out.println(access + " " + access2);
        TreeMap<String, Integer> tree = new TreeMap<>(map);
        System.out.println(roundTrip(tree).equals(tree) + " " + ((TreeMap<?, ?>) roundTrip(tree)).firstKey());
        System.out.println(roundTrip(new LinkedList<>(List.of(3, 2, 1))));
        Set<String> hs = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            hs.add("s" + (i * 31 % 97));
        }
        System.out.println(roundTrip(hs));
        System.out.println(roundTrip(new LinkedHashSet<>(List.of("z", "y", "x"))));
        System.out.println(roundTrip(new TreeSet<>(List.of(5, 1, 3))));
        ArrayDeque<Integer> deque = new ArrayDeque<>();
        for (int i = 0; i < 20; i++) {
            deque.addFirst(i);
        }
        deque.pollLast();
        System.out.println(roundTrip(deque));
        PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(5, 3, 9, 1, 7));
        @SuppressWarnings("unchecked")
        PriorityQueue<Integer> pq2 = (PriorityQueue<Integer>) roundTrip(pq);
        StringBuilder polled = new StringBuilder();
        while (!pq2.isEmpty()) {
            polled.append(pq2.poll()).append(' ');
        }
        System.out.println(pq + " -> " + polled);
        System.out.println(roundTrip(List.of(1, 2, 3)) + " " + roundTrip(List.of()) + " " + roundTrip(List.of("one")));
        System.out.println(new TreeSet<>((Set<?>) roundTrip(Set.of("b", "a", "c"))) + " " + new TreeMap<>((Map<?, ?>) roundTrip(Map.of("k", 1, "j", 2))));
        @SuppressWarnings("unchecked")
        List<Object> immutable = (List<Object>) roundTrip(List.of(1));
        System.out.println(attempt(() -> immutable.add(2)));
        EnumMap<Color, String> em = new EnumMap<>(Color.class);
        em.put(Color.BLUE, "b");
        em.put(Color.RED, "r");
        System.out.println(roundTrip(em));
        BitSet bits = new BitSet();
        bits.set(3);
        bits.set(100);
        System.out.println(roundTrip(bits) + " " + ((BitSet) roundTrip(bits)).cardinality());
        Hashtable<String, Integer> table = new Hashtable<>();
        table.put("one", 1);
        System.out.println(roundTrip(table));
        Vector<String> vector = new Vector<>(List.of("v1", "v2"));
        System.out.println(roundTrip(vector));
    }

    static void streams() throws Exception {
        System.out.println("== streams");
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        System.out.println("header " + bos.size());
        out.writeInt(5);
        out.writeUTF("hi");
        out.writeObject("s");
        out.writeObject("s");
        out.writeDouble(2.5);
        out.writeBoolean(true);
        Node n = new Node("r");
        out.writeObject(n);
        out.reset();
        out.writeObject(n);
        out.writeUnshared(n);
        out.writeObject(n);
        out.writeChars("ab");
        out.writeBytes("cd");
        out.write(new byte[] {9, 8});
        out.writeShort(-2);
        out.writeLong(77);
        out.writeFloat(1.25f);
        out.writeChar('q');
        out.writeByte(200);
        out.close();
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()));
        System.out.println(in.readInt() + " " + in.readUTF());
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("readInt before an object: EOFException");
        }
        Object s1 = in.readObject();
        Object s2 = in.readObject();
        System.out.println(s1 + " " + (s1 == s2));
        try {
            in.readObject();
        } catch (OptionalDataException e) {
            System.out.println("OptionalDataException length " + e.length + " eof " + e.eof);
        }
        System.out.println(in.readDouble() + " " + in.readBoolean());
        Object r1 = in.readObject();
        Object r2 = in.readObject();
        Object r3 = in.readObject();
        Object r4 = in.readObject();
        System.out.println("after reset " + (r1 == r2) + " unshared " + (r2 == r3) + " " + (r2 == r4));
        System.out.println(in.readChar() + "" + in.readChar() + " " + (char) in.readByte() + (char) in.readByte());
        byte[] two = new byte[2];
        in.readFully(two);
        System.out.println(Arrays.toString(two) + " " + in.readShort() + " " + in.readLong() + " " + in.readFloat() + " " + in.readChar() + " " + in.readUnsignedByte());
        System.out.println("available " + in.available() + " read " + in.read());
        System.out.println(attempt(() -> in.readObject()));
        System.out.println(attempt(() -> in.readInt()));
        in.close();

        ByteArrayOutputStream dbos = new ByteArrayOutputStream();
        DataOutputStream dout = new DataOutputStream(dbos);
        dout.writeInt(-7);
        dout.writeUTF("dätä");
        dout.writeLong(1L << 40);
        dout.writeDouble(Math.PI);
        dout.writeChars("hi");
        dout.writeBoolean(false);
        System.out.println("data size " + dout.size() + " " + dbos.size());
        DataInputStream din = new DataInputStream(new ByteArrayInputStream(dbos.toByteArray()));
        System.out.println(din.readInt() + " " + din.readUTF() + " " + din.readLong() + " " + din.readDouble() + " " + din.readChar() + din.readChar() + " " + din.readBoolean());
        System.out.println(attempt(() -> din.readInt()));
        System.out.println(attempt(() -> { dout.writeUTF("long" + "é".repeat(40000)); return "written"; }));
        System.out.println(attempt(() -> new DataInputStream(new ByteArrayInputStream(new byte[] {0, 2, (byte) 0xC3, 0x41})).readUTF()));
    }

    static void failures() throws Exception {
        System.out.println("== failures");
        System.out.println(attempt(() -> serialize(new NotSer())));
        System.out.println(attempt(() -> serialize(new Holder(new NotSer()))));
        System.out.println(attempt(() -> serialize(new ArrayList<>(List.of(new NotSer())))));
        System.out.println(attempt(() -> serialize(Optional.of(1))));
        System.out.println(attempt(() -> serialize(new Serialization().new Inner())));
        System.out.println(attempt(() -> serialize(new Thread())));
        System.out.println(attempt(() -> roundTrip(new BadParent())));

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        out.writeObject("first");
        System.out.println(attempt(() -> { out.writeObject(new Holder(new NotSer())); return "written"; }));
        out.close();
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()));
        System.out.println(in.readObject());
        System.out.println(attempt(() -> in.readObject()));

        System.out.println(attempt(() -> new ObjectInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}))));
        System.out.println(attempt(() -> new ObjectInputStream(new ByteArrayInputStream(new byte[0]))));
        byte[] good = serialize("ok");
        good[4] = 0x55;
        System.out.println(attempt(() -> new ObjectInputStream(new ByteArrayInputStream(good)).readObject()));
        System.out.println(attempt(() -> { new ObjectOutputStream(new ByteArrayOutputStream()).defaultWriteObject(); return "ok"; }));
        System.out.println(attempt(() -> { new ObjectInputStream(new ByteArrayInputStream(serialize())).defaultReadObject(); return "ok"; }));
        byte[] truncated = Arrays.copyOf(serialize(new Node("t")), 30);
        System.out.println(attempt(() -> new ObjectInputStream(new ByteArrayInputStream(truncated)).readObject()).startsWith("java.io.EOFException"));
    }
}
