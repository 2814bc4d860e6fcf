package util;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.PriorityQueue;
import java.util.Queue;

public class CollectionsMisc {
    public static void main(String[] args) {
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 1; i <= 5; i++) { ll.addFirst(i); ll.addLast(i * 10); }
        System.out.println(ll + " first=" + ll.getFirst() + " last=" + ll.getLast());
        System.out.println(ll.removeFirst() + " " + ll.removeLast() + " " + ll.pollFirst() + " " + ll.peekLast() + " " + ll);
        ll.add(3, 999);
        ll.remove(Integer.valueOf(10));
        System.out.println(ll + " indexOf(999)=" + ll.indexOf(999));
        Iterator<Integer> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next()).append(' ');
        System.out.println("descending: " + sb);
        Deque<String> stack = new ArrayDeque<>();
        for (String s : "a b c d".split(" ")) stack.push(s);
        System.out.println(stack + " peek=" + stack.peek() + " pop=" + stack.pop() + " " + stack);
        Queue<String> queue = new ArrayDeque<>();
        for (String s : "x y z".split(" ")) queue.offer(s);
        System.out.println(queue.poll() + " " + queue.peek() + " " + queue + " " + queue.size());
        Deque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 20; i++) { if (i % 3 == 0) dq.offerFirst(i); else dq.offerLast(i); }
        System.out.println(dq);
        while (dq.size() > 4) { dq.pollFirst(); dq.pollLast(); }
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.peekLast());
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {42, 7, 19, 3, 88, 3, 51, 0, -4};
        for (int v : vals) pq.add(v);
        StringBuilder out = new StringBuilder();
        while (!pq.isEmpty()) out.append(pq.poll()).append(' ');
        System.out.println("pq ascending: " + out);
        PriorityQueue<String> maxHeap = new PriorityQueue<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        for (String s : "pear fig banana kiwi apple plum date".split(" ")) maxHeap.offer(s);
        out.setLength(0);
        while (!maxHeap.isEmpty()) out.append(maxHeap.remove()).append(' ');
        System.out.println("by length desc: " + out);
        ArrayDeque<Character> brackets = new ArrayDeque<>();
        String expr = "{[()()]([]{})}";
        boolean ok = true;
        for (char c : expr.toCharArray()) {
            if ("([{".indexOf(c) >= 0) brackets.push(c);
            else {
                char open = brackets.isEmpty() ? '?' : brackets.pop();
                if ("([{".indexOf(open) != ")]}".indexOf(c)) ok = false;
            }
        }
        System.out.println("balanced " + expr + ": " + (ok && brackets.isEmpty()));
        try {
            new ArrayDeque<String>().pop();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("empty pop: " + e.getClass().getSimpleName());
        }
        try {
            new ArrayDeque<String>().addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque rejects null");
        }
    }
}
