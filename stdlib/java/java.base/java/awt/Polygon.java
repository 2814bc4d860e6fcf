package java.awt;

import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A closed polygon with integer vertices; insideness by the even-odd rule. Cortado's
 * rectangle tests (intersects, contains of a rectangle) decide from vertices and proper edge
 * crossings; the JDK's crossing counts may answer differently for rectangles that only touch
 * the outline.
 */
public class Polygon implements Shape, java.io.Serializable {
    private static final long serialVersionUID = -6460061437900069969L;
    private static final int MIN_LENGTH = 4;

    public int npoints;
    public int[] xpoints;
    public int[] ypoints;
    protected Rectangle bounds;

    public Polygon() {
        xpoints = new int[MIN_LENGTH];
        ypoints = new int[MIN_LENGTH];
    }

    public Polygon(int[] xpoints, int[] ypoints, int npoints) {
        if (npoints > xpoints.length || npoints > ypoints.length) {
            throw new IndexOutOfBoundsException("npoints > xpoints.length || npoints > ypoints.length");
        }
        if (npoints < 0) {
            throw new NegativeArraySizeException("npoints < 0");
        }
        this.npoints = npoints;
        this.xpoints = Arrays.copyOf(xpoints, npoints);
        this.ypoints = Arrays.copyOf(ypoints, npoints);
    }

    public void reset() {
        npoints = 0;
        bounds = null;
    }

    public void invalidate() {
        bounds = null;
    }

    public void translate(int deltaX, int deltaY) {
        for (int i = 0; i < npoints; i++) {
            xpoints[i] += deltaX;
            ypoints[i] += deltaY;
        }
        if (bounds != null) {
            bounds.translate(deltaX, deltaY);
        }
    }

    public void addPoint(int x, int y) {
        if (npoints >= xpoints.length || npoints >= ypoints.length) {
            int newLength = npoints * 2;
            if (newLength < MIN_LENGTH) {
                newLength = MIN_LENGTH;
            } else if ((newLength & (newLength - 1)) != 0) {
                newLength = Integer.highestOneBit(newLength);
            }
            xpoints = Arrays.copyOf(xpoints, newLength);
            ypoints = Arrays.copyOf(ypoints, newLength);
        }
        xpoints[npoints] = x;
        ypoints[npoints] = y;
        npoints++;
        if (bounds != null) {
            updateBounds(x, y);
        }
    }

    private void updateBounds(int x, int y) {
        if (x < bounds.x) {
            bounds.width = bounds.width + (bounds.x - x);
            bounds.x = x;
        } else {
            bounds.width = Math.max(bounds.width, x - bounds.x);
        }
        if (y < bounds.y) {
            bounds.height = bounds.height + (bounds.y - y);
            bounds.y = y;
        } else {
            bounds.height = Math.max(bounds.height, y - bounds.y);
        }
    }

    private Rectangle boundingBox() {
        if (npoints == 0) {
            return new Rectangle();
        }
        if (bounds == null) {
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = Integer.MIN_VALUE;
            int maxY = Integer.MIN_VALUE;
            for (int i = 0; i < npoints; i++) {
                minX = Math.min(minX, xpoints[i]);
                maxX = Math.max(maxX, xpoints[i]);
                minY = Math.min(minY, ypoints[i]);
                maxY = Math.max(maxY, ypoints[i]);
            }
            bounds = new Rectangle(minX, minY, maxX - minX, maxY - minY);
        }
        return bounds;
    }

    @Override
    public Rectangle getBounds() {
        return boundingBox().getBounds();
    }

    @Deprecated
    public Rectangle getBoundingBox() {
        return getBounds();
    }

    @Override
    public Rectangle2D getBounds2D() {
        return getBounds();
    }

    public boolean contains(Point p) {
        return contains(p.x, p.y);
    }

    public boolean contains(int x, int y) {
        return contains((double) x, (double) y);
    }

    @Deprecated
    public boolean inside(int x, int y) {
        return contains((double) x, (double) y);
    }

    /** Even-odd rule: the edges crossed by a ray from the point towards negative x. */
    @Override
    public boolean contains(double x, double y) {
        if (npoints <= 2 || !boundingBox().contains(x, y)) {
            return false;
        }
        int hits = 0;
        int lastx = xpoints[npoints - 1];
        int lasty = ypoints[npoints - 1];
        int curx;
        int cury;
        for (int i = 0; i < npoints; lastx = curx, lasty = cury, i++) {
            curx = xpoints[i];
            cury = ypoints[i];
            if (cury == lasty) {
                continue;
            }
            int leftx;
            if (curx < lastx) {
                if (x >= lastx) {
                    continue;
                }
                leftx = curx;
            } else {
                if (x >= curx) {
                    continue;
                }
                leftx = lastx;
            }
            double test1;
            double test2;
            if (cury < lasty) {
                if (y < cury || y >= lasty) {
                    continue;
                }
                if (x < leftx) {
                    hits++;
                    continue;
                }
                test1 = x - curx;
                test2 = y - cury;
            } else {
                if (y < lasty || y >= cury) {
                    continue;
                }
                if (x < leftx) {
                    hits++;
                    continue;
                }
                test1 = x - lastx;
                test2 = y - lasty;
            }
            if (test1 < (test2 / (lasty - cury) * (lastx - curx))) {
                hits++;
            }
        }
        return (hits & 1) != 0;
    }

    @Override
    public boolean contains(Point2D p) {
        return contains(p.getX(), p.getY());
    }

    @Override
    public boolean intersects(double x, double y, double w, double h) {
        if (npoints <= 0 || w <= 0 || h <= 0 || !boundingBox().intersects(x, y, w, h)) {
            return false;
        }
        if (contains(x, y) || contains(x + w, y) || contains(x, y + h) || contains(x + w, y + h)) {
            return true;
        }
        Rectangle2D.Double r = new Rectangle2D.Double(x, y, w, h);
        int lastx = xpoints[npoints - 1];
        int lasty = ypoints[npoints - 1];
        for (int i = 0; i < npoints; i++) {
            if (r.intersectsLine(lastx, lasty, xpoints[i], ypoints[i])) {
                return true;
            }
            lastx = xpoints[i];
            lasty = ypoints[i];
        }
        return false;
    }

    @Override
    public boolean intersects(Rectangle2D r) {
        return intersects(r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }

    private static boolean crossesProperly(double x1, double y1, double x2, double y2,
                                           double x3, double y3, double x4, double y4) {
        return Line2D.relativeCCW(x1, y1, x2, y2, x3, y3) * Line2D.relativeCCW(x1, y1, x2, y2, x4, y4) < 0
            && Line2D.relativeCCW(x3, y3, x4, y4, x1, y1) * Line2D.relativeCCW(x3, y3, x4, y4, x2, y2) < 0;
    }

    @Override
    public boolean contains(double x, double y, double w, double h) {
        if (npoints <= 0 || w <= 0 || h <= 0 || !boundingBox().intersects(x, y, w, h)) {
            return false;
        }
        if (!(contains(x, y) && contains(x + w, y) && contains(x, y + h) && contains(x + w, y + h))) {
            return false;
        }
        double[] cx = {x, x + w, x + w, x};
        double[] cy = {y, y, y + h, y + h};
        int lastx = xpoints[npoints - 1];
        int lasty = ypoints[npoints - 1];
        for (int i = 0; i < npoints; i++) {
            int px = xpoints[i];
            int py = ypoints[i];
            if (px > x && px < x + w && py > y && py < y + h) {
                return false;
            }
            for (int s = 0; s < 4; s++) {
                if (crossesProperly(lastx, lasty, px, py, cx[s], cy[s], cx[(s + 1) % 4], cy[(s + 1) % 4])) {
                    return false;
                }
            }
            lastx = px;
            lasty = py;
        }
        return true;
    }

    @Override
    public boolean contains(Rectangle2D r) {
        return contains(r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }

    /** The outline: move to the first vertex, a line to each other vertex, close. */
    @Override
    public PathIterator getPathIterator(AffineTransform at) {
        return new PathIterator() {
            private int index;

            @Override
            public int getWindingRule() {
                return WIND_EVEN_ODD;
            }

            @Override
            public boolean isDone() {
                return index > npoints;
            }

            @Override
            public void next() {
                index++;
            }

            @Override
            public int currentSegment(double[] coords) {
                if (index >= npoints) {
                    if (isDone()) {
                        throw new NoSuchElementException("poly iterator out of bounds");
                    }
                    return SEG_CLOSE;
                }
                coords[0] = xpoints[index];
                coords[1] = ypoints[index];
                if (at != null) {
                    at.transform(coords, 0, coords, 0, 1);
                }
                return index == 0 ? SEG_MOVETO : SEG_LINETO;
            }

            @Override
            public int currentSegment(float[] coords) {
                double[] d = new double[6];
                int type = currentSegment(d);
                coords[0] = (float) d[0];
                coords[1] = (float) d[1];
                return type;
            }
        };
    }

    @Override
    public PathIterator getPathIterator(AffineTransform at, double flatness) {
        return getPathIterator(at);
    }
}
