package oop;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

public class TypeChecks {
    interface Flier {}
    static class Animal {}
    static class Bird extends Animal implements Flier {}
    static class Penguin extends Bird {}

    static String check(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Animal ? "A" : "-");
        sb.append(o instanceof Bird ? "B" : "-");
        sb.append(o instanceof Penguin ? "P" : "-");
        sb.append(o instanceof Flier ? "F" : "-");
        sb.append(o instanceof Object[] ? "O[]" : "-");
        sb.append(o instanceof String[] ? "S[]" : "-");
        sb.append(o instanceof int[] ? "i[]" : "-");
        sb.append(o instanceof Cloneable ? "C" : "-");
        sb.append(o instanceof Serializable ? "Z" : "-");
        sb.append(o instanceof Animal[] ? "A[]" : "-");
        sb.append(o instanceof Flier[] ? "F[]" : "-");
        sb.append(o instanceof Object[][] ? "O[][]" : "-");
        return sb.toString();
    }

    public static void main(String[] args) {
        Object[] things = {
            new Animal(), new Bird(), new Penguin(), "str", new int[0], new String[0], new Object[0],
            new Penguin[1], new Bird[0][0], new int[0][], new long[0], 42, null
        };
        String[] labels = {"Animal", "Bird", "Penguin", "String", "int[]", "String[]", "Object[]", "Penguin[]", "Bird[][]", "int[][]", "long[]", "Integer", "null"};
        for (int i = 0; i < things.length; i++) System.out.println(String.format("%-10s %s", labels[i], check(things[i])));
        Object o = new Penguin();
        Bird b = (Bird) o;
        Flier f = (Flier) o;
        Animal a = (Animal) f;
        System.out.println("casts ok: " + (a == b));
        Object nul = null;
        String s = (String) nul;
        System.out.println("null cast ok: " + s);
        Object arr = new Penguin[]{new Penguin()};
        Bird[] birds = (Bird[]) arr;
        Flier[] fliers = (Flier[]) arr;
        Object[] objs = (Object[]) arr;
        System.out.println("array casts ok: " + birds.length + fliers.length + objs.length);
        Object list = new ArrayList<String>();
        System.out.println((list instanceof List) + " " + (list instanceof RandomAccess) + " " + (list instanceof java.util.LinkedList));
        System.out.println(Bird.class.isInstance(o) + " " + Animal.class.isAssignableFrom(Penguin.class) + " " + Penguin.class.isAssignableFrom(Animal.class) + " " + Object[].class.isAssignableFrom(String[].class) + " " + Object[].class.isAssignableFrom(int[].class));
        Object c = Penguin.class.cast(o);
        System.out.println(c == o);
    }
}
