package desktop;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;

/** Serial forms of the desktop classes: the bytes must be HotSpot's (Color is left out). */
public class Serial {
    public static void main(String[] args) throws Exception {
        java.sql.Timestamp nanos = new java.sql.Timestamp(-1500L);
        nanos.setNanos(987654321);
        Object[] objs = {new java.awt.Point(3, -4), new java.awt.Dimension(5, 6), new java.awt.Rectangle(1, 2, 3, 4),
            new java.awt.geom.Point2D.Double(1.5, 2.5), new java.awt.geom.Point2D.Float(1.5f, 2.5f),
            new java.awt.geom.Rectangle2D.Double(1, 2, 3, 4), new java.awt.geom.Rectangle2D.Float(1, 2, 3, 4),
            new java.awt.geom.Line2D.Double(1, 2, 3, 4), new java.awt.geom.Ellipse2D.Double(1, 2, 3, 4),
            new java.awt.Insets(1, 2, 3, 4), new java.util.Date(123456789L), new java.sql.Date(86400000L * 365),
            new java.sql.Timestamp(1700000000123L), nanos, new java.sql.Time(3723000L),
            new java.beans.PropertyChangeEvent("src", "p", 1, 2),
            new java.awt.geom.AffineTransform(1, 2, 3, 4, 5, 6),
            new java.awt.Polygon(new int[] {1, 2, 3}, new int[] {4, 5, 6}, 3)};
        for (Object o : objs) {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
                out.writeObject(o);
            }
            byte[] b = bos.toByteArray();
            Object back = new ObjectInputStream(new ByteArrayInputStream(b)).readObject();
            String shown;
            if (back instanceof java.awt.geom.Line2D) {
                java.awt.geom.Line2D l = (java.awt.geom.Line2D) back;
                shown = l.getP1() + "-" + l.getP2();
            } else if (back instanceof java.awt.Polygon) {
                java.awt.Polygon p = (java.awt.Polygon) back;
                shown = p.npoints + " " + Arrays.toString(p.xpoints) + " " + p.getBounds();
            } else if (back instanceof java.awt.geom.Ellipse2D) {
                shown = ((java.awt.geom.Ellipse2D) back).getFrame().toString();
            } else if (back instanceof java.beans.PropertyChangeEvent) {
                java.beans.PropertyChangeEvent e = (java.beans.PropertyChangeEvent) back;
                shown = e.getPropertyName() + " " + e.getOldValue() + " " + e.getNewValue();
            } else if (back instanceof java.util.Date) {
                shown = back + " " + ((java.util.Date) back).getTime();
            } else {
                shown = back.toString();
            }
            System.out.println(o.getClass().getName() + " " + b.length + " " + Arrays.hashCode(b) + " " + o.equals(back) + " " + shown);
        }
        java.sql.Timestamp ts = (java.sql.Timestamp) roundTrip(nanos);
        System.out.println(ts.getNanos() + " " + ts.getTime() + " " + ts.equals(nanos) + " " + ts.toInstant());
    }

    static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
            out.writeObject(o);
        }
        return new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray())).readObject();
    }
}
