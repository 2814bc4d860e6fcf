package oop;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

public class InnerClasses {
    private int counter = 100;
    private final String name;

    InnerClasses(String name) { this.name = name; }

    class Inner {
        int id;
        Inner(int id) { this.id = id; counter++; }
        String show() { return name + ".Inner#" + id + " counter=" + counter; }
        class Deeper {
            String show() { return "deeper in " + Inner.this.show() + " outer=" + InnerClasses.this.name; }
        }
    }

    static class StaticNested {
        private int secret = 7;
        String hello() { return "static nested"; }
    }

    class Range implements Iterable<Integer> {
        final int lo, hi;
        Range(int lo, int hi) { this.lo = lo; this.hi = hi; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int cur = lo;
                public boolean hasNext() { return cur < hi; }
                public Integer next() { counter++; return cur++; }
            };
        }
    }

    int readSecret(StaticNested sn) { return sn.secret; } // private access across nest

    List<String> localClassDemo(int base) {
        final int offset = 3;
        class Adder {
            int add(int x) { return x + base + offset + counter; }
        }
        List<String> out = new ArrayList<>();
        Adder ad = new Adder();
        for (int i = 0; i < 3; i++) out.add(String.valueOf(ad.add(i)));
        return out;
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("outerA");
        InnerClasses.Inner in1 = outer.new Inner(1);
        InnerClasses.Inner in2 = outer.new Inner(2);
        System.out.println(in1.show());
        System.out.println(in2.show());
        InnerClasses.Inner.Deeper deep = in1.new Deeper();
        System.out.println(deep.show());
        InnerClasses other = new InnerClasses("outerB");
        System.out.println(other.new Inner(9).show());
        StaticNested sn = new StaticNested();
        System.out.println(sn.hello() + " secret=" + outer.readSecret(sn));
        int sum = 0;
        for (int v : outer.new Range(5, 10)) sum += v;
        System.out.println("range sum=" + sum + " counter=" + outer.counter);
        System.out.println(outer.localClassDemo(1000));
        System.out.println(InnerClasses.Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + StaticNested.class.getSimpleName());
        System.out.println(InnerClasses.Inner.class.getEnclosingClass().getSimpleName() + " " + Inner.Deeper.class.getDeclaringClass().getSimpleName());
    }
}
