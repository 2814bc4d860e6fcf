package programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

public class TextAdventure {
    enum Dir { NORTH, SOUTH, EAST, WEST;
        static Dir parse(String s) {
            switch (s) {
                case "n": case "north": return NORTH;
                case "s": case "south": return SOUTH;
                case "e": case "east": return EAST;
                case "w": case "west": return WEST;
                default: return null;
            }
        }
    }

    enum State { EXPLORING, FIGHTING, WON, DEAD }

    static final class Room {
        final String name, description;
        final Map<Dir, String> exits = new LinkedHashMap<>();
        final List<String> items = new ArrayList<>();
        String lockedBy;
        boolean hasTroll;
        Room(String name, String description) { this.name = name; this.description = description; }
    }

    private final Map<String, Room> rooms = new LinkedHashMap<>();
    private final TreeSet<String> inventory = new TreeSet<>();
    private Room current;
    private State state = State.EXPLORING;
    private int turns, health = 10, score;

    private Room room(String name, String desc) {
        Room r = new Room(name, desc);
        rooms.put(name, r);
        return r;
    }

    private static void link(Room a, Dir d, Room b) {
        a.exits.put(d, b.name);
        Dir back = Dir.values()[d.ordinal() ^ 1];
        b.exits.put(back, a.name);
    }

    TextAdventure() {
        Room hall = room("hall", "A dusty entrance hall.");
        Room library = room("library", "Shelves of crumbling books.");
        Room kitchen = room("kitchen", "It smells of old bread.");
        Room cellar = room("cellar", "Dark and damp.");
        Room vault = room("vault", "Gold glitters everywhere!");
        link(hall, Dir.NORTH, library);
        link(hall, Dir.EAST, kitchen);
        link(kitchen, Dir.SOUTH, cellar);
        link(cellar, Dir.EAST, vault);
        library.items.add("lamp");
        library.items.add("book");
        kitchen.items.add("knife");
        kitchen.items.add("key");
        cellar.hasTroll = true;
        vault.lockedBy = "key";
        vault.items.add("treasure");
        current = hall;
    }

    String handle(String line) {
        turns++;
        String[] words = line.trim().toLowerCase().split("\\s+");
        String verb = words[0];
        String arg = words.length > 1 ? words[1] : "";
        if (state == State.FIGHTING && !verb.equals("attack") && !verb.equals("flee")) {
            health -= 3;
            if (health <= 0) { state = State.DEAD; return "The troll crushes you while you hesitate."; }
            return "The troll hits you! Health " + health + ".";
        }
        switch (verb) {
            case "look":
                return current.description + " Exits: " + current.exits.keySet() + (current.items.isEmpty() ? "" : " Items: " + current.items);
            case "go": {
                Dir d = Dir.parse(arg);
                if (d == null) return "Go where?";
                String target = current.exits.get(d);
                if (target == null) return "You can't go " + d.name().toLowerCase() + ".";
                Room next = rooms.get(target);
                if (next.lockedBy != null && !inventory.contains(next.lockedBy)) return "The " + next.name + " is locked.";
                if (next.name.equals("cellar") && !inventory.contains("lamp")) return "It is too dark to enter without a lamp.";
                current = next;
                if (next.lockedBy != null) { next.lockedBy = null; score += 5; return "You unlock the door and enter the " + next.name + "."; }
                if (next.hasTroll) { state = State.FIGHTING; return "You enter the " + next.name + ". A troll blocks the way!"; }
                return "You are in the " + next.name + ".";
            }
            case "take":
                if (!current.items.remove(arg)) return "There is no " + arg + " here.";
                inventory.add(arg);
                score += arg.equals("treasure") ? 50 : 1;
                if (arg.equals("treasure")) { state = State.WON; return "You take the treasure. You win!"; }
                return "Taken: " + arg + ".";
            case "drop":
                if (!inventory.remove(arg)) return "You don't have " + arg + ".";
                current.items.add(arg);
                return "Dropped " + arg + ".";
            case "inventory":
                return inventory.isEmpty() ? "You carry nothing." : "You carry: " + String.join(", ", inventory);
            case "attack":
                if (state != State.FIGHTING) return "There is nothing to attack.";
                if (!inventory.contains("knife")) { health -= 5; return "Bare hands are useless. Health " + health + "."; }
                current.hasTroll = false;
                state = State.EXPLORING;
                score += 20;
                return "You defeat the troll with the knife!";
            case "flee":
                if (state != State.FIGHTING) return "Flee from what?";
                state = State.EXPLORING;
                current = rooms.get("kitchen");
                return "You run back to the kitchen.";
            default:
                return "I don't understand '" + line.trim() + "'.";
        }
    }

    public static void main(String[] args) {
        String[] script = {
            "look", "go south", "go north", "take lamp", "take sword", "look", "go s", "go east", "look", "take knife",
            "go south", "inventory", "flee", "drop knife", "take key", "go s", "attack", "flee", "take knife", "go south", "attack", "look",
            "go west", "go east", "take treasure", "look", "dance"
        };
        TextAdventure game = new TextAdventure();
        for (String cmd : script) {
            if (game.state == State.WON || game.state == State.DEAD) {
                System.out.println("> " + cmd + "\n  (game over: " + game.state + ")");
                continue;
            }
            String reply = game.handle(cmd);
            System.out.println("> " + cmd);
            System.out.println("  " + reply + "  [" + game.current.name + ", hp " + game.health + ", " + game.state + "]");
        }
        System.out.println("turns=" + game.turns + " score=" + game.score + " inventory=" + game.inventory + " final=" + game.state);
    }
}
