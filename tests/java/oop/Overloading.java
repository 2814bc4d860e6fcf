package oop;

public class Overloading {
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(double x) { return "double"; }
    static String f(Integer x) { return "Integer"; }
    static String f(Object x) { return "Object"; }
    static String f(int... xs) { return "int..." + xs.length; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }

    static String h(Object o) { return "h(Object)"; }
    static String h(String s) { return "h(String)"; }
    static String h(CharSequence s) { return "h(CharSequence)"; }

    static String k(double d) { return "k(double)"; }
    static String k(float f) { return "k(float)"; }

    static String m(Object... os) { return "m(Object...)" + (os == null ? "null" : os.length); }
    static String m(String a, Object... os) { return "m(String,Object...)" + os.length; }

    static String c(char c) { return "c(char)"; }
    static String c(int i) { return "c(int)"; }

    static class Base {
        String who(Base b) { return "Base.who(Base)"; }
        String who(Derived d) { return "Base.who(Derived)"; }
    }

    static class Derived extends Base {
        @Override String who(Base b) { return "Derived.who(Base)"; }
        @Override String who(Derived d) { return "Derived.who(Derived)"; }
    }

    public static void main(String[] args) {
        byte b = 1; short s = 2; char ch = 'c'; long l = 4; float fl = 5f;
        System.out.println(f(1) + " " + f(b) + " " + f(s) + " " + f(ch) + " " + f(l) + " " + f(fl) + " " + f(2.0));
        System.out.println(f(Integer.valueOf(3)) + " " + f("str") + " " + f() + " " + f(1, 2) + " " + f(new int[]{1, 2, 3}));
        System.out.println(g(5) + " " + g(Integer.valueOf(5)));
        Object o = "really a string";
        CharSequence cs = "cs";
        System.out.println(h("lit") + " " + h(o) + " " + h(cs) + " " + h(null) + " " + h(new StringBuilder("sb")));
        System.out.println(k(1) + " " + k(1L) + " " + k(1.0f) + " " + k(1.0));
        System.out.println(m() + " " + m("a") + " " + m("a", "b") + " " + m(1, 2) + " " + m((Object[]) null) + " " + m((Object) null));
        System.out.println(c('x') + " " + c(120) + " " + c((char) 120) + " " + c(ch + 1));
        Base base = new Base();
        Base bd = new Derived();
        Derived dd = new Derived();
        System.out.println(base.who(base) + " | " + base.who(dd) + " | " + bd.who(bd) + " | " + bd.who(dd) + " | " + dd.who(bd) + " | " + dd.who((Base) dd));
    }
}
