package realworld;

import java.util.*;
import java.util.stream.*;

public class RoutePlanner {
    static final class Edge {
        final int to, w;
        Edge(int to, int w) { this.to = to; this.w = w; }
        public String toString() { return "->" + to + "(" + w + ")"; }
    }

    static class Graph<T extends Comparable<T>> {
        private final Map<T, Integer> index = new TreeMap<>();
        private final List<T> names = new ArrayList<>();
        private final List<List<Edge>> adj = new ArrayList<>();

        int id(T name) {
            return index.computeIfAbsent(name, k -> {
                names.add(k);
                adj.add(new LinkedList<>());
                return names.size() - 1;
            });
        }

        void connect(T a, T b, int w) {
            int x = id(a), y = id(b);
            adj.get(x).add(new Edge(y, w));
            adj.get(y).add(new Edge(x, w));
        }

        List<T> bfs(T start) {
            List<T> order = new ArrayList<>();
            boolean[] seen = new boolean[names.size()];
            Deque<Integer> q = new ArrayDeque<>();
            int s = index.get(start);
            q.add(s);
            seen[s] = true;
            while (!q.isEmpty()) {
                int u = q.poll();
                order.add(names.get(u));
                List<Edge> es = new ArrayList<>(adj.get(u));
                es.sort(Comparator.comparing(e -> names.get(e.to)));
                for (Edge e : es) if (!seen[e.to]) { seen[e.to] = true; q.offer(e.to); }
            }
            return order;
        }

        Map<T, Integer> dijkstra(T start, Map<T, T> prev) {
            int n = names.size();
            int[] dist = new int[n];
            Arrays.fill(dist, Integer.MAX_VALUE);
            int s = index.get(start);
            dist[s] = 0;
            PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
            pq.add(new int[] { s, 0 });
            while (!pq.isEmpty()) {
                int[] top = pq.poll();
                int u = top[0];
                if (top[1] > dist[u]) continue;
                for (Edge e : adj.get(u)) {
                    int nd = dist[u] + e.w;
                    if (nd < dist[e.to]) {
                        dist[e.to] = nd;
                        prev.put(names.get(e.to), names.get(u));
                        pq.add(new int[] { e.to, nd });
                    }
                }
            }
            Map<T, Integer> out = new TreeMap<>();
            for (int i = 0; i < n; i++) out.put(names.get(i), dist[i]);
            return out;
        }
    }

    static <T> List<T> path(Map<T, T> prev, T target) {
        LinkedList<T> p = new LinkedList<>();
        for (T at = target; at != null; at = prev.get(at)) p.addFirst(at);
        return p;
    }

    static int[][] floyd(int[][] w) {
        int n = w.length;
        int[][] d = new int[n][];
        for (int i = 0; i < n; i++) d[i] = w[i].clone();
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    if (d[i][k] != Integer.MAX_VALUE && d[k][j] != Integer.MAX_VALUE && d[i][k] + d[k][j] < d[i][j])
                        d[i][j] = d[i][k] + d[k][j];
        return d;
    }

    public static void main(String[] args) {
        Graph<String> g = new Graph<>();
        String[] roads = { "Amsterdam-Berlin:650", "Berlin-Prague:350", "Prague-Vienna:330", "Vienna-Budapest:240", "Amsterdam-Paris:500",
            "Paris-Lyon:470", "Lyon-Geneva:150", "Geneva-Milan:330", "Milan-Vienna:860", "Berlin-Vienna:680", "Paris-Berlin:1050" };
        for (String r : roads) {
            String[] p = r.split("[-:]");
            g.connect(p[0], p[1], Integer.parseInt(p[2]));
        }
        System.out.println("nodes: " + g.names);
        System.out.println("adjacency: " + g.adj);
        System.out.println("bfs from Paris: " + g.bfs("Paris"));
        Map<String, String> prev = new HashMap<>();
        Map<String, Integer> dist = g.dijkstra("Amsterdam", prev);
        System.out.println("dist: " + dist);
        for (String t : List.of("Budapest", "Milan", "Amsterdam")) System.out.println("path to " + t + ": " + String.join(" > ", path(prev, t)));

        // grid BFS with walls
        String[] grid = { "S.#.....", ".##.###.", "....#...", ".##...#E", "...#...." };
        int R = grid.length, C = grid[0].length();
        int[][] steps = new int[R][C];
        for (int[] row : steps) Arrays.fill(row, -1);
        ArrayDeque<int[]> q = new ArrayDeque<>();
        q.add(new int[] { 0, 0 });
        steps[0][0] = 0;
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        outer:
        while (!q.isEmpty()) {
            int[] cur = q.removeFirst();
            for (int k = 0; k < 4; k++) {
                int nr = cur[0] + dr[k], nc = cur[1] + dc[k];
                if (nr < 0 || nc < 0 || nr >= R || nc >= C) continue;
                if (grid[nr].charAt(nc) == '#' || steps[nr][nc] >= 0) continue;
                steps[nr][nc] = steps[cur[0]][cur[1]] + 1;
                if (grid[nr].charAt(nc) == 'E') {
                    System.out.println("reached E at " + nr + "," + nc + " in " + steps[nr][nc]);
                    break outer;
                }
                q.addLast(new int[] { nr, nc });
            }
        }
        System.out.println(Arrays.deepToString(steps));

        int INF = Integer.MAX_VALUE;
        int[][] w = { { 0, 3, INF, 7 }, { 8, 0, 2, INF }, { 5, INF, 0, 1 }, { 2, INF, INF, 0 } };
        System.out.println("floyd: " + Arrays.deepToString(floyd(w)));

        // collections utilities
        List<Integer> nums = IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(nums, new Random(42));
        System.out.println("shuffled: " + nums);
        Collections.sort(nums);
        System.out.println("binarySearch 7: " + Collections.binarySearch(nums, 7) + " 13: " + Collections.binarySearch(nums, 13));
        Collections.reverse(nums);
        System.out.println("reversed: " + nums + " max=" + Collections.max(nums) + " min=" + Collections.min(nums, Comparator.reverseOrder()));
        Collections.rotate(nums, 3);
        System.out.println("rotated: " + nums);
        Collections.swap(nums, 0, 11);
        System.out.println("swapped: " + nums + " freq(5)=" + Collections.frequency(nums, 5) + " disjoint=" + Collections.disjoint(nums, List.of(0, 13)));
        List<Integer> ro = Collections.unmodifiableList(nums);
        try {
            ro.set(0, 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable: UOE");
        }
        try {
            List.of(1, 2).add(3);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of: UOE " + e.getMessage());
        }
        System.out.println("nCopies: " + Collections.nCopies(3, "ab") + " emptyList: " + Collections.emptyList() + " singleton: " + Collections.singletonList(9));
        Random rnd = new Random(7);
        System.out.println("random: " + rnd.nextInt(100) + " " + rnd.nextInt(100) + " " + rnd.nextLong() + " " + rnd.nextDouble() + " " + rnd.nextBoolean() + " " + rnd.nextGaussian());
        System.out.println("ints: " + new Random(1).ints(5, 0, 10).boxed().collect(Collectors.toList()));

        // iterator removal
        List<String> cities = new LinkedList<>(g.names);
        for (Iterator<String> it = cities.iterator(); it.hasNext();) if (it.next().length() <= 5) it.remove();
        System.out.println("long names: " + cities);
        ListIterator<String> li = cities.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            String c = li.next();
            if (idx % 2 == 0) li.set(c.toUpperCase());
            else li.add("+" + idx);
        }
        System.out.println("listIterator: " + cities);
        while (li.hasPrevious()) {
            String c = li.previous();
            if (c.startsWith("+")) li.remove();
        }
        System.out.println("after backwards removal: " + cities);
        List<Integer> al = new ArrayList<>(List.of(5, 3, 8, 1, 9, 2));
        al.removeIf(x -> x % 2 == 0);
        al.replaceAll(x -> x * 10);
        System.out.println("removeIf/replaceAll: " + al + " indexOf(90)=" + al.indexOf(90) + " contains(30)=" + al.contains(30));
        al.remove(Integer.valueOf(30));
        al.remove(0);
        System.out.println("removes: " + al);
        try {
            for (Integer x : al) if (x == 10) al.add(11);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME");
        }
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) stack.push(i);
        System.out.println("stack: " + stack + " peek=" + stack.peek() + " pop=" + stack.pop() + " peekLast=" + stack.peekLast() + " pollLast=" + stack.pollLast() + " " + stack);
        PriorityQueue<String> pq = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        pq.addAll(List.of("kiwi", "fig", "banana", "apple", "date", "plum"));
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) order.append(pq.poll()).append(' ');
        System.out.println("pq order: " + order.toString().trim());

        // arrays utilities
        int[] a = { 9, 4, 7, 1, 8 };
        int[] b = a.clone();
        Arrays.sort(b);
        System.out.println(Arrays.toString(a) + " sorted " + Arrays.toString(b) + " bs(7)=" + Arrays.binarySearch(b, 7) + " bs(5)=" + Arrays.binarySearch(b, 5));
        System.out.println("equals " + Arrays.equals(a, b) + " hash " + Arrays.hashCode(b) + " copyOf " + Arrays.toString(Arrays.copyOf(b, 7)) + " range " + Arrays.toString(Arrays.copyOfRange(b, 1, 3)));
        Integer[] boxed = { 3, 1, 2 };
        Arrays.sort(boxed, Collections.reverseOrder());
        List<Integer> view = Arrays.asList(boxed);
        view.set(0, 30);
        System.out.println("boxed " + Arrays.toString(boxed) + " view " + view + " deepHash " + Arrays.deepHashCode(new Object[] { new int[] { 1 }, "x" })
            + " deepEquals " + Arrays.deepEquals(new int[][] { { 1, 2 } }, new int[][] { { 1, 2 } }));
        long[] longs = new long[4];
        Arrays.fill(longs, 1, 3, 7L);
        double[] ds = { 3.5, -0.0, 0.0, Double.NaN, -1 };
        Arrays.sort(ds);
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, '.');
        board[1][1] = 'X';
        System.out.println(Arrays.toString(longs) + " " + Arrays.toString(ds) + " " + Arrays.deepToString(board) + " " + Arrays.stream(a).max().getAsInt()
            + " " + Arrays.asList(1, 2, 3).hashCode() + " " + Arrays.mismatch(a, b));
        String[] strs = { "pear", "Apple", "banana", "apple" };
        Arrays.sort(strs, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(strs));
        Arrays.setAll(a, i -> i * i);
        System.out.println(Arrays.toString(a) + " " + Arrays.stream(a, 1, 4).sum());
    }
}
