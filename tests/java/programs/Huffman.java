package programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

public class Huffman {
    static abstract class Node implements Comparable<Node> {
        final long weight;
        final int order; // tie-breaker for deterministic trees
        Node(long weight, int order) { this.weight = weight; this.order = order; }
        public int compareTo(Node o) {
            int c = Long.compare(weight, o.weight);
            return c != 0 ? c : Integer.compare(order, o.order);
        }
        abstract boolean isLeaf();
    }

    static final class Leaf extends Node {
        final char symbol;
        Leaf(char symbol, long weight, int order) { super(weight, order); this.symbol = symbol; }
        boolean isLeaf() { return true; }
    }

    static final class Branch extends Node {
        final Node left, right;
        Branch(Node left, Node right, int order) { super(left.weight + right.weight, order); this.left = left; this.right = right; }
        boolean isLeaf() { return false; }
    }

    static Node build(Map<Character, Long> freq) {
        PriorityQueue<Node> pq = new PriorityQueue<>();
        int order = 0;
        for (Map.Entry<Character, Long> e : freq.entrySet()) pq.add(new Leaf(e.getKey(), e.getValue(), order++));
        if (pq.size() == 1) return new Branch(pq.poll(), new Leaf('\0', 0, order++), order);
        while (pq.size() > 1) {
            Node a = pq.poll(), b = pq.poll();
            pq.add(new Branch(a, b, order++));
        }
        return pq.poll();
    }

    static void codes(Node n, String prefix, Map<Character, String> out) {
        if (n instanceof Leaf) {
            out.put(((Leaf) n).symbol, prefix.isEmpty() ? "0" : prefix);
            return;
        }
        Branch b = (Branch) n;
        codes(b.left, prefix + "0", out);
        codes(b.right, prefix + "1", out);
    }

    static String encode(String text, Map<Character, String> table) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) sb.append(table.get(c));
        return sb.toString();
    }

    static String decode(String bits, Node root) {
        StringBuilder sb = new StringBuilder();
        Node n = root;
        for (int i = 0; i < bits.length(); i++) {
            n = bits.charAt(i) == '0' ? ((Branch) n).left : ((Branch) n).right;
            if (n.isLeaf()) { sb.append(((Leaf) n).symbol); n = root; }
        }
        return sb.toString();
    }

    static byte[] pack(String bits) {
        byte[] out = new byte[(bits.length() + 7) / 8];
        for (int i = 0; i < bits.length(); i++) if (bits.charAt(i) == '1') out[i / 8] |= (byte) (0x80 >>> (i % 8));
        return out;
    }

    static String show(char c) { return c == ' ' ? "' '" : c == '\n' ? "\\n" : String.valueOf(c); }

    static void demo(String text) {
        Map<Character, Long> freq = new TreeMap<>();
        for (char c : text.toCharArray()) freq.merge(c, 1L, Long::sum);
        Node root = build(freq);
        Map<Character, String> table = new TreeMap<>();
        codes(root, "", table);
        String bits = encode(text, table);
        String back = decode(bits, root);
        System.out.println("text: \"" + text.replace("\n", "\\n") + "\"");
        List<String> rows = new ArrayList<>();
        for (Map.Entry<Character, String> e : table.entrySet()) if (freq.containsKey(e.getKey())) rows.add(show(e.getKey()) + ":" + freq.get(e.getKey()) + ":" + e.getValue());
        System.out.println("  codes: " + rows);
        System.out.println("  bits=" + bits.length() + " vs " + text.length() * 8 + " raw, ratio " + String.format("%.3f", bits.length() / (text.length() * 8.0)) + ", root weight " + root.weight);
        System.out.println("  packed: " + java.util.Arrays.toString(pack(bits.length() > 64 ? bits.substring(0, 64) : bits)));
        System.out.println("  round trip ok: " + back.equals(text));
        double entropy = 0;
        for (long f : freq.values()) { double p = (double) f / text.length(); entropy -= p * Math.log(p) / Math.log(2); }
        System.out.printf("  entropy %.4f bits/symbol, average code %.4f%n", entropy, (double) bits.length() / text.length());
    }

    public static void main(String[] args) {
        demo("abracadabra");
        demo("aaaaaaaa");
        demo("this is an example of a huffman tree");
        demo("The quick brown fox jumps over the lazy dog.\nPack my box with five dozen liquor jugs.");
        StringBuilder skew = new StringBuilder();
        for (int i = 0; i < 12; i++) skew.append(String.valueOf((char) ('a' + i)).repeat(1 << i));
        demo(skew.toString().substring(0, 200));
    }
}
