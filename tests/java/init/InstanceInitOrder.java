package init;

public class InstanceInitOrder {
    static int seq = 0;

    static int mark(String what) {
        System.out.println((++seq) + ". " + what);
        return seq;
    }

    static class Parent {
        static int ps = mark("Parent static field");
        int pf = mark("Parent instance field");
        { mark("Parent instance block"); }
        static { mark("Parent static block"); }

        Parent() {
            mark("Parent constructor");
            describe();
        }

        void describe() { mark("Parent.describe"); }
    }

    static class Child extends Parent {
        static int cs = mark("Child static field");
        int cf = mark("Child instance field");
        String name = "child";
        { mark("Child instance block 1"); }

        Child() {
            this("default");
            mark("Child() after this(...)");
        }

        Child(String n) {
            super();
            mark("Child(String) body, n=" + n);
            name = n;
        }

        { mark("Child instance block 2"); }
        static { mark("Child static block"); }

        @Override void describe() { mark("Child.describe sees cf=" + cf + " name=" + name); }
    }

    public static void main(String[] args) {
        mark("main");
        new Child();
        mark("second instance");
        Child c = new Child("x");
        mark("done, name=" + c.name + " cf=" + c.cf + " pf=" + c.pf);
    }
}
