package desktop;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

public class Geometry {
    public static void main(String[] args) {
        points();
        dimensions();
        rectangles();
        rectangles2D();
        lines();
        ellipses();
        transforms();
        paths();
    }

    static void points() {
        System.out.println("== points");
        Point p = new Point(3, 4);
        Point q = new Point(p);
        System.out.println(p + " " + p.getX() + " " + p.getY() + " eq=" + p.equals(q) + " hash=" + p.hashCode());
        q.translate(-5, 10);
        System.out.println(q + " " + q.getLocation() + " " + q.equals(p));
        q.setLocation(2.5, -2.5);
        System.out.println("rounded " + q);
        q.setLocation(7.49, 1.5000001);
        System.out.println("rounded " + q);
        q.move(1, 1);
        q.setLocation(new Point(9, 9));
        System.out.println(q + " dist=" + p.distance(q) + " sq=" + p.distanceSq(q) + " d0=" + p.distance(0, 0));
        System.out.println("static " + Point2D.distance(0, 0, 3, 4) + " " + Point2D.distanceSq(1, 1, -2, 5));
        Point2D.Double d = new Point2D.Double(3, 4);
        Point2D.Float f = new Point2D.Float(3f, 4f);
        System.out.println(d + " " + f + " " + d.equals(p) + " " + p.equals(d) + " " + f.equals(d));
        System.out.println("hashes " + d.hashCode() + " " + f.hashCode() + " " + p.hashCode());
        Point2D.Double c = (Point2D.Double) d.clone();
        c.setLocation(p);
        c.x += 0.25;
        System.out.println(c + " " + d + " " + new Point2D.Double() + " " + new Point2D.Float(1.1f, -0.0f));
        f.setLocation(1.0 / 3, 2.0 / 3);
        System.out.println(f + " " + f.getX());
        Point cl = (Point) p.clone();
        cl.x = 100;
        System.out.println(cl + " " + p);
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            set.add(new Point(i % 3, i % 2));
        }
        set.add(new Point(0, 0));
        System.out.println("set size " + set.size() + " " + set.contains(new Point(2, 0)));
        System.out.println(new Point() + " " + new Point(-1, Integer.MAX_VALUE).hashCode());
    }

    static void dimensions() {
        System.out.println("== dimensions");
        Dimension a = new Dimension(640, 480);
        Dimension b = new Dimension(a);
        System.out.println(a + " " + a.equals(b) + " " + a.hashCode() + " " + new Dimension().hashCode());
        b.setSize(10.2, 3.0001);
        System.out.println(b + " " + b.getWidth() + " " + b.getHeight() + " " + a.equals(b));
        b.setSize(a);
        b.setSize(-1.5, -0.5);
        System.out.println(b + " " + b.getSize());
        Dimension2D c = (Dimension2D) a.clone();
        c.setSize(1, 2);
        System.out.println(c + " " + a + " " + a.equals("x"));
    }

    static void rectangles() {
        System.out.println("== rectangles");
        Rectangle r = new Rectangle(10, 20, 100, 50);
        Rectangle s = new Rectangle(50, 40, 100, 100);
        System.out.println(r + " " + s);
        System.out.println("intersects " + r.intersects(s) + " " + s.intersects(r) + " " + r.intersects(new Rectangle(110, 20, 5, 5)));
        System.out.println("intersection " + r.intersection(s) + " " + r.intersection(new Rectangle(500, 500, 1, 1)));
        System.out.println("union " + r.union(s) + " " + r.union(new Rectangle(0, 0, -1, -1)));
        System.out.println("contains " + r.contains(10, 20) + " " + r.contains(110, 70) + " " + r.contains(109, 69)
            + " " + r.contains(new Point(50, 50)) + " " + r.contains(new Rectangle(20, 30, 10, 10))
            + " " + r.contains(new Rectangle(20, 30, 100, 10)) + " " + r.contains(20, 30, 0, 0)
            + " " + r.contains(20.5, 30.5) + " " + r.contains(20.0, 30.0, 90.0, 40.0));
        System.out.println("empty " + r.isEmpty() + " " + new Rectangle().isEmpty() + " " + new Rectangle(5, 0).isEmpty());
        Rectangle t = new Rectangle(r);
        t.translate(5, -5);
        System.out.println("translate " + t);
        t.grow(10, 20);
        System.out.println("grow " + t);
        t.grow(-100, -10);
        System.out.println("shrink " + t + " " + t.isEmpty());
        t.add(0, 0);
        System.out.println("add point " + t);
        Rectangle u = new Rectangle(5, 5, 10, 10);
        u.add(new Point(30, -2));
        System.out.println("add point " + u);
        u.add(new Rectangle(-10, 0, 5, 100));
        System.out.println("add rect " + u);
        Rectangle e = new Rectangle(3, 3, -1, -1);
        e.add(7, 8);
        System.out.println("add to empty " + e);
        System.out.println("outcode " + r.outcode(0, 0) + " " + r.outcode(50, 50) + " " + r.outcode(200, 30)
            + " " + r.outcode(200, 100) + " " + r.outcode(new Point(10, 75)) + " " + new Rectangle().outcode(0, 0));
        System.out.println("bounds " + r.getBounds() + " " + r.getBounds2D() + " " + r.getLocation() + " " + r.getSize());
        System.out.println("doubles " + r.getX() + " " + r.getMaxX() + " " + r.getCenterX() + " " + r.getCenterY()
            + " " + r.getMinY() + " " + r.getMaxY());
        Rectangle g = new Rectangle();
        g.setRect(1.5, 2.25, 3.5, 4.0);
        System.out.println("setRect " + g);
        g.setRect(-1.5, -0.5, 2.0, 0.25);
        System.out.println("setRect " + g);
        g.setBounds(1, 2, 3, 4);
        g.setLocation(new Point(-7, -8));
        g.setSize(new Dimension(9, 10));
        System.out.println("set " + g + " " + g.equals(new Rectangle(-7, -8, 9, 10)) + " " + g.hashCode()
            + " " + new Rectangle(-7, -8, 9, 10).hashCode());
        System.out.println("eq2D " + g.equals(new Rectangle2D.Double(-7, -8, 9, 10)) + " "
            + new Rectangle2D.Double(-7, -8, 9, 10).equals(g) + " " + new Rectangle2D.Double(-7, -8, 9, 10).hashCode());
        Rectangle2D ci = r.createIntersection(new Rectangle2D.Double(50.5, 0, 10, 30));
        Rectangle2D cu = r.createUnion(new Rectangle2D.Double(50.5, 0, 10, 30));
        System.out.println("create " + ci + " " + cu + " " + r.createIntersection(s) + " " + r.createUnion(s));
        System.out.println("line " + r.intersectsLine(0, 0, 200, 200) + " " + r.intersectsLine(0, 0, 5, 100)
            + " " + r.intersectsLine(new Line2D.Double(0, 45, 300, 45)) + " " + r.intersectsLine(15, 25, 16, 26));
        Rectangle big = new Rectangle(Integer.MAX_VALUE - 10, 0, 100, 100);
        big.translate(50, 0);
        System.out.println("overflow " + big);
        Rectangle neg = new Rectangle(Integer.MIN_VALUE + 10, 0, 100, 100);
        neg.translate(-50, 0);
        System.out.println("overflow " + neg);
        Rectangle huge = new Rectangle(0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE);
        System.out.println("huge " + huge.union(new Rectangle(-10, -10, 5, 5)) + " "
            + huge.contains(Integer.MAX_VALUE - 1, 5) + " " + huge.intersects(new Rectangle(-5, -5, 10, 10)));
        Rectangle cl = (Rectangle) r.clone();
        cl.width = 1;
        System.out.println("clone " + cl + " " + r);
        Shape sh = r;
        System.out.println("shape " + sh.getBounds() + " " + sh.contains(new Point2D.Double(50, 50))
            + " " + sh.intersects(new Rectangle2D.Float(0, 0, 11, 21)));
    }

    static void rectangles2D() {
        System.out.println("== rectangles2D");
        Rectangle2D.Double a = new Rectangle2D.Double(0.5, 1.5, 10, 20);
        Rectangle2D.Float b = new Rectangle2D.Float(5f, 5f, 10f, 2.5f);
        System.out.println(a + " " + b);
        System.out.println(a.intersects(b) + " " + a.contains(b) + " " + a.createIntersection(b) + " " + a.createUnion(b));
        System.out.println(b.createIntersection(a) + " " + b.createUnion(new Rectangle2D.Float(0, 0, 1, 1)));
        System.out.println(a.getBounds() + " " + b.getBounds() + " " + new Rectangle2D.Double(-0.5, -0.5, -1, 3).getBounds());
        a.add(30, -4.5);
        System.out.println("add " + a);
        a.add(new Rectangle2D.Double(-1, 0, 1, 1));
        System.out.println("add " + a);
        a.setFrameFromDiagonal(10, 10, 2, 4);
        System.out.println("diag " + a + " " + a.getCenterX() + " " + a.getCenterY());
        a.setFrameFromCenter(0, 0, 3, -2);
        System.out.println("center " + a + " " + a.getFrame());
        Rectangle2D dest = new Rectangle2D.Double();
        Rectangle2D.intersect(new Rectangle(0, 0, 4, 4), new Rectangle(6, 6, 4, 4), dest);
        System.out.println("disjoint " + dest + " " + dest.isEmpty());
        Rectangle2D.union(new Rectangle(0, 0, 4, 4), new Rectangle(6, 6, 4, 4), dest);
        System.out.println("union " + dest);
        System.out.println("outcode " + b.outcode(0, 0) + " " + b.outcode(20, 6) + " " + b.outcode(6, 6));
        System.out.println("equal " + a.equals(a.clone()) + " " + a.equals(b) + " " + b.equals(new Rectangle2D.Double(5, 5, 10, 2.5))
            + " hash " + b.hashCode() + " " + new Rectangle2D.Double(5, 5, 10, 2.5).hashCode());
        b.setRect(1.1, 2.2, 3.3, 4.4);
        System.out.println("float " + b + " " + b.getWidth());
        System.out.println("contains " + b.contains(1.1, 2.2) + " " + b.contains(4.4, 6.6) + " " + b.contains(2, 3, 1, 1)
            + " " + b.contains(2, 3, 0, 1) + " " + b.intersects(0, 0, 1.2, 2.3) + " " + b.intersects(0, 0, 1.1, 2.2));
        System.out.println("empty " + new Rectangle2D.Double().isEmpty() + " " + new Rectangle2D.Double(0, 0, 1, -0.0).isEmpty());
    }

    static void lines() {
        System.out.println("== lines");
        Line2D l1 = new Line2D.Double(0, 0, 10, 10);
        Line2D l2 = new Line2D.Double(0, 10, 10, 0);
        Line2D l3 = new Line2D.Float(20, 20, 30, 25);
        System.out.println(l1.intersectsLine(l2) + " " + l1.intersectsLine(l3) + " " + l2.intersectsLine(0, 0, 5, 4.9));
        System.out.println(Line2D.linesIntersect(0, 0, 10, 0, 10, 0, 20, 5) + " " + Line2D.linesIntersect(0, 0, 10, 0, 11, 0, 20, 0)
            + " " + Line2D.linesIntersect(0, 0, 10, 0, 5, 0, 20, 0));
        int[][] pts = {{5, 5}, {5, 6}, {5, 4}, {-1, -1}, {11, 11}, {0, 0}, {10, 10}, {20, 0}};
        StringBuilder sb = new StringBuilder("ccw");
        for (int[] p : pts) {
            sb.append(' ').append(l1.relativeCCW(p[0], p[1]));
        }
        System.out.println(sb);
        System.out.println(Line2D.relativeCCW(0, 0, 1, 0, 0.5, 1) + " " + l1.relativeCCW(new Point(3, 1)));
        System.out.println("segdist " + l1.ptSegDist(10, 0) + " " + l1.ptSegDist(20, 20) + " " + l1.ptSegDistSq(-3, -4)
            + " " + l1.ptSegDist(new Point2D.Double(0, 10)) + " " + Line2D.ptSegDist(0, 0, 4, 0, 2, 3));
        System.out.println("linedist " + l1.ptLineDist(20, 20) + " " + l1.ptLineDist(10, 0) + " " + l1.ptLineDistSq(0, 2)
            + " " + Line2D.ptLineDist(0, 0, 4, 0, 9, -3) + " " + l3.ptLineDist(new Point(0, 0)));
        System.out.println("degenerate " + Line2D.ptSegDist(1, 1, 1, 1, 4, 5) + " " + Line2D.ptLineDist(1, 1, 1, 1, 4, 5));
        System.out.println("points " + l1.getP1() + " " + l1.getP2() + " " + l3.getP1() + " " + l3.getX2() + " " + l3.getY2());
        System.out.println("bounds " + l2.getBounds2D() + " " + l3.getBounds2D() + " " + l3.getBounds() + " " + l2.getBounds());
        System.out.println("rect " + l1.intersects(new Rectangle(2, 0, 1, 1)) + " " + l1.intersects(4, 3, 2, 2)
            + " " + l1.contains(5, 5) + " " + l1.contains(new Point(1, 1)));
        Line2D copy = (Line2D) l1.clone();
        copy.setLine(new Point(1, 2), new Point2D.Float(3.5f, 4.5f));
        System.out.println("copy " + copy.getX1() + " " + copy.getY1() + " " + copy.getX2() + " " + copy.getY2() + " " + l1.getX2());
        copy.setLine(l3);
        System.out.println("copy " + copy.getP1() + " " + copy.getP2());
        Line2D.Float fl = new Line2D.Float(new Point(1, 1), new Point(2, 3));
        fl.setLine(0.1, 0.2, 0.3, 0.4);
        System.out.println("float " + fl.x1 + " " + fl.y2 + " " + fl.getP2());
    }

    static void ellipses() {
        System.out.println("== ellipses");
        Ellipse2D e = new Ellipse2D.Double(0, 0, 10, 6);
        System.out.println(e.contains(5, 3) + " " + e.contains(0, 0) + " " + e.contains(9.9, 3) + " " + e.contains(5, 6));
        System.out.println(e.intersects(9, 2, 5, 2) + " " + e.intersects(9.5, 0, 2, 0.5) + " " + e.contains(3, 2, 4, 2)
            + " " + e.contains(0, 0, 10, 6));
        System.out.println(e.getBounds() + " " + e.getBounds2D() + " " + e.getCenterX() + " " + e.isEmpty());
        System.out.println(e.equals(new Ellipse2D.Float(0, 0, 10, 6)) + " " + e.hashCode()
            + " " + new Ellipse2D.Float(0, 0, 10, 6).hashCode());
        Ellipse2D.Float f = new Ellipse2D.Float();
        f.setFrameFromCenter(new Point(5, 5), new Point(8, 9));
        System.out.println(f.getFrame() + " " + f.contains(new Point(5, 2)) + " " + f.intersects(new Rectangle(0, 0, 3, 3)));
    }

    static void transforms() {
        System.out.println("== transforms");
        AffineTransform t = new AffineTransform();
        System.out.println(t + " " + t.isIdentity());
        t.translate(10, 20);
        t.scale(2, 3);
        System.out.println(t + " " + t.getScaleX() + " " + t.getTranslateY() + " " + t.getDeterminant());
        Point2D p = t.transform(new Point(1, 1), null);
        System.out.println(p + " " + t.transform(new Point2D.Float(1, 1), null) + " " + t.transform(new Point(2, 2), new Point()));
        AffineTransform r = AffineTransform.getRotateInstance(Math.PI / 2);
        System.out.println(r + " " + r.transform(new Point2D.Double(1, 0), null));
        System.out.println(AffineTransform.getRotateInstance(Math.PI / 6) + " " + AffineTransform.getScaleInstance(2, -1)
            + " " + AffineTransform.getTranslateInstance(1.5, -2));
        AffineTransform c = new AffineTransform(t);
        c.concatenate(AffineTransform.getTranslateInstance(1, 1));
        System.out.println(c + " " + c.equals(t) + " " + new AffineTransform(t).equals(t) + " " + (t.hashCode() == new AffineTransform(t).hashCode()));
        try {
            System.out.println(t.createInverse() + " " + t.inverseTransform(p, null));
            AffineTransform.getScaleInstance(0, 1).createInverse();
        } catch (NoninvertibleTransformException ex) {
            System.out.println("caught " + ex.getMessage());
        }
        AffineTransform[] kinds = {new AffineTransform(), AffineTransform.getTranslateInstance(3, -4),
            AffineTransform.getScaleInstance(-2, 0.5), AffineTransform.getRotateInstance(-Math.PI / 2),
            AffineTransform.getRotateInstance(Math.PI / 2, 1, 1), AffineTransform.getShearInstance(0.5, 0),
            new AffineTransform(1, 2, 3, 4, 5, 6), AffineTransform.getRotateInstance(1.0)};
        for (AffineTransform k : kinds) {
            StringBuilder sb = new StringBuilder(k.toString());
            for (Point2D q : new Point2D[] {new Point2D.Double(0, 0), new Point2D.Double(-1, 0), new Point2D.Float(0.5f, -2f)}) {
                sb.append(' ').append(k.transform(q, null)).append(k.deltaTransform(q, null));
                try {
                    sb.append(k.inverseTransform(q, null)).append(k.createInverse());
                } catch (NoninvertibleTransformException ex) {
                    sb.append(ex.getMessage());
                }
            }
            k.rotate(Math.PI);
            k.translate(1, -1);
            k.scale(2, 2);
            k.shear(1, 0);
            sb.append(" -> ").append(k);
            k.preConcatenate(AffineTransform.getRotateInstance(Math.PI / 2));
            sb.append(" -> ").append(k).append(' ').append(k.getDeterminant());
            System.out.println(sb);
        }
        try {
            AffineTransform.getShearInstance(1, 0).createInverse();
        } catch (NoninvertibleTransformException ex) {
            System.out.println("caught " + ex.getMessage());
        }
        try {
            new AffineTransform(1, 2, 2, 4, 0, 0).createInverse();
        } catch (NoninvertibleTransformException ex) {
            System.out.println("caught " + ex.getMessage());
        }
        double[] pts = {0, 0, 1, 0, 0, 1};
        t.transform(pts, 0, pts, 0, 3);
        System.out.println(java.util.Arrays.toString(pts));
    }

    static void paths() {
        System.out.println("== paths");
        print(new Rectangle(1, 2, 3, 4).getPathIterator(null));
        print(new Rectangle2D.Double(0, 0, 1, 1).getPathIterator(AffineTransform.getTranslateInstance(5, 5)));
        print(new Line2D.Double(1, 2, 3, 4).getPathIterator(null));
        print(new Rectangle(0, 0, -1, 3).getPathIterator(null));
        TreeSet<String> names = new TreeSet<>();
        names.add(Point2D.Double.class.getName());
        names.add(Rectangle2D.Float.class.getSimpleName());
        System.out.println(names + " " + (new Rectangle() instanceof Shape) + " " + Rectangle.class.getSuperclass().getName());
    }

    static void print(PathIterator it) {
        StringBuilder sb = new StringBuilder("path rule=" + it.getWindingRule() + ":");
        double[] c = new double[6];
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            sb.append(' ').append(type);
            if (type != PathIterator.SEG_CLOSE) {
                sb.append('(').append(c[0]).append(',').append(c[1]).append(')');
            }
            it.next();
        }
        System.out.println(sb);
    }
}
