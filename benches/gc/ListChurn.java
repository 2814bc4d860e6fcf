import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * List churn: a queue of mid-lived records (boxed values, strings, small lists) where every
 * step retires the oldest and adds a new one, plus a map updated on the way, so objects live
 * long enough to be copied and promoted before they die. Prints a checksum.
 * Usage: ListChurn [steps live]
 */
public class ListChurn {
    record Item(Integer id, String name, List<Integer> tags) {}

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 3_000_000;
        int live = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ArrayDeque<Item> queue = new ArrayDeque<>();
        Map<Integer, Item> latest = new HashMap<>();
        long checksum = 0;
        for (int step = 0; step < steps; step++) {
            List<Integer> tags = new ArrayList<>(3);
            tags.add(step % 7);
            tags.add(step % 11);
            Item item = new Item(step, "item-" + (step % 1000), tags);
            queue.addLast(item);
            latest.put(step % 50_000, item);
            if (queue.size() > live) {
                Item old = queue.removeFirst();
                checksum += old.id() + old.name().length() + old.tags().get(1);
            }
        }
        checksum += latest.size();
        System.out.println("checksum " + checksum);
    }
}
