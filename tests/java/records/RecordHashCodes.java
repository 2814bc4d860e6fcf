package records;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class RecordHashCodes {
    record Cell(int row, int col) {}
    record Key(String name, long id) {}
    record Reading(double value, float weight, boolean valid) {}
    record Outer(Cell cell, Key key, String tag) {}

    public static void main(String[] args) {
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) System.out.print(new Cell(r, c).hashCode() + " ");
        System.out.println();
        System.out.println(new Key("alpha", 1L).hashCode() + " " + new Key("alpha", 1L << 33).hashCode() + " " + new Key(null, 0).hashCode());
        System.out.println(new Reading(1.5, 0.5f, true).hashCode() + " " + new Reading(-0.0, 0f, false).hashCode() + " " + new Reading(Double.NaN, Float.NaN, true).hashCode());
        Outer o = new Outer(new Cell(1, 2), new Key("k", 9), "t");
        System.out.println(o + " " + o.hashCode());
        Set<Cell> visited = new HashSet<>();
        int r = 0, c = 0;
        for (int step = 0; step < 40; step++) {
            visited.add(new Cell(r, c));
            r = (r * 3 + c + 1) % 5;
            c = (c + r * 2) % 4;
        }
        System.out.println(visited.size() + " " + visited);
        Map<Key, Integer> scores = new HashMap<>();
        String[] names = {"ann", "bob", "cy", "dee", "ann", "bob"};
        for (int i = 0; i < names.length; i++) scores.merge(new Key(names[i], names[i].length()), i, Integer::sum);
        System.out.println(scores);
    }
}
