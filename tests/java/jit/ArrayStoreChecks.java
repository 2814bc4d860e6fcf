package jit;

/** aastore's type check in compiled code: exact classes, subclasses, interfaces, failures. */
public class ArrayStoreChecks {
    static class Animal {}
    static class Dog extends Animal {}
    static class Puppy extends Dog {}
    static class Cat extends Animal {}
    interface Named {}
    static class Robot implements Named {}

    static int store(Object[] array, int i, Object value) {
        try {
            array[i] = value;
            return 1;
        } catch (ArrayStoreException e) {
            return 100;
        }
    }

    public static void main(String[] args) {
        Animal[] animals = new Animal[4];
        Dog[] dogs = new Dog[4];
        Named[] named = new Named[4];
        Object[] objects = new Object[4];
        Object[][] nested = new Object[4][];
        Object[] values = {new Animal(), new Dog(), new Puppy(), new Cat(), new Robot(), "s",
            null, new Object[1], new String[1]};
        long sum = 0;
        // Enough rounds for the loop to run compiled in tiered mode.
        for (int round = 0; round < 3000; round++) {
            for (int v = 0; v < values.length; v++) {
                Object value = values[v];
                sum = sum * 31 + store(animals, round & 3, value);
                sum = sum * 31 + store(dogs, round & 3, value);
                sum = sum * 31 + store(named, round & 3, value);
                sum = sum * 31 + store(objects, round & 3, value);
                sum = sum * 31 + store(nested, round & 3, value);
            }
        }
        System.out.println("checksum " + sum);
        for (Object value : values) {
            String name = value == null ? "null" : value.getClass().getSimpleName();
            System.out.println(name + ": " + store(animals, 0, value) + " " + store(dogs, 1, value)
                + " " + store(named, 2, value) + " " + store(objects, 3, value) + " "
                + store(nested, 0, value));
        }
        try {
            dogs[9] = new Puppy();
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Object[] cats = new Cat[1];
        try {
            cats[0] = new Dog();
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
    }
}
