package util;

import java.util.*;
import java.util.function.*;

public class DequeModification {
    static void p(Object o) { System.out.println(o); }
    static void t(String label, Runnable r) {
        try { r.run(); p(label + ": ok"); } catch (RuntimeException e) { p(label + ": " + e.getClass().getSimpleName()); }
    }
    static ArrayDeque<Integer> make(int kind, int n) {
        ArrayDeque<Integer> d;
        switch (kind) {
            case 0: d = new ArrayDeque<>(); for (int i = 0; i < n; i++) d.addLast(i); break;
            case 1: d = new ArrayDeque<>(); for (int i = 0; i < n; i++) d.addFirst(i); break;
            case 2: { List<Integer> l = new ArrayList<>(); for (int i = 0; i < n; i++) l.add(i); d = new ArrayDeque<>(l); break; }
            case 3: d = new ArrayDeque<>(2); for (int i = 0; i < n; i++) { if (i % 2 == 0) d.addFirst(i); else d.addLast(i); } break;
            default: d = new ArrayDeque<>(n); for (int i = 0; i < n + 5; i++) d.addLast(i); for (int i = 0; i < 5; i++) d.pollFirst(); break;
        }
        return d;
    }
    public static void main(String[] args) {
        for (int kind = 0; kind < 5; kind++) {
            for (int n : new int[]{1, 2, 3, 7, 15, 16, 17, 30}) {
                final int k = kind, nn = n;
                StringBuilder sb = new StringBuilder("kind " + kind + " n " + n + " ");
                // add while iterating: how far does the iterator get?
                ArrayDeque<Integer> d1 = make(k, nn);
                List<Integer> seen = new ArrayList<>();
                try { for (Integer x : d1) { seen.add(x); if (seen.size() <= 3) d1.addLast(100 + x); } sb.append("addLast ok ").append(seen); }
                catch (ConcurrentModificationException e) { sb.append("addLast CME after ").append(seen.size()); }
                ArrayDeque<Integer> d2 = make(k, nn);
                seen.clear();
                try { for (Integer x : d2) { seen.add(x); if (seen.size() <= 2) d2.addFirst(-x - 1); } sb.append(" addFirst ok ").append(seen); }
                catch (ConcurrentModificationException e) { sb.append(" addFirst CME after ").append(seen.size()); }
                ArrayDeque<Integer> d3 = make(k, nn);
                seen.clear();
                try { for (Integer x : d3) { seen.add(x); if (seen.size() == 1) d3.pollLast(); } sb.append(" pollLast ok ").append(seen); }
                catch (RuntimeException e) { sb.append(" pollLast ").append(e.getClass().getSimpleName()).append(" after ").append(seen.size()); }
                ArrayDeque<Integer> d4 = make(k, nn);
                seen.clear();
                try { d4.forEach(x -> { seen.add(x); if (seen.size() == 1) d4.addFirst(99); }); sb.append(" forEach+addFirst ok ").append(seen.size()); }
                catch (ConcurrentModificationException e) { sb.append(" forEach+addFirst CME after ").append(seen.size()); }
                ArrayDeque<Integer> d5 = make(k, nn);
                seen.clear();
                try { Iterator<Integer> it = d5.iterator(); it.next(); d5.addLast(500); it.forEachRemaining(seen::add); sb.append(" fER ok ").append(seen.size()); }
                catch (RuntimeException e) { sb.append(" fER ").append(e.getClass().getSimpleName()); }
                p(sb);
                ArrayDeque<Integer> d6 = make(k, nn);
                d6.removeIf(x -> x % 3 == 1);
                seen.clear();
                try { for (Integer x : d6) { seen.add(x); if (seen.size() == 1) { d6.addLast(7); d6.addLast(8); } } p("  removeIf then add ok " + seen); }
                catch (ConcurrentModificationException e) { p("  removeIf then add CME after " + seen.size() + " " + d6); }
                ArrayDeque<Integer> d7 = make(k, nn);
                Iterator<Integer> it7 = d7.iterator();
                while (it7.hasNext()) { int x = it7.next(); if (x % 2 == 0) it7.remove(); }
                Iterator<Integer> dit = d7.descendingIterator();
                StringBuilder ds = new StringBuilder();
                while (dit.hasNext()) { int x = dit.next(); if (x % 3 == 0) dit.remove(); ds.append(x).append(' '); }
                p("  " + d7 + " desc " + ds + d7.size());
            }
        }
        ArrayDeque<String> q = new ArrayDeque<>(List.of("a", "b", "c"));
        t("bfs-add", () -> { for (String s : q) if (s.length() < 3) q.add(s + "x"); });
        p(q);
        ArrayDeque<String> q2 = new ArrayDeque<>(List.of("a", "b", "c"));
        t("bfs-poll", () -> { for (String s : q2) q2.poll(); });
        p(q2);
        ArrayDeque<Integer> big = new ArrayDeque<>();
        for (int i = 0; i < 100; i++) { big.offer(i); if (i % 3 == 0) big.poll(); }
        t("big", () -> { int c = 0; for (Integer x : big) { if (c++ == 10) big.push(-1); } });
        p(big.size() + " " + big.peekFirst() + " " + big.peekLast());
        ArrayDeque<Integer> ra = new ArrayDeque<>(List.of(1, 2, 3, 4, 5, 6));
        t("removeIf-add", () -> ra.removeIf(x -> { if (x == 3) ra.add(9); return x % 2 == 0; }));
        p(ra);
    }
}
