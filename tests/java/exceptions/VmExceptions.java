package exceptions;

public class VmExceptions {
    static class Animal {}
    static class Dog extends Animal {}
    static class Cat extends Animal {}
    interface Pet {}

    public static void main(String[] args) {
        int zero = 0;
        long lzero = 0;
        try { System.out.println(1 / zero); } catch (ArithmeticException e) { System.out.println(e); }
        try { System.out.println(1L % lzero); } catch (ArithmeticException e) { System.out.println(e); }
        System.out.println("double: " + (1.0 / zero));
        try { int[] a = new int[3]; a[5] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e); }
        try { int[] a = new int[3]; System.out.println(a[-1]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e); }
        try { System.out.println(new byte[-1].length); } catch (NegativeArraySizeException e) { System.out.println(e); }
        try {
            Object o = Integer.valueOf(1);
            String s = (String) o;
            System.out.println(s);
        } catch (ClassCastException e) { System.out.println(e); }
        try {
            Animal a = new Dog();
            Cat c = (Cat) a;
            System.out.println(c);
        } catch (ClassCastException e) { System.out.println(e); }
        try {
            Object o = new Dog();
            Pet p = (Pet) o;
            System.out.println(p);
        } catch (ClassCastException e) { System.out.println(e); }
        try {
            Object o = "str";
            Animal a = (Animal) o;
            System.out.println(a);
        } catch (ClassCastException e) { System.out.println(e); }
        try {
            Object o = new int[0];
            Object[] arr = (Object[]) o;
            System.out.println(arr);
        } catch (ClassCastException e) { System.out.println(e); }
        try {
            Object o = new Dog[0];
            Cat[] arr = (Cat[]) o;
            System.out.println(arr);
        } catch (ClassCastException e) { System.out.println(e); }
        try {
            Object[] arr = new Integer[1];
            arr[0] = "s";
        } catch (ArrayStoreException e) { System.out.println(e); }
        try {
            Object[] arr = new Dog[1];
            arr[0] = new Cat();
        } catch (ArrayStoreException e) { System.out.println(e); }
        try {
            String s = null;
            System.out.println(s.length());
        } catch (NullPointerException e) { System.out.println(e.getClass().getName()); }
        try {
            Object lock = null;
            synchronized (lock) { System.out.println("no"); }
        } catch (NullPointerException e) { System.out.println(e.getClass().getName()); }
        try {
            RuntimeException re = null;
            throw re;
        } catch (NullPointerException e) { System.out.println(e.getClass().getName()); }
        try {
            Integer boxed = null;
            long l = boxed;
            System.out.println(l);
        } catch (NullPointerException e) { System.out.println(e.getClass().getName()); }
        try {
            Object o = java.util.List.of(1);
            java.util.ArrayList<?> al = (java.util.ArrayList<?>) o;
            System.out.println(al);
        } catch (ClassCastException e) { System.out.println("List.of cast: " + e.getClass().getName()); }
    }
}
