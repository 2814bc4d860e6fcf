package logging;

import java.util.logging.Level;

public class Levels {
    static class MyLevel extends Level {
        MyLevel(String name, int value) {
            super(name, value);
        }
    }

    public static void main(String[] args) {
        Level[] all = { Level.OFF, Level.SEVERE, Level.WARNING, Level.INFO, Level.CONFIG, Level.FINE, Level.FINER,
                Level.FINEST, Level.ALL };
        for (Level l : all) {
            System.out.println(l + " " + l.getName() + " " + l.intValue() + " " + l.getLocalizedName() + " "
                    + l.getResourceBundleName() + " " + l.hashCode() + " " + (Level.parse(l.getName()) == l));
        }
        for (String s : new String[] { "SEVERE", "1000", "800", "300", "FINEST", "-2147483648", "2147483647", "123", "123",
                "42" }) {
            Level l = Level.parse(s);
            System.out.println("parse " + s + " -> " + l + " " + l.intValue() + " " + l.getClass().getName());
        }
        for (String s : new String[] { "info", "VERBOSE", "", " INFO", "1e3" }) {
            try {
                System.out.println("parse '" + s + "' -> " + Level.parse(s));
            } catch (IllegalArgumentException e) {
                System.out.println("parse '" + s + "': " + e.getMessage());
            }
        }
        try {
            Level.parse(null);
        } catch (NullPointerException e) {
            System.out.println("parse null: NPE");
        }
        Level mine = new MyLevel("CHATTY", 650);
        System.out.println(mine + " " + mine.intValue() + " parse " + Level.parse("CHATTY") + " "
                + (Level.parse("CHATTY") == mine) + " " + Level.parse("650"));
        System.out.println("equals by value " + new MyLevel("SOMETHING", 800).equals(Level.INFO) + " "
                + Level.INFO.equals(new MyLevel("OTHER", 800)) + " " + Level.INFO.equals(Level.FINE));
    }
}
