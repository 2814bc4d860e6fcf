package java.awt.geom;

/**
 * A 2D affine transform [[m00 m01 m02] [m10 m11 m12]]. Cortado's subset: construction,
 * translation, scaling, shearing, rotation, concatenation, inversion and point transforms
 * (no type flags and no transformed shapes).
 */
public class AffineTransform implements Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1330973210523860834L;

    private double m00;
    private double m10;
    private double m01;
    private double m11;
    private double m02;
    private double m12;

    public AffineTransform() {
        m00 = m11 = 1.0;
    }

    public AffineTransform(AffineTransform tx) {
        setTransform(tx);
    }

    public AffineTransform(float m00, float m10, float m01, float m11, float m02, float m12) {
        setTransform(m00, m10, m01, m11, m02, m12);
    }

    public AffineTransform(double m00, double m10, double m01, double m11, double m02, double m12) {
        setTransform(m00, m10, m01, m11, m02, m12);
    }

    public AffineTransform(double[] flatmatrix) {
        m00 = flatmatrix[0];
        m10 = flatmatrix[1];
        m01 = flatmatrix[2];
        m11 = flatmatrix[3];
        if (flatmatrix.length > 5) {
            m02 = flatmatrix[4];
            m12 = flatmatrix[5];
        }
    }

    public static AffineTransform getTranslateInstance(double tx, double ty) {
        AffineTransform t = new AffineTransform();
        t.setToTranslation(tx, ty);
        return t;
    }

    public static AffineTransform getScaleInstance(double sx, double sy) {
        AffineTransform t = new AffineTransform();
        t.setToScale(sx, sy);
        return t;
    }

    public static AffineTransform getShearInstance(double shx, double shy) {
        AffineTransform t = new AffineTransform();
        t.setToShear(shx, shy);
        return t;
    }

    public static AffineTransform getRotateInstance(double theta) {
        AffineTransform t = new AffineTransform();
        t.setToRotation(theta);
        return t;
    }

    public static AffineTransform getRotateInstance(double theta, double anchorx, double anchory) {
        AffineTransform t = new AffineTransform();
        t.setToRotation(theta, anchorx, anchory);
        return t;
    }

    public double getScaleX() {
        return m00;
    }

    public double getScaleY() {
        return m11;
    }

    public double getShearX() {
        return m01;
    }

    public double getShearY() {
        return m10;
    }

    public double getTranslateX() {
        return m02;
    }

    public double getTranslateY() {
        return m12;
    }

    public void getMatrix(double[] flatmatrix) {
        flatmatrix[0] = m00;
        flatmatrix[1] = m10;
        flatmatrix[2] = m01;
        flatmatrix[3] = m11;
        if (flatmatrix.length > 5) {
            flatmatrix[4] = m02;
            flatmatrix[5] = m12;
        }
    }

    public double getDeterminant() {
        return m00 * m11 - m01 * m10;
    }

    public boolean isIdentity() {
        return m00 == 1.0 && m10 == 0.0 && m01 == 0.0 && m11 == 1.0 && m02 == 0.0 && m12 == 0.0;
    }

    public void translate(double tx, double ty) {
        m02 = tx * m00 + ty * m01 + m02;
        m12 = tx * m10 + ty * m11 + m12;
    }

    public void scale(double sx, double sy) {
        m00 *= sx;
        m10 *= sx;
        m01 *= sy;
        m11 *= sy;
    }

    public void shear(double shx, double shy) {
        double a = m00;
        double b = m10;
        m00 = a + m01 * shy;
        m10 = b + m11 * shy;
        m01 = a * shx + m01;
        m11 = b * shx + m11;
    }

    /** The sine and cosine of theta, exactly 0 or +-1 at quarter turns. */
    private static double[] sinCos(double theta) {
        double sin = Math.sin(theta);
        double cos = Math.cos(theta);
        if (sin == 1.0 || sin == -1.0) {
            cos = 0.0;
        } else if (cos == 1.0 || cos == -1.0) {
            sin = 0.0;
        }
        return new double[] {sin, cos};
    }

    public void rotate(double theta) {
        double[] sc = sinCos(theta);
        double sin = sc[0];
        double cos = sc[1];
        if (sin == 1.0) {
            double a = m00;
            m00 = m01;
            m01 = -a;
            double b = m10;
            m10 = m11;
            m11 = -b;
        } else if (sin == -1.0) {
            double a = m00;
            m00 = -m01;
            m01 = a;
            double b = m10;
            m10 = -m11;
            m11 = b;
        } else if (cos == -1.0) {
            m00 = -m00;
            m11 = -m11;
            m01 = -m01;
            m10 = -m10;
        } else if (cos != 1.0) {
            double a = m00;
            double b = m01;
            m00 = cos * a + sin * b;
            m01 = -sin * a + cos * b;
            a = m10;
            b = m11;
            m10 = cos * a + sin * b;
            m11 = -sin * a + cos * b;
        }
    }

    public void rotate(double theta, double anchorx, double anchory) {
        translate(anchorx, anchory);
        rotate(theta);
        translate(-anchorx, -anchory);
    }

    public void setToIdentity() {
        setTransform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    }

    public void setToTranslation(double tx, double ty) {
        setTransform(1.0, 0.0, 0.0, 1.0, tx, ty);
    }

    public void setToScale(double sx, double sy) {
        setTransform(sx, 0.0, 0.0, sy, 0.0, 0.0);
    }

    public void setToShear(double shx, double shy) {
        setTransform(1.0, shy, shx, 1.0, 0.0, 0.0);
    }

    public void setToRotation(double theta) {
        double[] sc = sinCos(theta);
        setTransform(sc[1], sc[0], -sc[0], sc[1], 0.0, 0.0);
    }

    public void setToRotation(double theta, double anchorx, double anchory) {
        setToRotation(theta);
        double sin = m10;
        double oneMinusCos = 1.0 - m00;
        m02 = anchorx * oneMinusCos + anchory * sin;
        m12 = anchory * oneMinusCos - anchorx * sin;
    }

    public void setTransform(AffineTransform tx) {
        setTransform(tx.m00, tx.m10, tx.m01, tx.m11, tx.m02, tx.m12);
    }

    public void setTransform(double m00, double m10, double m01, double m11, double m02, double m12) {
        this.m00 = m00;
        this.m10 = m10;
        this.m01 = m01;
        this.m11 = m11;
        this.m02 = m02;
        this.m12 = m12;
    }

    /** The sum of the products that are present (a structurally zero entry adds no term). */
    private static double dot(boolean p1, double a1, double b1, boolean p2, double a2, double b2) {
        if (p1 && p2) {
            return a1 * b1 + a2 * b2;
        }
        return p1 ? a1 * b1 : (p2 ? a2 * b2 : 0.0);
    }

    /** this = this x tx: tx is applied first. */
    public void concatenate(AffineTransform tx) {
        int state = tx.state();
        boolean off = (state & SHEAR) != 0;
        boolean diag = !off || (state & SCALE) != 0;
        boolean translate = (state & TRANSLATE) != 0;
        double a00 = dot(diag, m00, tx.m00, off, m01, tx.m10);
        double a01 = dot(off, m00, tx.m01, diag, m01, tx.m11);
        double a02 = translate ? m00 * tx.m02 + m01 * tx.m12 + m02 : m02;
        double a10 = dot(diag, m10, tx.m00, off, m11, tx.m10);
        double a11 = dot(off, m10, tx.m01, diag, m11, tx.m11);
        double a12 = translate ? m10 * tx.m02 + m11 * tx.m12 + m12 : m12;
        setTransform(a00, a10, a01, a11, a02, a12);
    }

    /** this = tx x this: tx is applied last. */
    public void preConcatenate(AffineTransform tx) {
        int state = tx.state();
        boolean off = (state & SHEAR) != 0;
        boolean diag = !off || (state & SCALE) != 0;
        boolean translate = (state & TRANSLATE) != 0;
        double a00 = dot(diag, tx.m00, m00, off, tx.m01, m10);
        double a01 = dot(diag, tx.m00, m01, off, tx.m01, m11);
        double a02 = dot(diag, tx.m00, m02, off, tx.m01, m12);
        double a10 = dot(off, tx.m10, m00, diag, tx.m11, m10);
        double a11 = dot(off, tx.m10, m01, diag, tx.m11, m11);
        double a12 = dot(off, tx.m10, m02, diag, tx.m11, m12);
        if (translate) {
            a02 += tx.m02;
            a12 += tx.m12;
        }
        setTransform(a00, a10, a01, a11, a02, a12);
    }

    private static final int TRANSLATE = 1;
    private static final int SCALE = 2;
    private static final int SHEAR = 4;

    /**
     * Which parts of the matrix are not those of the identity. Points are transformed with only
     * those parts (as the JDK does), so that zero terms do not turn -0.0 into 0.0.
     */
    private int state() {
        int translate = m02 != 0.0 || m12 != 0.0 ? TRANSLATE : 0;
        if (m01 == 0.0 && m10 == 0.0) {
            return (m00 == 1.0 && m11 == 1.0 ? 0 : SCALE) | translate;
        }
        return (m00 == 0.0 && m11 == 0.0 ? SHEAR : SHEAR | SCALE) | translate;
    }

    public AffineTransform createInverse() throws NoninvertibleTransformException {
        switch (state()) {
            case SHEAR | SCALE | TRANSLATE:
            case SHEAR | SCALE: {
                double det = getDeterminant();
                if (Math.abs(det) <= Double.MIN_VALUE) {
                    throw new NoninvertibleTransformException("Determinant is " + det);
                }
                boolean t = (state() & TRANSLATE) != 0;
                return new AffineTransform(m11 / det, -m10 / det, -m01 / det, m00 / det,
                    t ? (m01 * m12 - m11 * m02) / det : 0.0, t ? (m10 * m02 - m00 * m12) / det : 0.0);
            }
            case SHEAR | TRANSLATE:
                if (m01 == 0.0 || m10 == 0.0) {
                    throw new NoninvertibleTransformException("Determinant is 0");
                }
                return new AffineTransform(0.0, 1.0 / m01, 1.0 / m10, 0.0, -m12 / m10, -m02 / m01);
            case SHEAR:
                if (m01 == 0.0 || m10 == 0.0) {
                    throw new NoninvertibleTransformException("Determinant is 0");
                }
                return new AffineTransform(0.0, 1.0 / m01, 1.0 / m10, 0.0, 0.0, 0.0);
            case SCALE | TRANSLATE:
                if (m00 == 0.0 || m11 == 0.0) {
                    throw new NoninvertibleTransformException("Determinant is 0");
                }
                return new AffineTransform(1.0 / m00, 0.0, 0.0, 1.0 / m11, -m02 / m00, -m12 / m11);
            case SCALE:
                if (m00 == 0.0 || m11 == 0.0) {
                    throw new NoninvertibleTransformException("Determinant is 0");
                }
                return new AffineTransform(1.0 / m00, 0.0, 0.0, 1.0 / m11, 0.0, 0.0);
            case TRANSLATE:
                return new AffineTransform(1.0, 0.0, 0.0, 1.0, -m02, -m12);
            default:
                return new AffineTransform();
        }
    }

    public void invert() throws NoninvertibleTransformException {
        setTransform(createInverse());
    }

    /** (x, y) transformed into dst[0], dst[1], with the parts of the matrix that are in use. */
    private void apply(double x, double y, double[] dst, boolean translate) {
        int state = state();
        if (!translate) {
            state &= ~TRANSLATE;
        }
        double tx = translate ? m02 : 0.0;
        double ty = translate ? m12 : 0.0;
        switch (state) {
            case SHEAR | SCALE | TRANSLATE:
                dst[0] = x * m00 + y * m01 + tx;
                dst[1] = x * m10 + y * m11 + ty;
                break;
            case SHEAR | SCALE:
                dst[0] = x * m00 + y * m01;
                dst[1] = x * m10 + y * m11;
                break;
            case SHEAR | TRANSLATE:
                dst[0] = y * m01 + tx;
                dst[1] = x * m10 + ty;
                break;
            case SHEAR:
                dst[0] = y * m01;
                dst[1] = x * m10;
                break;
            case SCALE | TRANSLATE:
                dst[0] = x * m00 + tx;
                dst[1] = y * m11 + ty;
                break;
            case SCALE:
                dst[0] = x * m00;
                dst[1] = y * m11;
                break;
            case TRANSLATE:
                dst[0] = x + tx;
                dst[1] = y + ty;
                break;
            default:
                dst[0] = x;
                dst[1] = y;
                break;
        }
    }

    private static Point2D destination(Point2D ptSrc, Point2D ptDst) {
        if (ptDst != null) {
            return ptDst;
        }
        return ptSrc instanceof Point2D.Double ? new Point2D.Double() : new Point2D.Float();
    }

    public Point2D transform(Point2D ptSrc, Point2D ptDst) {
        ptDst = destination(ptSrc, ptDst);
        double[] d = new double[2];
        apply(ptSrc.getX(), ptSrc.getY(), d, true);
        ptDst.setLocation(d[0], d[1]);
        return ptDst;
    }

    public void transform(double[] srcPts, int srcOff, double[] dstPts, int dstOff, int numPts) {
        if (dstPts == srcPts && dstOff > srcOff && dstOff < srcOff + numPts * 2) {
            System.arraycopy(srcPts, srcOff, dstPts, dstOff, numPts * 2);
            srcOff = dstOff;
        }
        double[] d = new double[2];
        for (int i = 0; i < numPts; i++) {
            apply(srcPts[srcOff++], srcPts[srcOff++], d, true);
            dstPts[dstOff++] = d[0];
            dstPts[dstOff++] = d[1];
        }
    }

    public Point2D inverseTransform(Point2D ptSrc, Point2D ptDst) throws NoninvertibleTransformException {
        ptDst = destination(ptSrc, ptDst);
        double x = ptSrc.getX();
        double y = ptSrc.getY();
        int state = state();
        if ((state & TRANSLATE) != 0) {
            x -= m02;
            y -= m12;
        }
        switch (state & ~TRANSLATE) {
            case SHEAR | SCALE: {
                double det = getDeterminant();
                if (Math.abs(det) <= Double.MIN_VALUE) {
                    throw new NoninvertibleTransformException("Determinant is " + det);
                }
                ptDst.setLocation((x * m11 - y * m01) / det, (y * m00 - x * m10) / det);
                break;
            }
            case SHEAR:
                if (m01 == 0.0 || m10 == 0.0) {
                    throw new NoninvertibleTransformException("Determinant is 0");
                }
                ptDst.setLocation(y / m10, x / m01);
                break;
            case SCALE:
                if (m00 == 0.0 || m11 == 0.0) {
                    throw new NoninvertibleTransformException("Determinant is 0");
                }
                ptDst.setLocation(x / m00, y / m11);
                break;
            default:
                ptDst.setLocation(x, y);
                break;
        }
        return ptDst;
    }

    public Point2D deltaTransform(Point2D ptSrc, Point2D ptDst) {
        ptDst = destination(ptSrc, ptDst);
        double[] d = new double[2];
        apply(ptSrc.getX(), ptSrc.getY(), d, false);
        ptDst.setLocation(d[0], d[1]);
        return ptDst;
    }

    /** The JDK's serial form: the six entries, written by a writeObject method. */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
    }

    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
    }

    private static double matround(double v) {
        return Math.rint(v * 1E15) / 1E15;
    }

    @Override
    public String toString() {
        return "AffineTransform[[" + matround(m00) + ", " + matround(m01) + ", " + matround(m02) + "], ["
            + matround(m10) + ", " + matround(m11) + ", " + matround(m12) + "]]";
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public int hashCode() {
        long bits = Double.doubleToLongBits(m00);
        bits = bits * 31 + Double.doubleToLongBits(m01);
        bits = bits * 31 + Double.doubleToLongBits(m02);
        bits = bits * 31 + Double.doubleToLongBits(m10);
        bits = bits * 31 + Double.doubleToLongBits(m11);
        bits = bits * 31 + Double.doubleToLongBits(m12);
        return (int) bits ^ (int) (bits >> 32);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof AffineTransform)) {
            return false;
        }
        AffineTransform a = (AffineTransform) obj;
        return m00 == a.m00 && m01 == a.m01 && m02 == a.m02 && m10 == a.m10 && m11 == a.m11 && m12 == a.m12;
    }
}
