package serial;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams exchangeable with HotSpot: default serialVersionUIDs computed as the specification
 * says, and the exact bytes of a serialized graph; putFields/readFields.
 */
public class Interchange {
    public static class Point implements Serializable {
        public int x;
        protected int y;
        private transient int cache;
        static int instances;
        private final String label;

        public Point(int x, int y, String label) {
            this.x = x;
            this.y = y;
            this.label = label;
            instances++;
        }

        Point() {
            this(0, 0, "origin");
        }

        private Point(String label) {
            this(0, 0, label);
        }

        public int getX() {
            return x;
        }

        public synchronized void move(int dx, int dy) {
            x += dx;
            y += dy;
        }

        protected static Point of(int x) {
            return new Point(x, x, "diag");
        }

        @Override
        public String toString() {
            return "Point(" + x + "," + y + "," + label + "," + cache + ")";
        }
    }

    static final class WithClinit implements Serializable, Comparable<WithClinit>, Cloneable {
        static final List<String> NAMES = new ArrayList<>();
        static {
            NAMES.add("a");
        }
        long value;
        volatile boolean flag;
        char[] letters = {'h', 'i'};

        @Override
        public int compareTo(WithClinit o) {
            return Long.compare(value, o.value);
        }

        Runnable task() {
            return () -> value++;
        }
    }

    abstract static class Shape implements Serializable {
        double area;

        abstract double compute();

        native void nothing();
    }

    static final class Circle extends Shape {
        double radius = 2;

        @Override
        double compute() {
            return area = Math.PI * radius * radius;
        }
    }

    interface Marker extends Serializable {
        void mark();
    }

    interface EmptyMarker extends Serializable {
    }

    enum Color { RED, GREEN }

    record Pair(String left, int right) implements Serializable {
    }

    class Inner implements Serializable {
        int n = 7;
    }

    /** Persistent fields that are not the class's fields, written with putFields. */
    static final class Account implements Serializable {
        private static final ObjectStreamField[] serialPersistentFields = {
            new ObjectStreamField("owner", String.class),
            new ObjectStreamField("cents", long.class),
            new ObjectStreamField("open", boolean.class),
        };
        String holder;
        double balance;
        boolean active;

        Account(String holder, double balance) {
            this.holder = holder;
            this.balance = balance;
            this.active = true;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            ObjectOutputStream.PutField fields = out.putFields();
            fields.put("owner", holder);
            fields.put("cents", Math.round(balance * 100));
            fields.put("open", active);
            try {
                fields.put("cents", 1);
            } catch (IllegalArgumentException e) {
                System.out.println("put: " + e.getMessage());
            }
            out.writeFields();
            out.writeInt(99);
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ObjectInputStream.GetField fields = in.readFields();
            holder = (String) fields.get("owner", "nobody");
            balance = fields.get("cents", 0L) / 100.0;
            active = fields.get("open", false);
            System.out.println("get: defaulted(owner)=" + fields.defaulted("owner")
                    + ", desc=" + fields.getObjectStreamClass().getName()
                    + ", trailing int " + in.readInt());
            try {
                fields.get("missing", 0);
            } catch (IllegalArgumentException e) {
                System.out.println("get: " + e.getMessage());
            }
            try {
                fields.get("cents", 0);
            } catch (IllegalArgumentException e) {
                System.out.println("get: " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "Account(" + holder + "," + balance + "," + active + ")";
        }
    }

    /** Plain fields written with putFields and read with readFields. */
    static final class Temperature implements Serializable {
        int degrees = 21;
        String unit = "C";
        transient int reads;

        private void writeObject(ObjectOutputStream out) throws IOException {
            ObjectOutputStream.PutField fields = out.putFields();
            fields.put("degrees", degrees + 1);
            fields.put("unit", unit);
            out.writeFields();
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ObjectInputStream.GetField fields = in.readFields();
            degrees = fields.get("degrees", -1);
            unit = (String) fields.get("unit", "?");
            reads++;
        }

        @Override
        public String toString() {
            return "Temperature(" + degrees + unit + "," + reads + ")";
        }
    }

    static class Node implements Serializable {
        String name;
        Node next;
        int[] data;

        Node(String name, int... data) {
            this.name = name;
            this.data = data;
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0 && i % 40 == 0) {
                sb.append('\n');
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
        }
        return sb.toString();
    }

    static byte[] unhex(String text) {
        String s = text.replace("\n", "");
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] b) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        }
    }

    static void suid(Class<?> c) {
        ObjectStreamClass desc = ObjectStreamClass.lookup(c);
        System.out.println(c.getName() + ": " + (desc == null ? "not serializable" : desc.getSerialVersionUID() + "L"));
    }

    public static void main(String[] args) throws Exception {
        Class<?>[] classes = {
            Point.class, WithClinit.class, Shape.class, Circle.class, Marker.class, EmptyMarker.class,
            Color.class, Pair.class, Inner.class, Account.class, Temperature.class, Node.class,
            Interchange.class, int[].class, long[][].class, String[].class, Point[].class, Node[].class,
            Object[].class, Integer.class, String.class, ArrayList.class, Number.class, Enum.class,
        };
        for (Class<?> c : classes) {
            suid(c);
        }
        System.out.println("fields of Account: " + Arrays.toString(ObjectStreamClass.lookup(Account.class).getFields()));
        System.out.println("fields of Point: " + Arrays.toString(ObjectStreamClass.lookup(Point.class).getFields()));

        Node a = new Node("a", 1, 2, 3);
        Node b = new Node("b");
        a.next = b;
        b.next = a;
        Object[] graph = {
            new Point(3, 4, "p"), a, Color.GREEN, new Pair("x", 5), new int[] {7, 8}, "shared", "shared",
            null, new Circle(), new Account("ann", 12.34), new Temperature(), new long[][] {{1L}, {}},
            new Point[] {new Point(1, 1, "q")}, 42, new WithClinit(),
        };
        byte[] bytes = serialize(graph);
        System.out.println("bytes: " + bytes.length);
        System.out.println(hex(bytes));
        Object[] back = (Object[]) deserialize(bytes);
        System.out.println("back: " + back[0] + " " + ((Node) back[1]).next.next.name + " " + back[2] + " " + back[3]
                + " " + Arrays.toString((int[]) back[4]) + " " + (back[5] == back[6]) + " " + back[7]
                + " " + back[9] + " " + back[10] + " " + Arrays.deepToString((long[][]) back[11])
                + " " + Arrays.toString((Point[]) back[12]) + " " + back[13]);

        // A stream HotSpot 17 wrote (the same graph without the account and the temperature).
        byte[] fromHotSpot = unhex(HOTSPOT_STREAM);
        Object[] read = (Object[]) deserialize(fromHotSpot);
        System.out.println("from HotSpot: " + Arrays.deepToString(read));
        Object[] small = {new Point(3, 4, "p"), Color.RED, new int[] {1}, "s", new Pair("y", 6)};
        System.out.println("same as HotSpot: " + Arrays.equals(serialize(small), fromHotSpot));
    }

    static final String HOTSPOT_STREAM = "aced0005757200135b4c6a6176612e6c616e672e4f626a6563743b90ce589f1073296c0200007870"
        + "000000057372001873657269616c2e496e7465726368616e676524506f696e749c581a5b10a290d0"
        + "02000349000178490001794c00056c6162656c7400124c6a6176612f6c616e672f537472696e673b"
        + "78700000000300000004740001707e72001873657269616c2e496e7465726368616e676524436f6c"
        + "6f7200000000000000001200007872000e6a6176612e6c616e672e456e756d000000000000000012"
        + "00007870740003524544757200025b494dba602676eab2a502000078700000000100000001740001"
        + "737372001773657269616c2e496e7465726368616e67652450616972000000000000000002000249"
        + "000572696768744c00046c65667471007e000378700000000674000179";
}
