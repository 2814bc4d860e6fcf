package oop;

public class SuperCalls {
    static class A {
        String m() { return "A.m"; }
        String chain() { return "A"; }
        private String priv() { return "A.priv"; }
        String callPriv() { return priv(); }
        public String toString() { return "A-instance"; }
    }

    static class B extends A {
        @Override String m() { return "B.m>" + super.m(); }
        @Override String chain() { return super.chain() + "B"; }
        String priv() { return "B.priv"; } // does not override A.priv
        public String toString() { return "B-instance over " + super.toString(); }
    }

    static class C extends B {
        @Override String m() { return "C.m>" + super.m(); }
        @Override String chain() { return super.chain() + "C"; }
        String skip() { return "C sees " + super.chain(); }
    }

    static class Counter {
        protected int count;
        void add(int n) { count += n; }
        void addTwice(int n) { add(n); add(n); }
    }

    static class LoggingCounter extends Counter {
        final StringBuilder log = new StringBuilder();
        @Override void add(int n) { log.append("+").append(n); super.add(n); }
    }

    static class Base {
        Base() { System.out.println("Base ctor calls init(): " + init()); }
        String init() { return "base"; }
    }

    static class Sub extends Base {
        String field = "initialized";
        Sub() { super(); System.out.println("Sub ctor, field=" + field); }
        @Override String init() { return "sub sees field=" + field; } // field not yet set
    }

    public static void main(String[] args) {
        A a = new C();
        System.out.println(a.m());
        System.out.println(a.chain());
        System.out.println(((C) a).skip());
        System.out.println(a.callPriv() + " " + ((B) a).priv());
        System.out.println(a);
        System.out.println(new A());
        LoggingCounter lc = new LoggingCounter();
        lc.addTwice(5);
        lc.add(1);
        System.out.println(lc.count + " " + lc.log);
        new Sub();
    }
}
