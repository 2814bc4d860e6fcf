package java.awt.geom;

import java.util.NoSuchElementException;

/** A rectangle given by its location and size; the storage is left to the subclasses. */
public abstract class Rectangle2D extends RectangularShape {
    public static final int OUT_LEFT = 1;
    public static final int OUT_TOP = 2;
    public static final int OUT_RIGHT = 4;
    public static final int OUT_BOTTOM = 8;

    /** A rectangle with float coordinates. */
    public static class Float extends Rectangle2D implements java.io.Serializable {
        private static final long serialVersionUID = 3798716824173675777L;

        public float x;
        public float y;
        public float width;
        public float height;

        public Float() {
        }

        public Float(float x, float y, float w, float h) {
            setRect(x, y, w, h);
        }

        @Override
        public double getX() {
            return x;
        }

        @Override
        public double getY() {
            return y;
        }

        @Override
        public double getWidth() {
            return width;
        }

        @Override
        public double getHeight() {
            return height;
        }

        @Override
        public boolean isEmpty() {
            return width <= 0.0f || height <= 0.0f;
        }

        public void setRect(float x, float y, float w, float h) {
            this.x = x;
            this.y = y;
            this.width = w;
            this.height = h;
        }

        @Override
        public void setRect(double x, double y, double w, double h) {
            this.x = (float) x;
            this.y = (float) y;
            this.width = (float) w;
            this.height = (float) h;
        }

        @Override
        public void setRect(Rectangle2D r) {
            setRect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }

        @Override
        public int outcode(double x, double y) {
            return outcodeOf(x, y, this.x, this.y, width, height);
        }

        @Override
        public Rectangle2D getBounds2D() {
            return new Float(x, y, width, height);
        }

        @Override
        public Rectangle2D createIntersection(Rectangle2D r) {
            Rectangle2D dest = r instanceof Float ? new Float() : new Rectangle2D.Double();
            Rectangle2D.intersect(this, r, dest);
            return dest;
        }

        @Override
        public Rectangle2D createUnion(Rectangle2D r) {
            Rectangle2D dest = r instanceof Float ? new Float() : new Rectangle2D.Double();
            Rectangle2D.union(this, r, dest);
            return dest;
        }

        @Override
        public String toString() {
            return getClass().getName() + "[x=" + x + ",y=" + y + ",w=" + width + ",h=" + height + "]";
        }
    }

    /** A rectangle with double coordinates. */
    public static class Double extends Rectangle2D implements java.io.Serializable {
        private static final long serialVersionUID = 7771313791441850493L;

        public double x;
        public double y;
        public double width;
        public double height;

        public Double() {
        }

        public Double(double x, double y, double w, double h) {
            setRect(x, y, w, h);
        }

        @Override
        public double getX() {
            return x;
        }

        @Override
        public double getY() {
            return y;
        }

        @Override
        public double getWidth() {
            return width;
        }

        @Override
        public double getHeight() {
            return height;
        }

        @Override
        public boolean isEmpty() {
            return width <= 0.0 || height <= 0.0;
        }

        @Override
        public void setRect(double x, double y, double w, double h) {
            this.x = x;
            this.y = y;
            this.width = w;
            this.height = h;
        }

        @Override
        public void setRect(Rectangle2D r) {
            setRect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }

        @Override
        public int outcode(double x, double y) {
            return outcodeOf(x, y, this.x, this.y, width, height);
        }

        @Override
        public Rectangle2D getBounds2D() {
            return new Double(x, y, width, height);
        }

        @Override
        public Rectangle2D createIntersection(Rectangle2D r) {
            Rectangle2D dest = new Double();
            Rectangle2D.intersect(this, r, dest);
            return dest;
        }

        @Override
        public Rectangle2D createUnion(Rectangle2D r) {
            Rectangle2D dest = new Double();
            Rectangle2D.union(this, r, dest);
            return dest;
        }

        @Override
        public String toString() {
            return getClass().getName() + "[x=" + x + ",y=" + y + ",w=" + width + ",h=" + height + "]";
        }
    }

    protected Rectangle2D() {
    }

    /** Where (px, py) lies relative to the rectangle (rx, ry, w, h): a mask of the OUT_ bits. */
    static int outcodeOf(double px, double py, double rx, double ry, double w, double h) {
        int out = 0;
        if (w <= 0) {
            out |= OUT_LEFT | OUT_RIGHT;
        } else if (px < rx) {
            out |= OUT_LEFT;
        } else if (px > rx + w) {
            out |= OUT_RIGHT;
        }
        if (h <= 0) {
            out |= OUT_TOP | OUT_BOTTOM;
        } else if (py < ry) {
            out |= OUT_TOP;
        } else if (py > ry + h) {
            out |= OUT_BOTTOM;
        }
        return out;
    }

    public abstract void setRect(double x, double y, double w, double h);

    public void setRect(Rectangle2D r) {
        setRect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }

    /** Whether the segment meets this rectangle (clipping it against the sides in turn). */
    public boolean intersectsLine(double x1, double y1, double x2, double y2) {
        int out2 = outcode(x2, y2);
        if (out2 == 0) {
            return true;
        }
        int out1;
        while ((out1 = outcode(x1, y1)) != 0) {
            if ((out1 & out2) != 0) {
                return false;
            }
            if ((out1 & (OUT_LEFT | OUT_RIGHT)) != 0) {
                double x = getX();
                if ((out1 & OUT_RIGHT) != 0) {
                    x += getWidth();
                }
                y1 = y1 + (x - x1) * (y2 - y1) / (x2 - x1);
                x1 = x;
            } else {
                double y = getY();
                if ((out1 & OUT_BOTTOM) != 0) {
                    y += getHeight();
                }
                x1 = x1 + (y - y1) * (x2 - x1) / (y2 - y1);
                y1 = y;
            }
        }
        return true;
    }

    public boolean intersectsLine(Line2D l) {
        return intersectsLine(l.getX1(), l.getY1(), l.getX2(), l.getY2());
    }

    public abstract int outcode(double x, double y);

    public int outcode(Point2D p) {
        return outcode(p.getX(), p.getY());
    }

    @Override
    public void setFrame(double x, double y, double w, double h) {
        setRect(x, y, w, h);
    }

    @Override
    public Rectangle2D getBounds2D() {
        return (Rectangle2D) clone();
    }

    @Override
    public boolean contains(double x, double y) {
        double x0 = getX();
        double y0 = getY();
        return x >= x0 && y >= y0 && x < x0 + getWidth() && y < y0 + getHeight();
    }

    @Override
    public boolean intersects(double x, double y, double w, double h) {
        if (isEmpty() || w <= 0 || h <= 0) {
            return false;
        }
        double x0 = getX();
        double y0 = getY();
        return x + w > x0 && y + h > y0 && x < x0 + getWidth() && y < y0 + getHeight();
    }

    @Override
    public boolean contains(double x, double y, double w, double h) {
        if (isEmpty() || w <= 0 || h <= 0) {
            return false;
        }
        double x0 = getX();
        double y0 = getY();
        return x >= x0 && y >= y0 && (x + w) <= x0 + getWidth() && (y + h) <= y0 + getHeight();
    }

    public abstract Rectangle2D createIntersection(Rectangle2D r);

    public static void intersect(Rectangle2D src1, Rectangle2D src2, Rectangle2D dest) {
        double x1 = Math.max(src1.getMinX(), src2.getMinX());
        double y1 = Math.max(src1.getMinY(), src2.getMinY());
        double x2 = Math.min(src1.getMaxX(), src2.getMaxX());
        double y2 = Math.min(src1.getMaxY(), src2.getMaxY());
        dest.setFrame(x1, y1, x2 - x1, y2 - y1);
    }

    public abstract Rectangle2D createUnion(Rectangle2D r);

    public static void union(Rectangle2D src1, Rectangle2D src2, Rectangle2D dest) {
        double x1 = Math.min(src1.getMinX(), src2.getMinX());
        double y1 = Math.min(src1.getMinY(), src2.getMinY());
        double x2 = Math.max(src1.getMaxX(), src2.getMaxX());
        double y2 = Math.max(src1.getMaxY(), src2.getMaxY());
        dest.setFrameFromDiagonal(x1, y1, x2, y2);
    }

    public void add(double newx, double newy) {
        double x1 = Math.min(getMinX(), newx);
        double x2 = Math.max(getMaxX(), newx);
        double y1 = Math.min(getMinY(), newy);
        double y2 = Math.max(getMaxY(), newy);
        setRect(x1, y1, x2 - x1, y2 - y1);
    }

    public void add(Point2D pt) {
        add(pt.getX(), pt.getY());
    }

    public void add(Rectangle2D r) {
        double x1 = Math.min(getMinX(), r.getMinX());
        double x2 = Math.max(getMaxX(), r.getMaxX());
        double y1 = Math.min(getMinY(), r.getMinY());
        double y2 = Math.max(getMaxY(), r.getMaxY());
        setRect(x1, y1, x2 - x1, y2 - y1);
    }

    /** The outline: move to the top-left corner, four lines clockwise, close. */
    @Override
    public PathIterator getPathIterator(AffineTransform at) {
        double x = getX();
        double y = getY();
        double w = getWidth();
        double h = getHeight();
        boolean empty = w < 0 || h < 0;
        double[] pts = {x, y, x + w, y, x + w, y + h, x, y + h, x, y};
        return new PathIterator() {
            private int index = empty ? 6 : 0;

            @Override
            public int getWindingRule() {
                return WIND_NON_ZERO;
            }

            @Override
            public boolean isDone() {
                return index > 5;
            }

            @Override
            public void next() {
                index++;
            }

            @Override
            public int currentSegment(double[] coords) {
                if (isDone()) {
                    throw new NoSuchElementException("rect iterator out of bounds");
                }
                if (index == 5) {
                    return SEG_CLOSE;
                }
                coords[0] = pts[index * 2];
                coords[1] = pts[index * 2 + 1];
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
    public int hashCode() {
        long bits = java.lang.Double.doubleToLongBits(getX());
        bits += java.lang.Double.doubleToLongBits(getY()) * 37;
        bits += java.lang.Double.doubleToLongBits(getWidth()) * 43;
        bits += java.lang.Double.doubleToLongBits(getHeight()) * 47;
        return (int) bits ^ (int) (bits >> 32);
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (obj instanceof Rectangle2D) {
            Rectangle2D r = (Rectangle2D) obj;
            return getX() == r.getX() && getY() == r.getY() && getWidth() == r.getWidth()
                && getHeight() == r.getHeight();
        }
        return false;
    }
}
