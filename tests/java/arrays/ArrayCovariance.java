package arrays;

public class ArrayCovariance {
    static class Fruit { public String toString() { return getClass().getSimpleName(); } }
    static class Apple extends Fruit {}
    static class Orange extends Fruit {}

    public static void main(String[] args) {
        String[] strings = {"a", "b"};
        Object[] objects = strings;
        objects[0] = "still a string";
        System.out.println(strings[0]);
        try {
            objects[1] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Fruit[] fruits = new Apple[2];
        fruits[0] = new Apple();
        try {
            fruits[1] = new Orange();
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            Object[] deep = new String[1][];
            deep[0] = new Integer[0];
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            Object[] arrs = new int[1][];
            arrs[0] = new long[1];
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Object[] ok = new Object[3];
        ok[0] = 1; ok[1] = "two"; ok[2] = new int[]{3};
        System.out.println(ok[0] + " " + ok[1] + " " + ((int[]) ok[2])[0]);
        fruits[1] = null; // null always storable
        System.out.println(java.util.Arrays.toString(fruits));
        try {
            Object o = strings;
            Integer[] ints = (Integer[]) o;
            System.out.println(ints.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            Object o = new int[1];
            long[] ls = (long[]) o;
            System.out.println(ls.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            Object o = new Object[]{"x"};
            String[] ss = (String[]) o;
            System.out.println(ss.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            System.arraycopy(new Object[]{"s", 1}, 0, new String[2], 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        try {
            System.arraycopy(new int[2], 0, new long[2], 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        Comparable<?>[] comps = new String[]{"x"};
        System.out.println(comps.getClass().getSimpleName() + " " + (comps instanceof Object[]) + " " + (comps instanceof String[]));
    }
}
