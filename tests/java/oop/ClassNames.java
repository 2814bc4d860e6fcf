package oop;

import java.util.ArrayList;

public class ClassNames {
    static class Nested {
        class Inner {}
    }

    interface Marker {}

    enum Level { LOW, HIGH { @Override public String toString() { return "high!"; } } }

    static void show(Class<?> c) {
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.getTypeName() + " | array=" + c.isArray() + " prim=" + c.isPrimitive()
                + (c.getComponentType() != null ? " component=" + c.getComponentType().getName() : ""));
    }

    public static void main(String[] args) {
        show(ClassNames.class);
        show(Nested.class);
        show(Nested.Inner.class);
        show(Marker.class);
        show(Level.class);
        show(Level.HIGH.getClass());
        show(Level.LOW.getClass());
        show(new Marker() {}.getClass());
        class Local {}
        show(Local.class);
        show(int.class);
        show(void.class);
        show(int[].class);
        show(double[][].class);
        show(String[].class);
        show(Nested.Inner[][].class);
        show(boolean[].class);
        show(char[].class);
        show(byte[].class);
        show(short[].class);
        show(float[].class);
        show(long[].class);
        show(Object.class);
        show(new ArrayList<String>().getClass());
        show(Integer.TYPE);
        show("x".getClass());
        System.out.println(Level.HIGH.getDeclaringClass().getSimpleName() + " " + Level.HIGH + " " + Level.HIGH.name());
        System.out.println(int[].class.getSuperclass().getName() + " " + Integer.class.getSuperclass().getName() + " " + (Object.class.getSuperclass() == null) + " " + (Marker.class.getSuperclass() == null));
        System.out.println(Nested.Inner.class.getPackageName() + " " + String.class.getPackageName());
        System.out.println(new int[3][4].getClass() == int[][].class);
    }
}
