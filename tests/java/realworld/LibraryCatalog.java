package realworld;

import java.util.*;
import java.util.stream.*;

public class LibraryCatalog {
    enum Genre { FICTION, SCIENCE, HISTORY, POETRY, TECH }

    record Book(String isbn, String title, String author, int year, Genre genre) {}

    static class LruCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        LruCache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) System.out.println("  evict " + eldest.getKey());
            return evict;
        }
    }

    public static void main(String[] args) {
        List<Book> books = new ArrayList<>();
        String[] titles = { "Dune", "Cosmos", "SPQR", "Odyssey", "SICP", "Emma", "Brief History", "Leaves", "Clean Code", "Beloved", "Gene", "Guns Germs", "Ariel", "Refactoring",
            "Ulysses", "Origin", "Postwar", "Howl", "TAOCP", "Hamlet" };
        Genre[] gs = Genre.values();
        for (int i = 0; i < titles.length; i++) {
            books.add(new Book(String.format("978-%04d", (i * 7919) % 10000), titles[i], "Author" + (char) ('A' + i % 7), 1900 + (i * 37) % 120, gs[i % gs.length]));
        }

        // HashMap iteration order with many keys, resizes and removals
        Map<String, Book> byIsbn = new HashMap<>();
        for (Book b : books) byIsbn.put(b.isbn(), b);
        System.out.println("isbn keys: " + byIsbn.keySet());
        byIsbn.keySet().removeIf(k -> k.endsWith("3") || k.endsWith("7"));
        System.out.println("after removeIf: " + byIsbn.keySet());
        Map<Integer, String> byYear = new HashMap<>();
        for (Book b : books) byYear.merge(b.year(), b.title(), (a, c) -> a + "+" + c);
        System.out.println("byYear: " + byYear);
        Set<Object> mixed = new HashSet<>(List.of(-1, 100000, 'c', "str", 2.5, -7L, 1 << 20, true, "Aa", "BB"));
        System.out.println("mixed set size " + mixed.size() + " contains BB " + mixed.contains("BB"));
        Map<String, Integer> collide = new HashMap<>();
        for (String s : List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb", "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES")) collide.put(s, s.hashCode());
        System.out.println("collide: " + collide);
        HashMap<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 200; i += 3) big.put(i * 31 % 97 - 40, i);
        System.out.println("big keys: " + big.keySet());
        Iterator<Map.Entry<Integer, Integer>> it = big.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, Integer> e = it.next();
            if (e.getKey() < 0) it.remove();
            else e.setValue(e.getValue() * 2);
        }
        System.out.println("big after: " + big);
        Set<Double> doubles = new HashSet<>();
        for (int i = -5; i <= 5; i++) doubles.add(i / 4.0);
        doubles.add(-0.0);
        doubles.add(Double.NaN);
        System.out.println("doubles: " + doubles);
        Set<Long> longs = new HashSet<>(List.of(1L << 40, -1L, 0L, Long.MIN_VALUE, 123456789012L));
        System.out.println("longs: " + longs);

        // LinkedHashMap orders
        LruCache<String, Integer> cache = new LruCache<>(3);
        for (String k : List.of("a", "b", "c", "a", "d", "b", "e")) {
            cache.merge(k, 1, Integer::sum);
            System.out.println("put " + k + " -> " + cache);
        }
        cache.get("d");
        System.out.println("after get d: " + cache.keySet());
        LinkedHashSet<String> lhs = new LinkedHashSet<>(List.of("z", "y", "x"));
        lhs.add("y");
        lhs.remove("z");
        lhs.add("z");
        System.out.println("lhs: " + lhs);

        // PriorityQueue internal order (toString shows the heap array)
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        for (int v : new int[] { 9, 4, 7, 1, 8, 2, 6, 3, 5 }) heap.offer(v);
        System.out.println("heap: " + heap + " peek " + heap.peek());
        heap.remove(7);
        heap.poll();
        System.out.println("heap after: " + heap + " array " + Arrays.toString(heap.toArray()));
        PriorityQueue<Book> oldest = new PriorityQueue<>(Comparator.comparingInt(Book::year).thenComparing(Book::title));
        oldest.addAll(books);
        List<String> firstFive = new ArrayList<>();
        for (int i = 0; i < 5; i++) firstFive.add(oldest.poll().title());
        System.out.println("oldest: " + firstFive);
        PriorityQueue<String> maxHeap = new PriorityQueue<>(Collections.reverseOrder());
        maxHeap.addAll(List.of("m", "a", "z", "q", "b"));
        System.out.println("maxHeap: " + maxHeap);

        // ArrayDeque as ring buffer
        ArrayDeque<Integer> ring = new ArrayDeque<>(4);
        for (int i = 0; i < 10; i++) {
            ring.offerLast(i);
            if (ring.size() > 4) ring.pollFirst();
        }
        ring.offerFirst(-1);
        System.out.println("ring: " + ring + " desc: " + iterToList(ring.descendingIterator()) + " contains 7: " + ring.contains(7));
        ring.removeFirstOccurrence(7);
        ring.removeLastOccurrence(9);
        System.out.println("ring after: " + ring);

        // TreeMap / TreeSet navigation over records
        TreeMap<Integer, List<String>> decades = books.stream().collect(Collectors.groupingBy(b -> b.year() / 10 * 10, TreeMap::new, Collectors.mapping(Book::title, Collectors.toList())));
        System.out.println("decades: " + decades);
        System.out.println("floorEntry(1955): " + decades.floorEntry(1955) + " ceilingKey(1955): " + decades.ceilingKey(1955) + " headMap(1940,true): " + decades.headMap(1940, true).keySet()
            + " descendingKeys: " + decades.descendingKeySet() + " firstEntry: " + decades.firstEntry().getKey() + " pollLast: " + decades.pollLastEntry().getKey());
        TreeSet<String> titleSet = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        titleSet.addAll(Arrays.asList(titles));
        System.out.println("titles by length: " + titleSet);
        System.out.println("subSet: " + titleSet.subSet("Emma", "Postwar") + " headSet(Howl): " + titleSet.headSet("Howl") + " tailSet(Refactoring,false): " + titleSet.tailSet("Refactoring", false)
            + " lower(Gene): " + titleSet.lower("Gene") + " higher(Gene): " + titleSet.higher("Gene") + " pollFirst: " + titleSet.pollFirst() + " first: " + titleSet.first() + " last: " + titleSet.last());
        NavigableMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String w : "the The THE quick Quick brown".split(" ")) ci.merge(w, 1, Integer::sum);
        System.out.println("case-insensitive: " + ci);

        // EnumMap / EnumSet
        EnumMap<Genre, Long> perGenre = books.stream().collect(Collectors.groupingBy(Book::genre, () -> new EnumMap<>(Genre.class), Collectors.counting()));
        perGenre.remove(Genre.POETRY);
        System.out.println("perGenre: " + perGenre + " containsKey(POETRY) " + perGenre.containsKey(Genre.POETRY) + " keySet " + perGenre.keySet() + " values " + perGenre.values());
        EnumSet<Genre> nonFiction = EnumSet.of(Genre.SCIENCE, Genre.HISTORY, Genre.TECH);
        EnumSet<Genre> all = EnumSet.allOf(Genre.class);
        all.removeAll(nonFiction);
        System.out.println("nonFiction: " + nonFiction + " rest: " + all + " copyOf: " + EnumSet.copyOf(List.of(Genre.TECH, Genre.FICTION)));

        // Collections views and utilities
        List<String> authors = books.stream().map(Book::author).distinct().sorted().collect(Collectors.toList());
        List<String> syncView = Collections.synchronizedList(new ArrayList<>(authors));
        Collections.swap(syncView, 0, syncView.size() - 1);
        System.out.println("authors: " + authors + " swapped: " + syncView);
        Map<String, Integer> um = Collections.unmodifiableMap(new TreeMap<>(Map.of("x", 1, "y", 2)));
        try {
            um.put("z", 3);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable map UOE");
        }
        List<Integer> nums = new ArrayList<>(IntStream.range(0, 10).boxed().collect(Collectors.toList()));
        List<Integer> sub = nums.subList(2, 6);
        sub.set(0, 99);
        sub.remove(Integer.valueOf(3));
        sub.add(42);
        System.out.println("subList: " + sub + " backing: " + nums);
        sub.clear();
        System.out.println("after clear: " + nums + " " + Collections.indexOfSubList(nums, List.of(7, 8)) + " " + Collections.lastIndexOfSubList(List.of(1, 2, 1, 2), List.of(1, 2)));
        List<String> fill = new ArrayList<>(Collections.nCopies(4, "."));
        Collections.fill(fill, "#");
        List<String> dst = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
        Collections.copy(dst, fill);
        Collections.addAll(dst, "x", "y");
        System.out.println(fill + " " + dst + " " + Collections.replaceAll(dst, "#", "*") + " " + dst);
        List<Integer> shuffled = IntStream.rangeClosed(1, 20).boxed().collect(Collectors.toList());
        Collections.shuffle(shuffled, new Random(2024));
        System.out.println("shuffled: " + shuffled);
        Random r = new Random(99);
        StringBuilder rs = new StringBuilder();
        for (int i = 0; i < 5; i++) rs.append(r.nextInt(6) + 1).append(r.nextInt()).append(' ').append(r.nextFloat()).append(' ');
        System.out.println("dice: " + rs + r.doubles(3).boxed().collect(Collectors.toList()) + " " + r.longs(2, 0, 1000).boxed().collect(Collectors.toList()));
        Object[] arr = books.stream().map(Book::genre).distinct().toArray();
        System.out.println(arr.length + " " + Arrays.toString(arr) + " " + Arrays.asList(arr).indexOf(Genre.TECH));
        System.out.println("Vector/Stack: " + stackDemo() + " BitSet: " + bitsDemo());
        Hashtable<String, Integer> ht = new Hashtable<>();
        for (String w : "one two three four five".split(" ")) ht.put(w, w.length());
        System.out.println("hashtable: " + ht + " " + new TreeMap<>(ht).firstKey());
    }

    static <T> List<T> iterToList(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    static String stackDemo() {
        Stack<String> st = new Stack<>();
        st.push("a");
        st.push("b");
        st.push("c");
        String top = st.pop();
        Vector<Integer> v = new Vector<>(List.of(3, 1, 2));
        v.addElement(0);
        v.insertElementAt(9, 1);
        return st + " top=" + top + " peek=" + st.peek() + " search(a)=" + st.search("a") + " empty=" + st.empty() + " v=" + v + " first=" + v.firstElement() + " cap>0=" + (v.capacity() > 0);
    }

    static String bitsDemo() {
        BitSet sieve = new BitSet(60);
        sieve.set(2, 60);
        for (int p = 2; p * p < 60; p = sieve.nextSetBit(p + 1))
            for (int m = p * p; m < 60; m += p) sieve.clear(m);
        BitSet odd = new BitSet();
        for (int i = 1; i < 60; i += 2) odd.set(i);
        BitSet both = (BitSet) sieve.clone();
        both.and(odd);
        return sieve.cardinality() + " " + sieve + " " + both.equals(sieve) + " " + sieve.nextClearBit(2) + " " + sieve.previousSetBit(50) + " " + sieve.length() + " " + Arrays.toString(sieve.toLongArray())
            + " " + sieve.stream().limit(4).boxed().collect(Collectors.toList());
    }
}
