package apps;

import java.util.*;
import java.util.stream.*;

/** Discrete-event simulation of a bank of elevators with a seeded random passenger stream. */
public class ElevatorSim {

    enum Dir {
        UP(1), DOWN(-1), IDLE(0);
        final int step;
        Dir(int step) { this.step = step; }
        Dir opposite() { return this == UP ? DOWN : this == DOWN ? UP : IDLE; }
    }

    record Passenger(int id, int from, int to, int arrival) {
        Dir dir() { return to > from ? Dir.UP : Dir.DOWN; }
    }

    static abstract sealed class Event implements Comparable<Event> permits Arrival, Tick, Report {
        private static long counter;
        final int time;
        final long seq = counter++;
        Event(int time) { this.time = time; }
        abstract int priority();
        @Override public int compareTo(Event o) {
            int c = Integer.compare(time, o.time);
            if (c != 0) return c;
            c = Integer.compare(priority(), o.priority());
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
    static final class Arrival extends Event {
        final Passenger p;
        Arrival(int t, Passenger p) { super(t); this.p = p; }
        int priority() { return 0; }
    }
    static final class Tick extends Event {
        Tick(int t) { super(t); }
        int priority() { return 1; }
    }
    static final class Report extends Event {
        Report(int t) { super(t); }
        int priority() { return 2; }
    }

    static final class Car {
        final int id;
        final int capacity;
        int floor;
        Dir dir = Dir.IDLE;
        final List<Passenger> riders = new ArrayList<>();
        final TreeSet<Integer> stops = new TreeSet<>();
        int doorTimer;
        int moved, served;

        Car(int id, int capacity, int floor) { this.id = id; this.capacity = capacity; this.floor = floor; }

        boolean full() { return riders.size() >= capacity; }

        int cost(int callFloor, Dir callDir) {
            int dist = Math.abs(floor - callFloor);
            if (dir == Dir.IDLE) return dist;
            boolean ahead = dir == Dir.UP ? callFloor >= floor : callFloor <= floor;
            if (ahead && dir == callDir) return dist;
            int far = dir == Dir.UP ? (stops.isEmpty() ? floor : Math.max(floor, stops.last())) : (stops.isEmpty() ? floor : Math.min(floor, stops.first()));
            return Math.abs(far - floor) + Math.abs(far - callFloor) + 3;
        }

        @Override public String toString() {
            return String.format("car%d@%02d %-4s load=%d stops=%s", id, floor, dir, riders.size(), stops);
        }
    }

    static final class Building {
        final int floors;
        final List<Car> cars = new ArrayList<>();
        final Map<Integer, Deque<Passenger>> waitingUp = new TreeMap<>();
        final Map<Integer, Deque<Passenger>> waitingDown = new TreeMap<>();
        final List<Integer> waitTimes = new ArrayList<>();
        final List<Integer> tripTimes = new ArrayList<>();
        final Map<Integer, Integer> boardedAt = new HashMap<>();
        final StringBuilder log = new StringBuilder();
        int now;

        Building(int floors, int cars, int capacity) {
            this.floors = floors;
            for (int i = 0; i < cars; i++) this.cars.add(new Car(i, capacity, i * (floors - 1) / Math.max(1, cars - 1)));
        }

        Deque<Passenger> queue(int floor, Dir d) {
            return (d == Dir.UP ? waitingUp : waitingDown).computeIfAbsent(floor, k -> new ArrayDeque<>());
        }

        void arrive(Passenger p) {
            queue(p.from(), p.dir()).add(p);
            Car best = cars.stream()
                    .min(Comparator.comparingInt((Car c) -> c.cost(p.from(), p.dir())).thenComparingInt(c -> c.riders.size()).thenComparingInt(c -> c.id))
                    .orElseThrow();
            best.stops.add(p.from());
            if (p.id() % 10 == 0)
                log.append(String.format("t=%4d p%-3d %2d->%2d assigned car%d (cost %d)%n", now, p.id(), p.from(), p.to(), best.id, best.cost(p.from(), p.dir())));
        }

        void reassign() {
            for (Dir d : new Dir[]{Dir.UP, Dir.DOWN}) {
                Map<Integer, Deque<Passenger>> m = d == Dir.UP ? waitingUp : waitingDown;
                for (Map.Entry<Integer, Deque<Passenger>> e : m.entrySet()) {
                    int f = e.getKey();
                    if (e.getValue().isEmpty()) continue;
                    if (cars.stream().anyMatch(c -> c.stops.contains(f) && !c.full())) continue;
                    Optional<Car> best = cars.stream().filter(c -> !c.full() && !(c.floor == f && c.doorTimer > 0))
                            .min(Comparator.comparingInt((Car c) -> c.cost(f, d)).thenComparingInt(c -> c.id));
                    best.ifPresent(c -> {
                        c.stops.add(f);
                        reassigned++;
                    });
                }
            }
        }

        int reassigned;

        void step() {
            reassign();
            for (Car c : cars) {
                if (c.doorTimer > 0) { c.doorTimer--; continue; }
                if (c.stops.remove(c.floor)) {
                    unload(c);
                    load(c);
                    c.doorTimer = 2;
                    continue;
                }
                if (c.stops.isEmpty()) { c.dir = Dir.IDLE; continue; }
                if (c.dir == Dir.IDLE) c.dir = c.stops.first() > c.floor ? Dir.UP : Dir.DOWN;
                if (c.dir == Dir.UP && c.stops.ceiling(c.floor) == null) c.dir = Dir.DOWN;
                if (c.dir == Dir.DOWN && c.stops.floor(c.floor) == null) c.dir = Dir.UP;
                c.floor += c.dir.step;
                c.moved++;
            }
        }

        private void unload(Car c) {
            Iterator<Passenger> it = c.riders.iterator();
            while (it.hasNext()) {
                Passenger p = it.next();
                if (p.to() == c.floor) {
                    it.remove();
                    c.served++;
                    tripTimes.add(now - boardedAt.remove(p.id()));
                }
            }
        }

        private void load(Car c) {
            Dir pref = c.dir == Dir.IDLE ? (queue(c.floor, Dir.UP).isEmpty() ? Dir.DOWN : Dir.UP) : c.dir;
            if (queue(c.floor, pref).isEmpty()) pref = pref.opposite();
            Deque<Passenger> q = queue(c.floor, pref);
            while (!q.isEmpty() && !c.full()) {
                Passenger p = q.poll();
                c.riders.add(p);
                c.stops.add(p.to());
                boardedAt.put(p.id(), now);
                waitTimes.add(now - p.arrival());
            }
            if (c.dir == Dir.IDLE && !c.riders.isEmpty()) c.dir = pref;
        }

        int waiting() {
            return Stream.concat(waitingUp.values().stream(), waitingDown.values().stream()).mapToInt(Deque::size).sum();
        }

        int riding() { return cars.stream().mapToInt(c -> c.riders.size()).sum(); }
    }

    static String stats(String label, List<Integer> xs) {
        if (xs.isEmpty()) return label + ": none";
        int[] a = xs.stream().mapToInt(Integer::intValue).sorted().toArray();
        double mean = Arrays.stream(a).average().orElse(0);
        double var = Arrays.stream(a).mapToDouble(x -> (x - mean) * (x - mean)).sum() / a.length;
        return String.format("%s: n=%d min=%d p50=%d p90=%d max=%d mean=%.2f sd=%.2f", label, a.length, a[0],
                a[a.length / 2], a[(int) Math.floor(a.length * 0.9)], a[a.length - 1], mean, Math.sqrt(var));
    }

    static void run(String name, long seed, int floors, int carCount, int capacity, int passengers, double lobbyBias) {
        System.out.println("=== scenario " + name + " (seed " + seed + ", " + floors + " floors, " + carCount + " cars x " + capacity + ") ===");
        Random rnd = new Random(seed);
        Building b = new Building(floors, carCount, capacity);
        PriorityQueue<Event> events = new PriorityQueue<>();
        int t = 0;
        for (int i = 0; i < passengers; i++) {
            t += 1 + rnd.nextInt(4);
            int from, to;
            if (rnd.nextDouble() < lobbyBias) {
                from = 0;
                to = 1 + rnd.nextInt(floors - 1);
            } else {
                from = rnd.nextInt(floors);
                do { to = rnd.nextInt(floors); } while (to == from);
            }
            events.add(new Arrival(t, new Passenger(i, from, to, t)));
        }
        events.add(new Tick(0));
        for (int r = 50; r <= 400; r += 50) events.add(new Report(r));
        int arrivals = 0, ticks = 0;
        while (!events.isEmpty()) {
            Event e = events.poll();
            b.now = e.time;
            if (e instanceof Arrival a) {
                arrivals++;
                b.arrive(a.p);
            } else if (e instanceof Tick) {
                ticks++;
                b.step();
                boolean busy = b.waiting() > 0 || b.riding() > 0 || arrivals < passengers
                        || b.cars.stream().anyMatch(c -> !c.stops.isEmpty());
                if (busy && e.time < 5000) events.add(new Tick(e.time + 1));
            } else if (e instanceof Report) {
                System.out.printf("t=%3d waiting=%2d riding=%2d%n", e.time, b.waiting(), b.riding());
                for (Car c : b.cars) System.out.println("       " + c);
            }
        }
        System.out.print(b.log);
        System.out.println("finished at t=" + b.now + " after " + ticks + " ticks, " + b.reassigned + " reassignments");
        System.out.println(stats("wait", b.waitTimes));
        System.out.println(stats("trip", b.tripTimes));
        for (Car c : b.cars) System.out.printf("car%d moved %d floors, served %d%n", c.id, c.moved, c.served);
        int served = b.cars.stream().mapToInt(c -> c.served).sum();
        System.out.println("served " + served + "/" + passengers + (served == passengers ? "" : " (INCOMPLETE)"));
        Map<Integer, Long> hist = b.waitTimes.stream().collect(Collectors.groupingBy(w -> w / 10 * 10, TreeMap::new, Collectors.counting()));
        hist.forEach((bucket, n) -> System.out.printf("  %3d-%-3d %s %d%n", bucket, bucket + 9, "#".repeat((int) Math.min(60, n)), n));
    }

    public static void main(String[] args) {
        run("small office", 42L, 8, 2, 6, 60, 0.5);
        run("tower morning", 7L, 20, 4, 10, 120, 0.85);
        run("single car", 123456789L, 6, 1, 4, 40, 0.2);
        Random r = new Random(99);
        StringBuilder sb = new StringBuilder("random probes:");
        for (int i = 0; i < 8; i++) sb.append(' ').append(r.nextInt(1000));
        sb.append(" | ").append(r.nextLong()).append(" | ").append(r.nextBoolean()).append(" | ");
        sb.append(String.format("%.6f", r.nextGaussian()));
        System.out.println(sb);
        List<Integer> shuffled = IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toList());
        Collections.shuffle(shuffled, new Random(5));
        System.out.println("shuffled: " + shuffled);
        int[] ints = new Random(8).ints(10, -50, 50).toArray();
        System.out.println("ints: " + Arrays.toString(ints));
    }
}
