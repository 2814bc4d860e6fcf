package apps;

import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/** A kanban-style task board: inner classes, iterators, LRU cache, navigable maps, enum sets, bit sets. */
public class TaskBoard {

    enum Priority { LOW, MEDIUM, HIGH, CRITICAL }
    enum Label { BUG, FEATURE, DOCS, TEST, UI, BACKEND, URGENT }
    enum Column {
        TODO, DOING, REVIEW, DONE;
        boolean canMoveTo(Column c) {
            return switch (this) {
                case TODO -> c == DOING;
                case DOING -> c == REVIEW || c == TODO;
                case REVIEW -> c == DONE || c == DOING;
                case DONE -> false;
            };
        }
    }

    interface Identified {
        int id();
        static String code(Identified x) { return prefix() + String.format("%04d", x.id()); }
        private static String prefix() { return "TSK-"; }
        default String shortCode() { return code(this).substring(4).replaceFirst("^0+", ""); }
    }

    static final class Task implements Identified, Comparable<Task> {
        private final int id;
        final String title;
        Priority priority;
        final EnumSet<Label> labels;
        Column column = Column.TODO;
        String assignee;
        int estimate;
        final List<String> history = new ArrayList<>();

        { history.add("created"); }

        Task(int id, String title, Priority p, int estimate, Label... labels) {
            this.id = id;
            this.title = title;
            this.priority = p;
            this.estimate = estimate;
            this.labels = labels.length == 0 ? EnumSet.noneOf(Label.class) : EnumSet.copyOf(Arrays.asList(labels));
        }

        public int id() { return id; }

        @Override public int compareTo(Task o) {
            int c = o.priority.compareTo(priority);
            return c != 0 ? c : Integer.compare(id, o.id);
        }
        @Override public boolean equals(Object o) { return o instanceof Task t && t.id == id; }
        @Override public int hashCode() { return Integer.hashCode(id); }
        @Override public String toString() {
            return String.format("%s %-28s %-8s %-6s %2dh %s%s", Identified.code(this), title, priority, column, estimate,
                    labels, assignee == null ? "" : " @" + assignee);
        }
    }

    static final class BoardException extends RuntimeException {
        BoardException(String msg) { super(msg); }
        BoardException(String msg, Throwable cause) { super(msg, cause); }
    }

    // ---------------------------------------------------------------- the board with inner classes
    final Map<Integer, Task> tasks = new TreeMap<>();
    final Map<String, Integer> capacity = new TreeMap<>();
    private int nextId = 1;
    private int modCount;

    Task add(String title, Priority p, int est, Label... labels) {
        Task t = new Task(nextId++, title, p, est, labels);
        tasks.put(t.id(), t);
        modCount++;
        return t;
    }

    void move(int id, Column to) {
        Task t = Optional.ofNullable(tasks.get(id)).orElseThrow(() -> new BoardException("no task " + id));
        if (!t.column.canMoveTo(to)) throw new BoardException("cannot move " + Identified.code(t) + " from " + t.column + " to " + to);
        if (to == Column.DOING && t.assignee == null) throw new BoardException(Identified.code(t) + " has no assignee");
        t.history.add(t.column + "->" + to);
        t.column = to;
        modCount++;
    }

    void assign(int id, String who) {
        Task t = tasks.get(id);
        int load = tasks.values().stream().filter(x -> who.equals(x.assignee) && x.column != Column.DONE).mapToInt(x -> x.estimate).sum();
        int cap = capacity.getOrDefault(who, 0);
        if (load + t.estimate > cap)
            throw new BoardException(who + " is over capacity (" + (load + t.estimate) + "/" + cap + ")");
        t.assignee = who;
        t.history.add("assigned " + who);
    }

    /** Inner (non-static) class: iterates tasks of one column, fail-fast on board modification. */
    final class ColumnView implements Iterable<Task> {
        private final Column column;
        ColumnView(Column column) { this.column = column; }

        @Override public Iterator<Task> iterator() {
            return new Iterator<>() {
                private final Iterator<Task> it = tasks.values().iterator();
                private final int expected = modCount;
                private Task next = advance();

                private Task advance() {
                    while (it.hasNext()) {
                        Task t = it.next();
                        if (t.column == column) return t;
                    }
                    return null;
                }
                @Override public boolean hasNext() {
                    if (modCount != expected) throw new ConcurrentModificationException("board changed during iteration");
                    return next != null;
                }
                @Override public Task next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    Task t = next;
                    next = advance();
                    return t;
                }
            };
        }

        int totalEstimate() {
            int sum = 0;
            for (Task t : this) sum += t.estimate;
            return sum;
        }
    }

    ColumnView column(Column c) { return this.new ColumnView(c); }

    void print() {
        for (Column c : Column.values()) {
            ColumnView v = column(c);
            System.out.println("[" + c + "] " + v.totalEstimate() + "h");
            for (Task t : v) System.out.println("  " + t);
        }
    }

    // ---------------------------------------------------------------- LRU cache
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int max;
        int evictions;
        Lru(int max) {
            super(16, 0.75f, true);
            this.max = max;
        }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > max;
            if (evict) evictions++;
            return evict;
        }
    }

    static <T extends Comparable<? super T>> T maxOf(Collection<? extends T> xs) {
        Iterator<? extends T> it = xs.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (x.compareTo(best) > 0) best = x;
        }
        return best;
    }

    static void addAllTo(Collection<? super Integer> sink, int... xs) { for (int x : xs) sink.add(x); }

    static double sumAll(List<? extends Number> xs) {
        double s = 0;
        for (Number n : xs) s += n.doubleValue();
        return s;
    }

    record Point(int x, int y) {}

    public static void main(String[] args) {
        TaskBoard b = new TaskBoard();
        b.capacity.put("ana", 16);
        b.capacity.put("ben", 10);
        b.capacity.put("cy", 24);
        b.add("Fix login crash", Priority.CRITICAL, 5, Label.BUG, Label.BACKEND, Label.URGENT);
        b.add("Dark mode", Priority.LOW, 8, Label.FEATURE, Label.UI);
        b.add("Write API docs", Priority.MEDIUM, 3, Label.DOCS);
        b.add("Flaky payment test", Priority.HIGH, 2, Label.TEST, Label.BUG);
        b.add("Search endpoint", Priority.HIGH, 13, Label.FEATURE, Label.BACKEND);
        b.add("Refactor settings page", Priority.MEDIUM, 5, Label.UI);
        b.add("Update changelog", Priority.LOW, 1);
        b.add("Rate limiter", Priority.HIGH, 8, Label.BACKEND);

        String[] script = {
            "assign 1 ana", "move 1 DOING", "assign 2 ben", "assign 5 ben", "assign 5 cy", "move 5 DOING",
            "move 3 DOING", "assign 3 ana", "move 3 DOING", "move 3 REVIEW", "move 3 DONE", "move 3 TODO",
            "assign 4 ana", "move 4 DOING", "move 4 REVIEW", "move 4 DOING", "move 4 REVIEW", "move 4 DONE",
            "move 1 REVIEW", "move 1 DONE", "assign 8 ana", "assign 8 cy", "move 8 DOING", "move 2 DONE",
            "move 99 DOING", "assign 6 ben", "move 6 DOING", "move 6 REVIEW", "move 7 FINISHED", "bogus"
        };
        for (String cmd : script) {
            String[] p = cmd.split(" ");
            try {
                switch (p[0]) {
                    case "assign" -> b.assign(Integer.parseInt(p[1]), p[2]);
                    case "move" -> b.move(Integer.parseInt(p[1]), Column.valueOf(p[2]));
                    default -> throw new UnsupportedOperationException("unknown command '" + p[0] + "'");
                }
                System.out.println("ok   " + cmd);
            } catch (BoardException | UnsupportedOperationException e) {
                System.out.println("err  " + cmd + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                System.out.println("err  " + cmd + ": bad column (" + e.getMessage() + ")");
            }
        }
        b.print();

        try {
            for (Task t : b.column(Column.TODO)) {
                System.out.println("iterating " + t.shortCode());
                if (t.id() == 2) b.add("Sneaky task added mid-iteration", Priority.LOW, 1);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME: " + e.getMessage());
        }
        List<Integer> nums = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        try {
            for (Integer n : nums) if (n % 2 == 0) nums.remove(n);
        } catch (ConcurrentModificationException e) {
            System.out.println("list CME: " + e.getClass().getSimpleName() + " after " + nums);
        }
        nums.removeIf(n -> n % 2 == 0);
        System.out.println("removeIf: " + nums);

        System.out.println("--- queries ---");
        PriorityQueue<Task> pq = new PriorityQueue<>(b.tasks.values());
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) order.append(pq.poll().shortCode()).append(' ');
        System.out.println("by priority: " + order.toString().trim());
        EnumMap<Label, List<Integer>> byLabel = new EnumMap<>(Label.class);
        for (Task t : b.tasks.values()) for (Label l : t.labels) byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(t.id());
        System.out.println("by label: " + byLabel);
        EnumSet<Label> unused = EnumSet.allOf(Label.class);
        b.tasks.values().forEach(t -> unused.removeAll(t.labels));
        System.out.println("unused labels: " + unused + ", complement: " + EnumSet.complementOf(unused));
        System.out.println("range MEDIUM..CRITICAL: " + EnumSet.range(Priority.MEDIUM, Priority.CRITICAL));
        Map<String, Integer> load = new TreeMap<>();
        b.tasks.values().stream().filter(t -> t.assignee != null && t.column != Column.DONE)
                .forEach(t -> load.merge(t.assignee, t.estimate, Integer::sum));
        System.out.println("open load: " + load);
        System.out.println("max task: " + Identified.code(maxOf(b.tasks.values())));
        System.out.println("histories:");
        b.tasks.values().stream().filter(t -> t.history.size() > 1)
                .forEach(t -> System.out.println("  " + t.shortCode() + ": " + String.join(", ", t.history)));

        System.out.println("--- navigable maps ---");
        TreeMap<Integer, String> sprints = new TreeMap<>();
        for (int day = 1; day <= 60; day += 14) sprints.put(day, "sprint-" + (day / 14 + 1));
        for (int q : new int[]{0, 1, 10, 15, 29, 43, 57, 100})
            System.out.println("day " + q + ": floor=" + sprints.floorEntry(q) + " ceilingKey=" + sprints.ceilingKey(q)
                    + " lower=" + sprints.lowerKey(q) + " higher=" + sprints.higherKey(q));
        System.out.println("head(29)=" + sprints.headMap(29) + " tail(29)=" + sprints.tailMap(29, false)
                + " sub=" + sprints.subMap(10, true, 43, true) + " desc=" + sprints.descendingMap().keySet());
        System.out.println("first=" + sprints.firstEntry() + " last=" + sprints.lastKey() + " pollFirst=" + sprints.pollFirstEntry() + " now " + sprints.size());
        TreeSet<String> names = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Function.identity()));
        names.addAll(List.of("kiwi", "fig", "banana", "apple", "date", "cherry", "elderberry"));
        System.out.println(names + " floor(zzzz)=" + names.floor("zzzz") + " headSet(date)=" + names.headSet("date")
                + " descending=" + names.descendingSet() + " pollLast=" + names.pollLast());

        System.out.println("--- LRU ---");
        Lru<String, Integer> cache = new Lru<>(3);
        String[] accesses = {"a", "b", "c", "a", "d", "b", "e", "a", "c", "a"};
        int hits = 0, misses = 0;
        for (String k : accesses) {
            if (cache.get(k) != null) hits++;
            else { misses++; cache.put(k, k.charAt(0) - 'a'); }
            System.out.println("  access " + k + " -> " + cache.keySet());
        }
        System.out.println("hits=" + hits + " misses=" + misses + " evictions=" + cache.evictions);

        System.out.println("--- bits and collections ---");
        BitSet sieve = new BitSet(100);
        sieve.set(2, 100);
        for (int i = 2; i * i < 100; i++) if (sieve.get(i)) for (int j = i * i; j < 100; j += i) sieve.clear(j);
        System.out.println("primes<100: " + sieve.cardinality() + " " + sieve);
        BitSet odd = new BitSet();
        for (int i = 1; i < 100; i += 2) odd.set(i);
        BitSet oddPrimes = (BitSet) sieve.clone();
        oddPrimes.and(odd);
        System.out.println("odd primes: " + oddPrimes.cardinality() + ", next after 50: " + sieve.nextSetBit(50) + ", prev clear 97: " + sieve.previousClearBit(97));
        List<Integer> list = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList());
        Collections.rotate(list, 3);
        System.out.println("rotated: " + list);
        Collections.swap(list, 0, 9);
        Collections.reverse(list);
        System.out.println("swapped+reversed: " + list + " max=" + Collections.max(list) + " min=" + Collections.min(list, Comparator.reverseOrder()));
        Collections.sort(list);
        System.out.println("binarySearch 7: " + Collections.binarySearch(list, 7) + ", 11: " + Collections.binarySearch(list, 11));
        System.out.println("nCopies: " + Collections.nCopies(3, "ab") + " frequency: " + Collections.frequency(List.of(1, 2, 1, 3, 1), 1)
                + " disjoint: " + Collections.disjoint(List.of(1, 2), List.of(3, 4)));
        List<Object> sink = new ArrayList<>();
        addAllTo(sink, 5, 6, 7);
        System.out.println("sink: " + sink + " sum: " + sumAll(List.of(1, 2.5, 3L, 4.25f)));
        List<String> fixed = Arrays.asList("x", "y", "z");
        fixed.set(1, "Y");
        try {
            fixed.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("Arrays.asList is fixed-size: " + fixed);
        }
        try {
            List.of(1, 2).set(0, 5);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of is immutable");
        }
        try {
            Collections.unmodifiableMap(new TreeMap<>(Map.of("k", 1))).put("j", 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiableMap rejects put");
        }
        int[] arr = {9, 3, 7, 1, 8, 2};
        int[] copy = arr.clone();
        Arrays.sort(copy, 1, 5);
        System.out.println(Arrays.toString(arr) + " " + Arrays.toString(copy) + " " + Arrays.equals(arr, copy) + " " + Arrays.hashCode(arr)
                + " " + Arrays.binarySearch(new int[]{1, 3, 5, 7}, 4) + " " + Arrays.stream(arr).map(x -> x * x).sum());
        Integer[] boxed = {5, 1, 4};
        Arrays.sort(boxed, Collections.reverseOrder());
        int[][] grid = new int[3][4];
        for (int[] row : grid) Arrays.fill(row, 7);
        grid[1][2] = 0;
        System.out.println(Arrays.toString(boxed) + " " + Arrays.deepToString(grid) + " " + Arrays.asList(1, 2).equals(List.of(1, 2)));
        Map<Point, String> places = new HashMap<>();
        places.put(new Point(1, 2), "home");
        places.put(new Point(3, 4), "work");
        System.out.println(places.get(new Point(1, 2)) + " " + places.containsKey(new Point(3, 4)) + " " + places.get(new Point(4, 3)));
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (i * j == 6) { System.out.println("found i=" + i + " j=" + j); break outer; }
                if (j > i) continue outer;
            }
        }
        Supplier<List<String>> sup = ArrayList::new;
        List<String> made = sup.get();
        BiConsumer<List<String>, String> adder = List::add;
        adder.accept(made, "one");
        UnaryOperator<String> up = String::toUpperCase;
        Function<String, Integer> len = String::length;
        System.out.println(made + " " + up.andThen(s -> s + "!").apply("hey") + " " + len.compose(up).apply("four")
                + " " + BinaryOperator.minBy(Comparator.<Integer>naturalOrder()).apply(3, 2)
                + " " + Predicate.not(String::isEmpty).test("") + " " + Predicate.<Integer>isEqual(5).or(x -> x > 10).test(11));

        // finally: archiving a task still in progress fails; the failure propagates out of main
        Task inProgress = b.tasks.values().stream().filter(t -> t.column == Column.DOING).findFirst().orElseThrow();
        System.out.println("archiving " + Identified.code(inProgress));
        b.archive(inProgress.id());
    }

    void archive(int id) {
        try {
            checkArchivable(tasks.get(id));
        } catch (IllegalStateException e) {
            throw new BoardException("archive failed for task " + id, e);
        }
    }

    private void checkArchivable(Task t) {
        if (t.column != Column.DONE) throw new IllegalStateException(Identified.code(t) + " is still " + t.column);
    }
}
