package oop;

public class CovariantReturns {
    static class Shape implements Cloneable {
        String tag = "shape";
        Shape self() { return this; }
        Shape copy() { Shape s = new Shape(); s.tag = tag + "'"; return s; }
        Number measure() { return 1; }
        @Override protected Shape clone() throws CloneNotSupportedException { return (Shape) super.clone(); }
    }

    static class Circle extends Shape {
        double r = 2;
        @Override Circle self() { return this; }
        @Override Circle copy() { Circle c = new Circle(); c.r = r * 2; c.tag = tag + "\""; return c; }
        @Override Double measure() { return Math.PI * r * r; }
        @Override protected Circle clone() throws CloneNotSupportedException { return (Circle) super.clone(); }
    }

    public static void main(String[] args) throws Exception {
        Circle c = new Circle();
        Circle c2 = c.self().copy().copy();
        System.out.println(c2.r + " " + c2.tag);
        Shape s = c;
        Shape s2 = s.copy();
        System.out.println(s2.getClass().getSimpleName() + " " + s2.tag + " " + s.measure() + " " + s.measure().getClass().getSimpleName());
        Circle cl = c.clone();
        cl.r = 10;
        System.out.println(c.r + " " + cl.r + " " + (cl != c) + " " + cl.tag);
        Shape plain = new Shape();
        System.out.println(plain.measure() + " " + plain.copy().tag + " " + plain.clone().tag);
        int count = 0;
        for (java.lang.reflect.Method m : Circle.class.getDeclaredMethods()) if (m.isBridge()) count++;
        System.out.println("bridges in Circle: " + count);
    }
}
