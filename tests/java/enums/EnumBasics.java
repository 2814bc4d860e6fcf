package enums;

import java.util.Arrays;

public class EnumBasics {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), VENUS(4.869e+24, 6.0518e6), EARTH(5.976e+24, 6.37814e6), MARS(6.421e+23, 3.3972e6);

        static final double G = 6.67300E-11;
        private final double mass, radius;

        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }

        double surfaceGravity() { return G * mass / (radius * radius); }
        double surfaceWeight(double otherMass) { return otherMass * surfaceGravity(); }
    }

    enum Direction {
        NORTH, EAST, SOUTH, WEST;
        Direction turnRight() { return values()[(ordinal() + 1) % values().length]; }
        Direction opposite() { return values()[(ordinal() + 2) % 4]; }
    }

    enum Level { LOW, MEDIUM, HIGH }

    public static void main(String[] args) {
        double earthWeight = 175;
        double mass = earthWeight / Planet.EARTH.surfaceGravity();
        for (Planet p : Planet.values()) System.out.printf("Weight on %s is %.2f (ordinal %d)%n", p, p.surfaceWeight(mass), p.ordinal());
        Direction d = Direction.NORTH;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) { sb.append(d).append("->"); d = d.turnRight(); }
        System.out.println(sb + " opposite of EAST: " + Direction.EAST.opposite());
        System.out.println(Arrays.toString(Level.values()) + " " + Level.valueOf("HIGH").ordinal() + " " + Level.MEDIUM.name() + " " + Level.MEDIUM.compareTo(Level.HIGH) + " " + Level.HIGH.compareTo(Level.LOW));
        System.out.println((Level.LOW == Level.valueOf("LOW")) + " " + Level.LOW.equals(Level.LOW) + " " + Level.class.isEnum() + " " + Level.LOW.getDeclaringClass().getSimpleName() + " " + Level.HIGH.getClass().getSuperclass().getName());
        System.out.println(Enum.valueOf(Direction.class, "WEST") + " " + Direction.valueOf("SOUTH").opposite());
        Level[] vals = Level.values();
        vals[0] = null; // values() returns a fresh copy
        System.out.println(Level.values()[0] + " " + vals.length);
        System.out.println(Level.LOW.hashCode() == Level.LOW.hashCode());
        java.util.EnumSet<Direction> horizontal = java.util.EnumSet.of(Direction.EAST, Direction.WEST);
        System.out.println(horizontal + " " + java.util.EnumSet.complementOf(horizontal) + " " + java.util.EnumSet.allOf(Level.class));
    }
}
