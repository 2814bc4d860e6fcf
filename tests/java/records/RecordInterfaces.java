package records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

public class RecordInterfaces {
    interface Shape {
        double area();
        default String summary() { return getClass().getSimpleName() + " area " + String.format("%.3f", area()); }
    }

    record Circle(double r) implements Shape {
        public double area() { return Math.PI * r * r; }
    }

    record Rect(double w, double h) implements Shape {
        public double area() { return w * h; }
        @Override public String summary() { return "Rect " + w + "x" + h + " -> " + Shape.super.summary(); }
    }

    record Version(int major, int minor, int patch) implements Comparable<Version> {
        static Version parse(String s) {
            String[] p = s.split("\\.");
            return new Version(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }
        public int compareTo(Version o) {
            if (major != o.major) return Integer.compare(major, o.major);
            if (minor != o.minor) return Integer.compare(minor, o.minor);
            return Integer.compare(patch, o.patch);
        }
        @Override public String toString() { return major + "." + minor + "." + patch; }
    }

    record Line(Point from, Point to) {
        record Point(long x, long y) {}
        long manhattan() { return Math.abs(from.x() - to.x()) + Math.abs(from.y() - to.y()); }
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(1), new Rect(2, 3.5), new Circle(0.5));
        for (Shape s : shapes) System.out.println(s.summary() + " | " + s);
        List<Version> versions = new ArrayList<>();
        for (String s : new String[]{"1.10.0", "1.2.3", "0.9.9", "1.2.10", "2.0.0", "1.2.3"}) versions.add(Version.parse(s));
        Collections.sort(versions);
        System.out.println(versions);
        System.out.println(new TreeSet<>(versions) + " max=" + Collections.max(versions));
        Line l = new Line(new Line.Point(1, 2), new Line.Point(-4, 10));
        System.out.println(l + " manhattan=" + l.manhattan() + " hash=" + l.hashCode());
        System.out.println(l.equals(new Line(new Line.Point(1, 2), new Line.Point(-4, 10))));
        record LocalRecord(String key, int count) {}
        List<LocalRecord> counts = new ArrayList<>();
        for (String w : "a b a c b a".split(" ")) {
            int idx = -1;
            for (int i = 0; i < counts.size(); i++) if (counts.get(i).key().equals(w)) idx = i;
            if (idx < 0) counts.add(new LocalRecord(w, 1));
            else counts.set(idx, new LocalRecord(w, counts.get(idx).count() + 1));
        }
        System.out.println(counts);
    }
}
