package desktop;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** A contest-style solution: convex hull, closest pair, bounding boxes and segment crossings. */
public class ConvexHull {
    static long cross(Point o, Point a, Point b) {
        return (long) (a.x - o.x) * (b.y - o.y) - (long) (a.y - o.y) * (b.x - o.x);
    }

    static List<Point> hull(List<Point> pts) {
        List<Point> p = new ArrayList<>(pts);
        p.sort(Comparator.<Point>comparingInt(q -> q.x).thenComparingInt(q -> q.y));
        int n = p.size();
        if (n < 3) {
            return p;
        }
        Point[] h = new Point[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], p.get(i)) <= 0) {
                k--;
            }
            h[k++] = p.get(i);
        }
        for (int i = n - 2, t = k + 1; i >= 0; i--) {
            while (k >= t && cross(h[k - 2], h[k - 1], p.get(i)) <= 0) {
                k--;
            }
            h[k++] = p.get(i);
        }
        return new ArrayList<>(Arrays.asList(h).subList(0, k - 1));
    }

    static double closest(Point[] byX, int lo, int hi, Point[] best) {
        if (hi - lo <= 3) {
            double d = Double.POSITIVE_INFINITY;
            for (int i = lo; i < hi; i++) {
                for (int j = i + 1; j < hi; j++) {
                    double dd = byX[i].distance(byX[j]);
                    if (dd < d) {
                        d = dd;
                        best[0] = byX[i];
                        best[1] = byX[j];
                    }
                }
            }
            return d;
        }
        int mid = (lo + hi) / 2;
        int midX = byX[mid].x;
        Point[] left = new Point[2];
        Point[] right = new Point[2];
        double dl = closest(byX, lo, mid, left);
        double dr = closest(byX, mid, hi, right);
        double d;
        if (dl <= dr) {
            d = dl;
            best[0] = left[0];
            best[1] = left[1];
        } else {
            d = dr;
            best[0] = right[0];
            best[1] = right[1];
        }
        List<Point> strip = new ArrayList<>();
        for (int i = lo; i < hi; i++) {
            if (Math.abs(byX[i].x - midX) < d) {
                strip.add(byX[i]);
            }
        }
        strip.sort(Comparator.comparingInt(q -> q.y));
        for (int i = 0; i < strip.size(); i++) {
            for (int j = i + 1; j < strip.size() && strip.get(j).y - strip.get(i).y < d; j++) {
                double dd = strip.get(i).distance(strip.get(j));
                if (dd < d) {
                    d = dd;
                    best[0] = strip.get(i);
                    best[1] = strip.get(j);
                }
            }
        }
        return d;
    }

    public static void main(String[] args) {
        Random rnd = new Random(42);
        for (int round = 0; round < 4; round++) {
            int n = 10 + round * 60;
            List<Point> pts = new ArrayList<>();
            Rectangle box = null;
            for (int i = 0; i < n; i++) {
                Point p = new Point(rnd.nextInt(1000) - 500, rnd.nextInt(1000) - 500);
                pts.add(p);
                if (box == null) {
                    box = new Rectangle(p);
                } else {
                    box.add(p);
                }
            }
            List<Point> h = hull(pts);
            long area2 = 0;
            double perimeter = 0;
            for (int i = 0; i < h.size(); i++) {
                Point a = h.get(i);
                Point b = h.get((i + 1) % h.size());
                area2 += (long) a.x * b.y - (long) b.x * a.y;
                perimeter += a.distance(b);
            }
            System.out.println("round " + round + ": n=" + n + " hull=" + h.size() + " area=" + area2 / 2.0
                + " perimeter=" + String.format("%.4f", perimeter));
            System.out.println("  hull " + h.subList(0, Math.min(4, h.size())));
            System.out.println("  box " + box + " center=(" + box.getCenterX() + "," + box.getCenterY() + ")");
            int inside = 0;
            Rectangle quadrant = new Rectangle(0, 0, 500, 500);
            for (Point p : pts) {
                if (quadrant.contains(p)) {
                    inside++;
                }
            }
            System.out.println("  in first quadrant " + inside + " " + quadrant.intersection(box));
            Point[] byX = pts.toArray(new Point[0]);
            Arrays.sort(byX, Comparator.<Point>comparingInt(q -> q.x).thenComparingInt(q -> q.y));
            Point[] best = new Point[2];
            double d = closest(byX, 0, byX.length, best);
            double brute = Double.POSITIVE_INFINITY;
            for (int i = 0; i < byX.length; i++) {
                for (int j = i + 1; j < byX.length; j++) {
                    brute = Math.min(brute, Point2D.distance(byX[i].x, byX[i].y, byX[j].x, byX[j].y));
                }
            }
            System.out.println("  closest " + d + " (brute " + brute + ") " + Arrays.toString(best));
            int crossings = 0;
            for (int i = 0; i + 3 < n; i += 2) {
                Line2D s1 = new Line2D.Double(pts.get(i), pts.get(i + 1));
                Line2D s2 = new Line2D.Float(pts.get(i + 2), pts.get(i + 3));
                if (s1.intersectsLine(s2)) {
                    crossings++;
                }
            }
            System.out.println("  crossings " + crossings);
        }
    }
}
