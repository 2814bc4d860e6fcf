package oop;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public class EqualsHashCode {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    static final class Person {
        final String name;
        final int age;
        final double height;
        Person(String name, int age, double height) { this.name = name; this.age = age; this.height = height; }
        @Override public boolean equals(Object o) {
            if (!(o instanceof Person)) return false;
            Person p = (Person) o;
            return age == p.age && Double.compare(height, p.height) == 0 && Objects.equals(name, p.name);
        }
        @Override public int hashCode() { return Objects.hash(name, age, height); }
        @Override public String toString() { return name + "/" + age + "/" + height; }
    }

    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        System.out.println(a.equals(b) + " " + (a == b) + " " + a.equals(c) + " " + a.equals(null) + " " + a.equals("(1,2)"));
        System.out.println(a.hashCode() + " " + b.hashCode() + " " + c.hashCode());
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) set.add(new Point(i % 3, j % 2));
        System.out.println(set.size() + " " + set.contains(new Point(2, 1)) + " " + set.contains(new Point(3, 0)));
        System.out.println(set);
        Map<Point, String> names = new HashMap<>();
        names.put(new Point(0, 0), "origin");
        names.put(new Point(1, 0), "east");
        names.put(new Point(0, 0), "ORIGIN");
        System.out.println(names.get(new Point(0, 0)) + " " + names.size() + " " + names);
        Person p1 = new Person("Ann", 30, 1.7), p2 = new Person("Ann", 30, 1.7), p3 = new Person(null, 30, 1.7);
        System.out.println(p1.equals(p2) + " " + p1.hashCode() + " " + p2.hashCode() + " " + p3.hashCode() + " " + p3.equals(new Person(null, 30, 1.7)));
        System.out.println(Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, 2, 3) + " " + Objects.hashCode(null) + " " + Objects.hash("a", 'b', 3L, 4.0f, true));
        System.out.println("abc".hashCode() + " " + Integer.valueOf(77).hashCode() + " " + Long.valueOf(-1L).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Character.valueOf('z').hashCode() + " " + Float.valueOf(-0f).hashCode());
        System.out.println(java.util.Arrays.hashCode(new int[]{1, 2, 3}) + " " + java.util.Arrays.hashCode(new String[]{"x", null}) + " " + java.util.List.of(1, 2, 3).hashCode() + " " + new java.util.ArrayList<>(java.util.List.of("a", "b")).hashCode());
        System.out.println(Objects.equals(null, null) + " " + Objects.equals(a, null) + " " + Objects.requireNonNullElse(null, "fallback") + " " + Objects.toString(null, "dflt") + " " + Objects.isNull(null));
        try {
            Objects.requireNonNull(null, "must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
    }
}
