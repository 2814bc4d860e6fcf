package npe;

import java.util.*;
public class CallChains {
    static class Node { Node next; Node[] kids; int idx; String name; Node(Node n) { next = n; } Node self() { return this; } Node nothing() { return null; } }
    static Node[] table = new Node[4];
    static int[] ints = {1, 2, 3};
    static Node[] arr() { return new Node[3]; }
    static Node get(int i) { return null; }
    static void run(String label, Runnable r) {
        try { r.run(); System.out.println(label + ": ok"); }
        catch (NullPointerException t) { System.out.println(label + ": " + t.getMessage()); }
    }
    public static void main(String[] args) {
        Node n = new Node(new Node(null));
        n.kids = new Node[2000];
        int k = 1;
        run("a", () -> System.out.println(arr()[0].name));
        run("b", () -> System.out.println(arr()[k + 1].name));
        run("c", () -> System.out.println(table[ints[0]].name));
        run("d", () -> System.out.println(n.kids[n.idx].name));
        run("e", () -> System.out.println(n.kids[1000].name));
        run("f", () -> System.out.println(n.kids[100].name));
        run("g", () -> System.out.println(n.self().nothing().name));
        run("h", () -> System.out.println(n.self().next.next.name.length()));
        run("i", () -> System.out.println(get(3).next));
        run("j", () -> System.out.println(n.next.next.next.next.next));
        run("k", () -> { Node m = new Node(new Node(new Node(new Node(new Node(null))))); System.out.println(m.next.next.next.next.next.next); });
        run("l", () -> System.out.println(n.kids[get(0).idx]));
        run("m", () -> System.out.println(n.kids[(int) 2L].kids));
        run("n", () -> System.out.println(table[Integer.valueOf(1)].name));
        run("o", () -> System.out.println(((Node) (Object) n.nothing()).name));
        run("p", () -> { String[][] grid = new String[2][]; System.out.println(grid[1][0]); });
        run("q", () -> { char[] cs = null; System.out.println(cs[k]); });
        run("r", () -> { Object o = n.kids[k]; System.out.println(o.hashCode()); });
        run("s", () -> { List<String> l = null; l.size(); });
        run("t", () -> { n.next.next.next.idx = 5; });
        run("u", () -> { table[2].kids[1] = null; });
        run("v", () -> { Node[] loc = n.kids; loc[k].idx++; });
        run("w", () -> { byte[] bs = null; bs[0] = 1; });
        run("x", () -> System.out.println(n.kids[n.kids.length - 1].name));
        run("y", () -> { long[] ls = null; ls[0] = 5L; });
    }
}
