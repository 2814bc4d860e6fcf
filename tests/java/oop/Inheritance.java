package oop;

public class Inheritance {
    static class Animal {
        String name = "animal";
        static String kind = "Animal.kind";
        protected int legs;

        Animal(int legs) { this.legs = legs; System.out.println("Animal(" + legs + ")"); }

        String sound() { return "..."; }
        String describe() { return name + " with " + legs + " legs says " + sound(); }
        static String category() { return "creature"; }
        String fieldViaMethod() { return name; }
    }

    static class Dog extends Animal {
        String name = "dog"; // hides Animal.name
        static String kind = "Dog.kind";

        Dog() { super(4); System.out.println("Dog()"); }

        @Override String sound() { return "woof"; }
        static String category() { return "pet"; }
        String both() { return name + "/" + super.name + "/" + ((Animal) this).name; }
    }

    static class Puppy extends Dog {
        Puppy() { System.out.println("Puppy()"); }
        @Override String sound() { return "yip (was " + super.sound() + ")"; }
        @Override String describe() { return "small " + super.describe(); }
    }

    static class Bird extends Animal {
        Bird() { this(2); System.out.println("Bird()"); }
        Bird(int legs) { super(legs); System.out.println("Bird(int)"); }
        @Override String sound() { return "tweet"; }
    }

    public static void main(String[] args) {
        Animal a = new Animal(3);
        Dog d = new Dog();
        Animal ad = d;
        Puppy p = new Puppy();
        Bird b = new Bird();
        System.out.println(a.describe());
        System.out.println(d.describe());
        System.out.println(ad.describe());
        System.out.println(p.describe());
        System.out.println(b.describe());
        System.out.println("fields: " + d.name + " " + ad.name + " " + ((Animal) p).name + " " + p.name);
        System.out.println("via method: " + d.fieldViaMethod());
        System.out.println("both: " + p.both());
        System.out.println("statics: " + Animal.kind + " " + Dog.kind + " " + Animal.category() + " " + Dog.category());
        Animal[] zoo = {a, d, p, b};
        StringBuilder sb = new StringBuilder();
        for (Animal z : zoo) sb.append(z.sound()).append("; ");
        System.out.println(sb);
        System.out.println(p instanceof Dog);
        System.out.println(p.getClass().getSuperclass().getSimpleName() + " " + p.getClass().getSuperclass().getSuperclass().getSimpleName());
    }
}
