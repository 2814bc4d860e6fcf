package java.awt.geom;

/** A width and a height; java.desktop's class (see Point2D). */
public abstract class Dimension2D implements Cloneable {
    protected Dimension2D() {}

    public abstract double getWidth();

    public abstract double getHeight();

    public abstract void setSize(double width, double height);

    public void setSize(Dimension2D d) {
        setSize(d.getWidth(), d.getHeight());
    }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
