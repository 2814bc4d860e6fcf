package apps;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/** Graph algorithms toolkit: traversal, shortest paths, topo sort, union-find, MST, SCC. */
public class GraphKit {

    record Edge<T>(T from, T to, int weight) implements Comparable<Edge<T>> {
        @Override public int compareTo(Edge<T> o) { return Integer.compare(weight, o.weight); }
        @Override public String toString() { return from + "-" + to + "(" + weight + ")"; }
    }

    static final class Graph<T extends Comparable<? super T>> implements Iterable<T> {
        private final boolean directed;
        private final Map<T, List<Edge<T>>> adj = new TreeMap<>();

        Graph(boolean directed) { this.directed = directed; }

        Graph<T> addVertex(T v) { adj.computeIfAbsent(v, k -> new ArrayList<>()); return this; }

        Graph<T> addEdge(T a, T b, int w) {
            addVertex(a);
            addVertex(b);
            adj.get(a).add(new Edge<>(a, b, w));
            if (!directed) adj.get(b).add(new Edge<>(b, a, w));
            return this;
        }

        List<Edge<T>> edges(T v) { return adj.getOrDefault(v, List.of()); }
        Set<T> vertices() { return adj.keySet(); }
        int size() { return adj.size(); }

        List<Edge<T>> allEdges() {
            List<Edge<T>> out = new ArrayList<>();
            for (List<Edge<T>> es : adj.values())
                for (Edge<T> e : es)
                    if (directed || e.from().compareTo(e.to()) < 0) out.add(e);
            return out;
        }

        @Override public Iterator<T> iterator() { return adj.keySet().iterator(); }

        List<T> bfs(T start) {
            List<T> order = new ArrayList<>();
            Set<T> seen = new HashSet<>();
            Deque<T> q = new ArrayDeque<>();
            q.add(start);
            seen.add(start);
            while (!q.isEmpty()) {
                T v = q.poll();
                order.add(v);
                for (Edge<T> e : edges(v)) if (seen.add(e.to())) q.add(e.to());
            }
            return order;
        }

        List<T> dfs(T start) {
            List<T> order = new ArrayList<>();
            dfsRec(start, new HashSet<>(), order);
            return order;
        }

        private void dfsRec(T v, Set<T> seen, List<T> order) {
            if (!seen.add(v)) return;
            order.add(v);
            for (Edge<T> e : edges(v)) dfsRec(e.to(), seen, order);
        }

        List<T> dfsIterative(T start) {
            List<T> order = new ArrayList<>();
            Set<T> seen = new HashSet<>();
            Deque<T> stack = new ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                T v = stack.pop();
                if (!seen.add(v)) continue;
                order.add(v);
                List<Edge<T>> es = edges(v);
                for (int i = es.size() - 1; i >= 0; i--) if (!seen.contains(es.get(i).to())) stack.push(es.get(i).to());
            }
            return order;
        }

        record PathResult<T>(Map<T, Integer> dist, Map<T, T> prev) {
            List<T> pathTo(T target) {
                if (!dist.containsKey(target)) return List.of();
                LinkedList<T> path = new LinkedList<>();
                for (T at = target; at != null; at = prev.get(at)) path.addFirst(at);
                return path;
            }
        }

        PathResult<T> dijkstra(T source) {
            Map<T, Integer> dist = new TreeMap<>();
            Map<T, T> prev = new HashMap<>();
            record QE<T>(T v, int d) {}
            PriorityQueue<QE<T>> pq = new PriorityQueue<>(Comparator.comparingInt((QE<T> e) -> e.d()).thenComparing(e -> e.v()));
            dist.put(source, 0);
            pq.add(new QE<>(source, 0));
            while (!pq.isEmpty()) {
                QE<T> cur = pq.poll();
                if (cur.d() > dist.get(cur.v())) continue;
                for (Edge<T> e : edges(cur.v())) {
                    int nd = cur.d() + e.weight();
                    Integer old = dist.get(e.to());
                    if (old == null || nd < old) {
                        dist.put(e.to(), nd);
                        prev.put(e.to(), cur.v());
                        pq.add(new QE<>(e.to(), nd));
                    }
                }
            }
            return new PathResult<>(dist, prev);
        }

        Optional<List<T>> topoSort() {
            Map<T, Integer> indeg = new TreeMap<>();
            for (T v : this) indeg.putIfAbsent(v, 0);
            for (T v : this) for (Edge<T> e : edges(v)) indeg.merge(e.to(), 1, Integer::sum);
            PriorityQueue<T> ready = new PriorityQueue<>();
            indeg.forEach((v, d) -> { if (d == 0) ready.add(v); });
            List<T> out = new ArrayList<>();
            while (!ready.isEmpty()) {
                T v = ready.poll();
                out.add(v);
                for (Edge<T> e : edges(v)) if (indeg.merge(e.to(), -1, Integer::sum) == 0) ready.add(e.to());
            }
            return out.size() == size() ? Optional.of(out) : Optional.empty();
        }

        List<List<T>> stronglyConnected() {
            Map<T, Integer> index = new HashMap<>(), low = new HashMap<>();
            Deque<T> stack = new ArrayDeque<>();
            Set<T> onStack = new HashSet<>();
            List<List<T>> result = new ArrayList<>();
            int[] counter = {0};
            for (T v : this) if (!index.containsKey(v)) tarjan(v, index, low, stack, onStack, result, counter);
            result.forEach(Collections::sort);
            result.sort(Comparator.comparing(l -> l.get(0)));
            return result;
        }

        private void tarjan(T v, Map<T, Integer> index, Map<T, Integer> low, Deque<T> stack, Set<T> onStack,
                            List<List<T>> result, int[] counter) {
            index.put(v, counter[0]);
            low.put(v, counter[0]);
            counter[0]++;
            stack.push(v);
            onStack.add(v);
            for (Edge<T> e : edges(v)) {
                T w = e.to();
                if (!index.containsKey(w)) {
                    tarjan(w, index, low, stack, onStack, result, counter);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<T> comp = new ArrayList<>();
                T w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    comp.add(w);
                } while (!w.equals(v));
                result.add(comp);
            }
        }

        Optional<Map<T, Integer>> twoColor() {
            Map<T, Integer> color = new TreeMap<>();
            for (T s : this) {
                if (color.containsKey(s)) continue;
                color.put(s, 0);
                Deque<T> q = new ArrayDeque<>(List.of(s));
                while (!q.isEmpty()) {
                    T v = q.remove();
                    for (Edge<T> e : edges(v)) {
                        Integer c = color.get(e.to());
                        if (c == null) { color.put(e.to(), 1 - color.get(v)); q.add(e.to()); }
                        else if (c.equals(color.get(v))) return Optional.empty();
                    }
                }
            }
            return Optional.of(color);
        }
    }

    static final class UnionFind {
        private final int[] parent, rank;
        private int sets;
        UnionFind(int n) {
            parent = new int[n];
            rank = new int[n];
            sets = n;
            for (int i = 0; i < n; i++) parent[i] = i;
        }
        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        boolean union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra == rb) return false;
            if (rank[ra] < rank[rb]) { int t = ra; ra = rb; rb = t; }
            parent[rb] = ra;
            if (rank[ra] == rank[rb]) rank[ra]++;
            sets--;
            return true;
        }
        int sets() { return sets; }
    }

    static <T extends Comparable<? super T>> List<Edge<T>> kruskal(Graph<T> g) {
        List<T> verts = new ArrayList<>(g.vertices());
        Map<T, Integer> idx = new HashMap<>();
        for (int i = 0; i < verts.size(); i++) idx.put(verts.get(i), i);
        List<Edge<T>> edges = g.allEdges();
        edges.sort(Comparator.<Edge<T>>naturalOrder().thenComparing(Edge::from).thenComparing(Edge::to));
        UnionFind uf = new UnionFind(verts.size());
        List<Edge<T>> mst = new ArrayList<>();
        for (Edge<T> e : edges) if (uf.union(idx.get(e.from()), idx.get(e.to()))) mst.add(e);
        return mst;
    }

    static int[][] floydWarshall(int n, List<int[]> edges) {
        final int INF = Integer.MAX_VALUE / 4;
        int[][] d = new int[n][n];
        for (int[] row : d) Arrays.fill(row, INF);
        for (int i = 0; i < n; i++) d[i][i] = 0;
        for (int[] e : edges) d[e[0]][e[1]] = Math.min(d[e[0]][e[1]], e[2]);
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
        return d;
    }

    static <T> String fmtList(Collection<? extends T> xs) {
        return xs.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    public static void main(String[] args) {
        Graph<String> roads = new Graph<>(false);
        String[] spec = {
            "Amsterdam Berlin 655", "Amsterdam Brussels 210", "Brussels Paris 310", "Paris Lyon 465",
            "Lyon Geneva 150", "Geneva Zurich 280", "Zurich Munich 310", "Munich Berlin 585",
            "Munich Vienna 435", "Vienna Prague 330", "Prague Berlin 350", "Berlin Hamburg 290",
            "Hamburg Amsterdam 465", "Paris Geneva 540", "Brussels Cologne 210", "Cologne Berlin 575",
            "Cologne Munich 575", "Lisbon Madrid 625"
        };
        for (String s : spec) {
            String[] p = s.split(" ");
            roads.addEdge(p[0], p[1], Integer.parseInt(p[2]));
        }
        System.out.println("cities: " + roads.size() + " " + roads.vertices());
        System.out.println("bfs Paris: " + fmtList(roads.bfs("Paris")));
        System.out.println("dfs Paris: " + fmtList(roads.dfs("Paris")));
        System.out.println("dfs iter : " + fmtList(roads.dfsIterative("Paris")));
        System.out.println("bfs Lisbon: " + fmtList(roads.bfs("Lisbon")));
        var sp = roads.dijkstra("Amsterdam");
        for (String city : roads) {
            List<String> path = sp.pathTo(city);
            System.out.printf("  %-10s %5s  %s%n", city, sp.dist().containsKey(city) ? sp.dist().get(city) : "inf",
                    path.isEmpty() ? "unreachable" : String.join(" > ", path));
        }
        List<Edge<String>> mst = kruskal(roads);
        System.out.println("MST (" + mst.size() + " edges, weight " + mst.stream().mapToInt(Edge::weight).sum() + "): " + mst);
        System.out.println("bipartite roads: " + roads.twoColor().isPresent());

        Graph<String> build = new Graph<>(true);
        String deps = """
            app: lib-ui lib-net lib-log
            lib-ui: lib-core lib-log
            lib-net: lib-core lib-crypto
            lib-crypto: lib-core
            lib-log: lib-core
            tests: app lib-mock
            lib-mock: lib-core
            docs:
            """;
        for (String line : deps.strip().split("\n")) {
            String[] kv = line.split(":");
            build.addVertex(kv[0].trim());
            if (kv.length > 1) for (String d : kv[1].trim().split("\\s+")) if (!d.isEmpty()) build.addEdge(d, kv[0].trim(), 1);
        }
        System.out.println("build order: " + build.topoSort().map(GraphKit::fmtList).orElse("CYCLE"));
        build.addEdge("app", "lib-core", 1);
        System.out.println("with cycle: " + build.topoSort().map(GraphKit::fmtList).orElse("CYCLE"));
        System.out.println("SCCs: " + build.stronglyConnected());

        Graph<Integer> g = new Graph<>(true);
        int[][] es = {{1, 2}, {2, 3}, {3, 1}, {3, 4}, {4, 5}, {5, 6}, {6, 4}, {7, 6}, {7, 8}, {8, 7}, {9, 9}, {10, 1}};
        for (int[] e : es) g.addEdge(e[0], e[1], e[0] + e[1]);
        System.out.println("int SCCs: " + g.stronglyConnected());
        System.out.println("int bfs 7: " + g.bfs(7));
        var spi = g.dijkstra(10);
        System.out.println("int dist from 10: " + spi.dist());
        System.out.println("path 10->6: " + spi.pathTo(6));

        Graph<Integer> bip = new Graph<>(false);
        for (int i = 0; i < 8; i++) bip.addEdge(i, (i + 1) % 8, 1);
        System.out.println("even cycle coloring: " + bip.twoColor().orElse(Map.of()));
        bip.addEdge(0, 4, 1);
        bip.addEdge(0, 3, 1);
        System.out.println("with chord 0-3 bipartite: " + bip.twoColor().isPresent());

        // random graph stress with seeded Random
        Random rnd = new Random(20240517L);
        int n = 40;
        Graph<Integer> rg = new Graph<>(false);
        List<int[]> fwEdges = new ArrayList<>();
        for (int i = 0; i < n; i++) rg.addVertex(i);
        for (int k = 0; k < 42; k++) {
            int a = rnd.nextInt(n), b = rnd.nextInt(n), w = 1 + rnd.nextInt(50);
            if (a == b) continue;
            rg.addEdge(a, b, w);
            fwEdges.add(new int[]{a, b, w});
            fwEdges.add(new int[]{b, a, w});
        }
        UnionFind uf = new UnionFind(n);
        for (int[] e : fwEdges) uf.union(e[0], e[1]);
        System.out.println("random graph components: " + uf.sets());
        Map<Integer, List<Integer>> comps = IntStream.range(0, n).boxed()
                .collect(Collectors.groupingBy(uf::find, TreeMap::new, Collectors.toList()));
        comps.values().stream().filter(c -> c.size() > 1).forEach(c -> System.out.println("  component size " + c.size() + ": " + c));
        var rsp = rg.dijkstra(0);
        int[][] fw = floydWarshall(n, fwEdges);
        int mismatches = 0, reachable = 0;
        for (int v = 0; v < n; v++) {
            Integer d = rsp.dist().get(v);
            int f = fw[0][v];
            boolean fInf = f >= Integer.MAX_VALUE / 4;
            if (d == null ? !fInf : d != f) mismatches++;
            if (d != null) reachable++;
        }
        System.out.println("dijkstra vs floyd-warshall mismatches: " + mismatches + ", reachable from 0: " + reachable);
        for (int v = 0; v < n; v += 7) System.out.println("  0 -> " + v + ": " + rsp.pathTo(v) + " = " + rsp.dist().get(v));
        List<Edge<Integer>> rmst = kruskal(rg);
        System.out.println("random MST edges=" + rmst.size() + " weight=" + rmst.stream().mapToInt(Edge::weight).sum());
        int diameter = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (fw[i][j] < Integer.MAX_VALUE / 4) diameter = Math.max(diameter, fw[i][j]);
        System.out.println("weighted diameter: " + diameter);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                int d = fw[i][j];
                sb.append(String.format("%4s", d >= Integer.MAX_VALUE / 4 ? "-" : Integer.toString(d)));
            }
            sb.append('\n');
        }
        System.out.print(sb);
        BiFunction<Integer, Integer, Boolean> connected = (a, b) -> uf.find(a) == uf.find(b);
        System.out.println("0~39 " + connected.apply(0, 39) + ", 5~17 " + connected.apply(5, 17));
    }
}
