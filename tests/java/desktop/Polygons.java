package desktop;

import java.awt.Insets;
import java.awt.Point;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.geom.PathIterator;

public class Polygons {
    public static void main(String[] args) {
        Polygon tri = new Polygon(new int[] {0, 10, 5, 99}, new int[] {0, 0, 10, 99}, 3);
        System.out.println(tri.npoints + " " + tri.xpoints.length + " " + tri.getBounds() + " " + tri.getBounds2D());
        StringBuilder sb = new StringBuilder();
        for (int y = -1; y <= 11; y++) {
            for (int x = -1; x <= 11; x++) {
                sb.append(tri.contains(x, y) ? '#' : '.');
            }
            sb.append('\n');
        }
        System.out.print(sb);
        System.out.println(tri.contains(5.0, 0.0) + " " + tri.contains(4.99, 9.9) + " " + tri.contains(new Point(5, 5))
            + " " + tri.contains(new java.awt.geom.Point2D.Double(2.5, 4.9)) + " " + tri.contains(2.5, 5.1));

        Polygon star = new Polygon();
        System.out.println(star.getBounds() + " " + star.contains(0, 0) + " " + star.xpoints.length);
        for (int i = 0; i < 10; i++) {
            double a = Math.PI / 2 + i * Math.PI / 5;
            double r = i % 2 == 0 ? 100 : 40;
            star.addPoint((int) Math.round(r * Math.cos(a)), (int) Math.round(-r * Math.sin(a)));
            if (i == 3) {
                System.out.println("after 4: " + star.getBounds() + " " + star.xpoints.length);
            }
        }
        System.out.println(star.npoints + " " + star.xpoints.length + " " + star.getBounds());
        int inside = 0;
        for (int y = -100; y <= 100; y += 5) {
            for (int x = -100; x <= 100; x += 5) {
                if (star.contains(x + 0.5, y + 0.5)) {
                    inside++;
                }
            }
        }
        System.out.println("inside " + inside + " " + star.contains(0, 0) + " " + star.contains(0, -99) + " " + star.contains(90, 0));
        System.out.println("rects " + star.intersects(-5, -5, 10, 10) + " " + star.intersects(200, 200, 5, 5)
            + " " + star.intersects(new Rectangle(60, -60, 20, 20)) + " " + star.intersects(85, 20, 30, 5)
            + " " + star.contains(-5, -5, 10, 10) + " " + star.contains(new Rectangle(-50, -50, 100, 100))
            + " " + star.contains(-20, -60, 3, 3) + " " + star.contains(-13, -93, 1, 1));
        star.translate(100, 100);
        System.out.println("moved " + star.getBounds() + " " + star.contains(100, 100) + " " + star.xpoints[0] + "," + star.ypoints[0]);
        star.addPoint(300, 100);
        System.out.println("grown " + star.getBounds() + " " + star.npoints);
        PathIterator it = tri.getPathIterator(null);
        sb.setLength(0);
        double[] c = new double[6];
        while (!it.isDone()) {
            int t = it.currentSegment(c);
            sb.append(t).append(t == PathIterator.SEG_CLOSE ? "" : "(" + c[0] + "," + c[1] + ")").append(' ');
            it.next();
        }
        System.out.println("path " + it.getWindingRule() + " " + sb);
        star.reset();
        System.out.println("reset " + star.npoints + " " + star.getBounds() + " " + star.xpoints.length);
        try {
            new Polygon(new int[2], new int[3], 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            new Polygon(new int[2], new int[3], -1);
        } catch (NegativeArraySizeException e) {
            System.out.println(e);
        }
        Polygon line = new Polygon(new int[] {0, 5}, new int[] {0, 5}, 2);
        System.out.println(line.contains(1, 1) + " " + line.getBounds());

        Insets in = new Insets(1, 2, 3, 4);
        Insets copy = (Insets) in.clone();
        System.out.println(in + " " + in.equals(copy) + " " + in.hashCode() + " " + new Insets(0, 0, 0, 0).hashCode()
            + " " + new Insets(10, 20, 30, 40).hashCode());
        copy.set(4, 3, 2, 1);
        System.out.println(copy + " " + in.equals(copy) + " " + in.equals("x"));
    }
}
