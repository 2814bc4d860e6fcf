package programs;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.geom.Point2D;
import java.util.*;

/** A maze solved by breadth-first search over java.awt.Point, as coding-site solutions do. */
public class GridPoints {
    static final String[] MAZE = {
        "S..#......",
        ".#.#.####.",
        ".#...#....",
        ".####.#.#.",
        "......#.#E",
    };

    public static void main(String[] args) {
        Point start = null, end = null;
        for (int r = 0; r < MAZE.length; r++)
            for (int c = 0; c < MAZE[r].length(); c++) {
                if (MAZE[r].charAt(c) == 'S') start = new Point(c, r);
                if (MAZE[r].charAt(c) == 'E') end = new Point(c, r);
            }
        System.out.println("start " + start + " end " + end);
        Map<Point, Point> prev = new HashMap<>();
        Deque<Point> queue = new ArrayDeque<>();
        queue.add(start);
        prev.put(start, start);
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            Point p = queue.poll();
            if (p.equals(end)) break;
            for (int[] d : dirs) {
                Point n = new Point(p.x + d[0], p.y + d[1]);
                if (n.y < 0 || n.y >= MAZE.length || n.x < 0 || n.x >= MAZE[0].length()) continue;
                if (MAZE[n.y].charAt(n.x) == '#' || prev.containsKey(n)) continue;
                prev.put(n, p);
                queue.add(n);
            }
        }
        List<Point> path = new ArrayList<>();
        for (Point p = end; !p.equals(start); p = prev.get(p)) path.add(p);
        path.add(start);
        Collections.reverse(path);
        System.out.println("path length " + (path.size() - 1));
        char[][] grid = new char[MAZE.length][];
        for (int r = 0; r < MAZE.length; r++) grid[r] = MAZE[r].toCharArray();
        for (Point p : path.subList(1, path.size() - 1)) grid[p.y][p.x] = '*';
        for (char[] row : grid) System.out.println(new String(row));
        // Hash-based collections iterate in hashCode order: it must be the JDK's.
        Set<Point> visited = new HashSet<>(prev.keySet());
        System.out.println(visited.size() + " visited, first five: " + visited.stream().limit(5).toList());
        Set<Point> small = new HashSet<>();
        for (int i = -3; i <= 3; i++) small.add(new Point(i, i * i - 2));
        System.out.println(small);
        for (Point p : List.of(new Point(), new Point(1, 2), new Point(-1, 0), new Point(100000, -7)))
            System.out.println(p + " hash " + p.hashCode() + " x " + p.getX() + " loc " + p.getLocation());
        Point q = new Point(3, 4);
        q.translate(-1, 2);
        System.out.println(q + " " + q.distance(0, 0) + " " + q.distanceSq(new Point(0, 0)) + " " + Point2D.distance(0, 0, 3, 4));
        q.setLocation(2.5, -2.5);
        System.out.println(q + " " + q.equals(new Point(3, -2)) + " " + q.equals(new Point2D.Double(3, -2)) + " " + q.equals("x"));
        q.move(7, 8);
        Point copy = (Point) q.clone();
        copy.x = 0;
        System.out.println(q + " " + copy + " " + new Point(q));
        Point2D.Double pd = new Point2D.Double(1.5, -2.25);
        Point2D.Float pf = new Point2D.Float(1.5f, 0.1f);
        System.out.println(pd + " " + pf + " " + pd.hashCode() + " " + pf.hashCode() + " " + pd.equals(new Point2D.Double(1.5, -2.25)) + " " + pd.distance(pf));
        pd.setLocation(new Point(9, 9));
        System.out.println(pd + " " + pd.getClass().getName() + " " + pf.getClass().getSimpleName());
        Dimension dim = new Dimension(640, 480);
        Dimension d2 = new Dimension();
        d2.setSize(2.1, 3.9);
        System.out.println(dim + " " + d2 + " " + dim.hashCode() + " " + d2.hashCode() + " " + dim.equals(new Dimension(640, 480)) + " " + dim.getWidth() + " " + dim.getSize());
        TreeMap<Integer, List<Point>> byRow = new TreeMap<>();
        for (Point p : path) byRow.computeIfAbsent(p.y, k -> new ArrayList<>()).add(p);
        byRow.forEach((row, pts) -> System.out.println(row + ": " + pts.size()));
    }
}
