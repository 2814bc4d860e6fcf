package oop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

public class AnonymousClasses {
    interface Greeter { String greet(String who); }

    abstract static class Task {
        final String label;
        Task(String label) { this.label = label; }
        abstract int run(int x);
        public String toString() { return "Task(" + label + ")"; }
    }

    int base = 10;

    Greeter makeGreeter(String greeting) {
        return new Greeter() {
            int calls = 0;
            public String greet(String who) {
                calls++;
                return greeting + ", " + who + "! (call " + calls + ", base " + base + ")";
            }
        };
    }

    public static void main(String[] args) {
        AnonymousClasses ac = new AnonymousClasses();
        Greeter g = ac.makeGreeter("Hello");
        System.out.println(g.greet("Ada"));
        ac.base = 20;
        System.out.println(g.greet("Linus"));
        int factor = 3;
        Task triple = new Task("triple") {
            int run(int x) { return x * factor; }
        };
        Task square = new Task("square") {
            @Override int run(int x) { return x * x; }
            @Override public String toString() { return "Square!" + super.toString(); }
        };
        List<Task> tasks = new ArrayList<>();
        tasks.add(triple);
        tasks.add(square);
        for (Task t : tasks) System.out.println(t + " -> " + t.run(7));
        List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi", "apple"));
        Collections.sort(words, new Comparator<String>() {
            public int compare(String a, String b) {
                int c = Integer.compare(a.length(), b.length());
                return c != 0 ? c : a.compareTo(b);
            }
        });
        System.out.println(words);
        Object anon = new Object() {
            @Override public String toString() { return "custom anonymous toString"; }
        };
        System.out.println(anon);
        System.out.println(g.getClass().getName() + " " + triple.getClass().getName() + " " + square.getClass().getName());
        System.out.println("simple name empty: '" + triple.getClass().getSimpleName() + "' anonymous=" + triple.getClass().isAnonymousClass() + " super=" + triple.getClass().getSuperclass().getSimpleName());
        Runnable r = new Runnable() {
            int n = 0;
            public void run() { n++; System.out.println("run #" + n); }
        };
        r.run();
        r.run();
    }
}
