package oop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Generics {
    static class Box<T extends Comparable<T>> implements Comparable<Box<T>> {
        final T value;
        Box(T value) { this.value = value; }
        public int compareTo(Box<T> o) { return value.compareTo(o.value); } // bridge compareTo(Object)
        T get() { return value; }
        public String toString() { return "Box[" + value + "]"; }
    }

    interface Transformer<A, B> { B apply(A a); }

    static class Length implements Transformer<String, Integer> {
        public Integer apply(String s) { return s.length(); } // bridge apply(Object)
    }

    static abstract class Node<T> {
        abstract T value();
        abstract Node<T> copy();
    }

    static class IntNode extends Node<Integer> {
        final int v;
        IntNode(int v) { this.v = v; }
        Integer value() { return v; }          // bridge Object value()
        IntNode copy() { return new IntNode(v + 1); } // covariant + bridge
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> xs) {
        T best = null;
        for (T x : xs) if (best == null || x.compareTo(best) > 0) best = x;
        return best;
    }

    static <K, V> List<String> pairs(List<K> ks, List<V> vs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(ks.size(), vs.size()); i++) out.add(ks.get(i) + "=" + vs.get(i));
        return out;
    }

    static double sum(List<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i * 3);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws Exception {
        List<Box<String>> boxes = new ArrayList<>();
        for (String s : new String[]{"pear", "apple", "zucchini", "fig"}) boxes.add(new Box<>(s));
        boxes.sort(null);
        System.out.println(boxes);
        Comparable raw = boxes.get(0);
        System.out.println("raw compare: " + raw.compareTo(boxes.get(1)));
        try {
            raw.compareTo("not a box");
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed: " + e.getMessage());
        }
        Transformer<String, Integer> t = new Length();
        Transformer rawT = t;
        System.out.println(t.apply("hello") + " " + rawT.apply("raw call"));
        Node<Integer> n = new IntNode(41);
        System.out.println(n.value() + " " + n.copy().value() + " " + ((IntNode) n).copy().copy().v);
        System.out.println(max(List.of(3, 9, 2)) + " " + max(List.of("b", "a", "c")));
        System.out.println(pairs(List.of("a", "b", "c"), List.of(1, 2)));
        List<Number> nums = new ArrayList<>();
        fill(nums, 4);
        nums.add(2.5);
        System.out.println(nums + " sum=" + sum(nums));
        List<Object> objs = new ArrayList<>();
        fill(objs, 2);
        System.out.println(objs);
        int bridges = 0;
        for (java.lang.reflect.Method m : Length.class.getDeclaredMethods()) if (m.isBridge()) bridges++;
        System.out.println("Length bridge methods: " + bridges);
        List<String> strings = new ArrayList<>();
        ((List) strings).add(42); // heap pollution
        try {
            String s = strings.get(0);
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println("heap pollution: " + e.getMessage());
        }
        Comparator<Box<String>> byLen = Comparator.comparingInt(b -> b.get().length());
        boxes.sort(byLen.reversed());
        System.out.println(boxes);
    }
}
