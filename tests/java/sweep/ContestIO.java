package sweep;
import java.io.*;
import java.util.*;

public class ContestIO {
    static class FastReader {
        BufferedReader br; StringTokenizer st;
        FastReader(InputStream in) { br = new BufferedReader(new InputStreamReader(in)); }
        String next() throws IOException {
            while (st == null || !st.hasMoreTokens()) {
                String line = br.readLine();
                if (line == null) return null;
                st = new StringTokenizer(line);
            }
            return st.nextToken();
        }
        int nextInt() throws IOException { return Integer.parseInt(next()); }
        long nextLong() throws IOException { return Long.parseLong(next()); }
        double nextDouble() throws IOException { return Double.parseDouble(next()); }
    }
    public static void main(String[] args) throws IOException {
        FastReader fr = new FastReader(System.in);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        int t = fr.nextInt();
        for (int tc = 1; tc <= t; tc++) {
            int n = fr.nextInt();
            long[] a = new long[n];
            for (int i = 0; i < n; i++) a[i] = fr.nextLong();
            long[] pre = new long[n + 1];
            for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + a[i];
            long best = Long.MIN_VALUE, cur = 0;
            for (long x : a) { cur = Math.max(x, cur + x); best = Math.max(best, cur); }
            long[] sorted = a.clone(); Arrays.sort(sorted);
            double mean = (double) pre[n] / n;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            out.printf("Case #%d: sum=%d max=%d mean=%.3f median=%s%n", tc, pre[n], best, mean, median);
            out.println(Arrays.toString(sorted));
            int idx = Arrays.binarySearch(sorted, 5);
            out.println("bs5=" + idx);
        }
        double d = fr.nextDouble();
        out.println(d + " " + Math.sqrt(d) + " " + (float) d);
        out.printf("%10.4f|%-10.2e|%+g|%a%n", d, d, d, d);
        // graph: BFS on grid
        int r = fr.nextInt(), c = fr.nextInt();
        char[][] g = new char[r][];
        for (int i = 0; i < r; i++) g[i] = fr.next().toCharArray();
        int[][] dist = new int[r][c];
        for (int[] row : dist) Arrays.fill(row, -1);
        ArrayDeque<int[]> q = new ArrayDeque<>();
        q.add(new int[]{0, 0}); dist[0][0] = 0;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (!q.isEmpty()) {
            int[] p = q.poll();
            for (int k = 0; k < 4; k++) {
                int nr = p[0] + dr[k], nc = p[1] + dc[k];
                if (nr >= 0 && nr < r && nc >= 0 && nc < c && g[nr][nc] == '.' && dist[nr][nc] < 0) {
                    dist[nr][nc] = dist[p[0]][p[1]] + 1; q.add(new int[]{nr, nc});
                }
            }
        }
        for (int[] row : dist) {
            StringJoiner sj = new StringJoiner(" ", "[", "]");
            for (int x : row) sj.add(String.format("%2d", x));
            out.println(sj);
        }
        out.println("shortest=" + dist[r - 1][c - 1]);
        // Dijkstra
        int n = fr.nextInt(), m = fr.nextInt();
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < m; i++) { int u = fr.nextInt(), v = fr.nextInt(), w = fr.nextInt(); adj.get(u).add(new int[]{v, w}); adj.get(v).add(new int[]{u, w}); }
        long[] dd = new long[n]; Arrays.fill(dd, Long.MAX_VALUE); dd[0] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((x, y) -> Long.compare(x[1], y[1]));
        pq.add(new long[]{0, 0});
        while (!pq.isEmpty()) {
            long[] cur2 = pq.poll(); int u = (int) cur2[0];
            if (cur2[1] > dd[u]) continue;
            for (int[] e : adj.get(u)) if (dd[u] + e[1] < dd[e[0]]) { dd[e[0]] = dd[u] + e[1]; pq.add(new long[]{e[0], dd[e[0]]}); }
        }
        out.println(Arrays.toString(dd));
        String rest;
        int cnt = 0;
        while ((rest = fr.next()) != null) cnt++;
        out.println("remaining tokens " + cnt);
        out.flush();
    }
}
