package exceptions;

import java.util.ArrayList;
import java.util.List;

public class Suppressed {
    static final List<String> events = new ArrayList<>();

    static class Resource implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            events.add("open " + name);
        }

        void use(boolean fail) {
            events.add("use " + name);
            if (fail) throw new IllegalStateException("use of " + name + " failed");
        }

        @Override public void close() {
            events.add("close " + name);
            if (failOnClose) throw new IllegalArgumentException("close of " + name + " failed");
        }
    }

    static void scenario(String label, boolean failUse, boolean failCloseA, boolean failCloseB) {
        events.clear();
        try (Resource a = new Resource("A", failCloseA); Resource b = new Resource("B", failCloseB)) {
            a.use(false);
            b.use(failUse);
            events.add("body done");
        } catch (RuntimeException e) {
            events.add("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) events.add("  suppressed " + s.getMessage());
        } finally {
            events.add("finally");
        }
        System.out.println(label + ":");
        for (String ev : events) System.out.println("  " + ev);
    }

    public static void main(String[] args) {
        scenario("all good", false, false, false);
        scenario("use fails", true, false, false);
        scenario("close A fails", false, true, false);
        scenario("use and both closes fail", true, true, true);
        events.clear();
        Resource outer = new Resource("outer", false);
        try (outer; Resource nul = null) {
            events.add("null resource is fine");
        }
        System.out.println(events);
        try {
            try (Resource r = new Resource("R", true)) {
                r.use(true);
            }
        } catch (IllegalStateException e) {
            System.out.println("printing trace with suppressed to stderr");
            e.printStackTrace();
        }
        Exception e = new Exception("manual");
        e.addSuppressed(new RuntimeException("s1"));
        e.addSuppressed(new Error("s2"));
        System.out.println(e.getSuppressed().length + " " + e.getSuppressed()[1]);
        try {
            e.addSuppressed(e);
        } catch (IllegalArgumentException ex) {
            System.out.println("self-suppression: " + ex.getMessage());
        }
    }
}
