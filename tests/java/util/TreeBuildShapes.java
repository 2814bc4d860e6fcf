package util;

import java.util.*;
import java.io.*;
import java.util.stream.*;

/** TreeMap/TreeSet built from sorted data (copies, clones, putAll, deserialization) take the JDK's balanced shape, seen through their spliterators' splits. */
public class TreeBuildShapes {
    static void p(Object o) { System.out.println(o); }
    static String splits(Spliterator<Integer> s) {
        Spliterator<Integer> a = s.trySplit();
        if (a == null) return "-";
        Spliterator<Integer> b = s.trySplit();
        StringBuilder sb = new StringBuilder();
        for (Spliterator<Integer> x : Arrays.asList(a, b, s)) { if (x == null) { sb.append("null|"); continue; } x.forEachRemaining(v -> sb.append(v).append(',')); sb.append('|'); }
        return sb.toString();
    }
    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T o) throws Exception {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ObjectOutputStream oo = new ObjectOutputStream(bo)) { oo.writeObject(o); }
        try (ObjectInputStream oi = new ObjectInputStream(new ByteArrayInputStream(bo.toByteArray()))) { return (T) oi.readObject(); }
    }
    public static void main(String[] a) throws Exception {
        TreeMap<Integer,Integer> base = new TreeMap<>();
        for (int i = 0; i < 20; i++) base.put(i, i);
        p(splits(base.keySet().spliterator()));
        p(splits(new TreeMap<>(base).keySet().spliterator()));
        p(splits(new TreeMap<>((Map<Integer,Integer>) base).keySet().spliterator()));
        p(splits(new TreeMap<>(new HashMap<>(base)).keySet().spliterator()));
        TreeMap<Integer,Integer> pa = new TreeMap<>(); pa.putAll(base); p(splits(pa.keySet().spliterator()));
        @SuppressWarnings("unchecked") TreeMap<Integer,Integer> cl = (TreeMap<Integer,Integer>) base.clone(); p(splits(cl.keySet().spliterator()));
        p(splits(new TreeSet<>(base.keySet()).spliterator()));
        p(splits(new TreeSet<>(new TreeSet<>(base.keySet())).spliterator()));
        p(splits(new TreeSet<>(List.of(5, 3, 9, 1, 7, 2, 8)).spliterator()));
        TreeSet<Integer> ts = new TreeSet<>(base.keySet()); @SuppressWarnings("unchecked") TreeSet<Integer> tc = (TreeSet<Integer>) ts.clone(); p(splits(tc.spliterator()));
        TreeSet<Integer> ser = roundTrip(ts); p(splits(ser.spliterator()) + " " + ser.remove(3) + " " + ser);
        TreeMap<Integer,Integer> serm = roundTrip(base); p(splits(serm.keySet().spliterator()) + " " + serm);
        TreeSet<Integer> t2 = new TreeSet<>(ts); t2.add(100); t2.add(101); t2.add(102); t2.remove(5); p(splits(t2.spliterator()));
        p(new TreeSet<>(ts).parallelStream().reduce(1000, Integer::sum) + " " + new TreeMap<>(base).values().parallelStream().reduce(1000, Integer::sum));
    }
}
