package programs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

public class Dijkstra {
    record Edge(int to, int weight) {}

    record QueueEntry(int node, long dist) implements Comparable<QueueEntry> {
        public int compareTo(QueueEntry o) {
            int c = Long.compare(dist, o.dist);
            return c != 0 ? c : Integer.compare(node, o.node);
        }
    }

    static final class Graph {
        final String[] names;
        final List<List<Edge>> adj = new ArrayList<>();
        final Map<String, Integer> ids = new TreeMap<>();

        Graph(String... names) {
            this.names = names;
            for (int i = 0; i < names.length; i++) { adj.add(new ArrayList<>()); ids.put(names[i], i); }
        }

        void road(String a, String b, int w) {
            int x = ids.get(a), y = ids.get(b);
            adj.get(x).add(new Edge(y, w));
            adj.get(y).add(new Edge(x, w));
        }

        void oneWay(String a, String b, int w) { adj.get(ids.get(a)).add(new Edge(ids.get(b), w)); }

        long[] shortest(int src, int[] prev) {
            long[] dist = new long[names.length];
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(prev, -1);
            dist[src] = 0;
            PriorityQueue<QueueEntry> pq = new PriorityQueue<>();
            pq.add(new QueueEntry(src, 0));
            int settled = 0;
            while (!pq.isEmpty()) {
                QueueEntry e = pq.poll();
                if (e.dist() > dist[e.node()]) continue;
                settled++;
                for (Edge edge : adj.get(e.node())) {
                    long nd = e.dist() + edge.weight();
                    if (nd < dist[edge.to()]) {
                        dist[edge.to()] = nd;
                        prev[edge.to()] = e.node();
                        pq.add(new QueueEntry(edge.to(), nd));
                    }
                }
            }
            System.out.println("  settled " + settled + " nodes");
            return dist;
        }

        String path(int[] prev, int target) {
            Deque<String> stack = new ArrayDeque<>();
            for (int v = target; v != -1; v = prev[v]) stack.push(names[v]);
            return String.join(" -> ", stack);
        }

        List<String> bfsOrder(String start) {
            boolean[] seen = new boolean[names.length];
            List<String> order = new ArrayList<>();
            Deque<Integer> q = new ArrayDeque<>();
            int s = ids.get(start);
            q.add(s);
            seen[s] = true;
            while (!q.isEmpty()) {
                int v = q.poll();
                order.add(names[v]);
                for (Edge e : adj.get(v)) if (!seen[e.to()]) { seen[e.to()] = true; q.add(e.to()); }
            }
            return order;
        }
    }

    public static void main(String[] args) {
        Graph g = new Graph("Amsterdam", "Berlin", "Copenhagen", "Dresden", "Essen", "Frankfurt", "Geneva", "Hamburg", "Island");
        g.road("Amsterdam", "Essen", 210);
        g.road("Amsterdam", "Hamburg", 465);
        g.road("Essen", "Frankfurt", 250);
        g.road("Essen", "Hamburg", 360);
        g.road("Frankfurt", "Dresden", 460);
        g.road("Frankfurt", "Geneva", 590);
        g.road("Hamburg", "Berlin", 290);
        g.road("Hamburg", "Copenhagen", 340);
        g.road("Berlin", "Dresden", 190);
        g.road("Berlin", "Copenhagen", 440);
        g.oneWay("Dresden", "Geneva", 900);
        for (String src : new String[]{"Amsterdam", "Geneva", "Copenhagen"}) {
            System.out.println("from " + src + ":");
            int[] prev = new int[g.names.length];
            long[] dist = g.shortest(g.ids.get(src), prev);
            for (int t = 0; t < g.names.length; t++) {
                if (dist[t] == Long.MAX_VALUE) System.out.printf("  %-10s unreachable%n", g.names[t]);
                else System.out.printf("  %-10s %5d km  via %s%n", g.names[t], dist[t], g.path(prev, t));
            }
        }
        System.out.println("BFS from Berlin: " + g.bfsOrder("Berlin"));
        int n = 30;
        Graph grid = new Graph(buildNames(n));
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= 3 && i + j < n; j++) grid.road(grid.names[i], grid.names[i + j], (i * 7 + j * 13) % 17 + j);
        }
        int[] prev = new int[n];
        long[] dist = grid.shortest(0, prev);
        System.out.println("chain distances: " + Arrays.toString(dist));
        System.out.println("chain path to last: " + grid.path(prev, n - 1));
    }

    static String[] buildNames(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[i] = "v" + i;
        return names;
    }
}
