package sweep;
import java.util.*;
import java.util.concurrent.*;

public class ConcurrentDeques {
    public static void main(String[] args) throws Exception {
        LinkedBlockingDeque<Integer> d = new LinkedBlockingDeque<>(3);
        d.offerFirst(1); d.offerLast(2); d.push(0);
        System.out.println(d + " " + d.offerFirst(9) + " " + d.remainingCapacity() + " " + d.peekLast() + " " + d.pollLast() + " " + d);
        try { d.addFirst(5); d.addLast(6); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
        System.out.println(d + " " + d.takeLast() + " " + d.takeFirst() + " " + d.pollFirst(10, TimeUnit.MILLISECONDS) + " " + d.pollLast(10, TimeUnit.MILLISECONDS) + " " + d.poll(1, TimeUnit.MILLISECONDS));
        try { d.removeFirst(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { d.element(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { d.putFirst(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        LinkedBlockingDeque<String> work = new LinkedBlockingDeque<>();
        Thread producer = new Thread(() -> { try { for (int i = 0; i < 5; i++) work.putLast("job" + i); work.putFirst("urgent"); work.putLast("STOP"); } catch (InterruptedException e) { } });
        producer.start(); producer.join();
        List<String> got = new ArrayList<>();
        String s; while (!(s = work.takeFirst()).equals("STOP")) got.add(s);
        System.out.println(got);
        work.addAll(List.of("a", "b", "a", "c"));
        work.removeLastOccurrence("a");
        Iterator<String> di = work.descendingIterator(); StringBuilder sb = new StringBuilder(); while (di.hasNext()) sb.append(di.next()); System.out.println(sb + " " + work + " " + work.size() + " " + work.contains("c"));
        for (String x : work) if (x.equals("b")) work.remove(x);
        System.out.println(work + " " + new LinkedBlockingDeque<>(List.of(3, 4)));
        ConcurrentLinkedDeque<Integer> cd = new ConcurrentLinkedDeque<>(List.of(1, 2, 3));
        cd.addFirst(0); cd.offerLast(4); cd.push(-1);
        System.out.println(cd + " " + cd.peekFirst() + " " + cd.peekLast() + " " + cd.pollFirst() + " " + cd.pollLast() + " " + cd.pop() + " " + cd.size() + " " + cd);
        for (Integer i : cd) if (i % 2 == 0) cd.remove(i);
        System.out.println(cd + " " + cd.isEmpty() + " " + cd.contains(3) + " " + cd.contains(null));
        try { cd.add(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        cd.clear();
        try { cd.getFirst(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { cd.removeLast(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        System.out.println(cd.pollFirst() + " " + cd.peek() + " " + cd);
        ConcurrentLinkedDeque<String> shared = new ConcurrentLinkedDeque<>();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < 4; t++) { final int id = t; ts[t] = new Thread(() -> { for (int i = 0; i < 500; i++) { if (i % 2 == 0) shared.addFirst(id + ":" + i); else shared.addLast(id + ":" + i); } }); ts[t].start(); }
        for (Thread t : ts) t.join();
        int removed = 0; while (shared.pollLast() != null) removed++;
        System.out.println("removed " + removed);
        BlockingDeque<Integer> bd = new LinkedBlockingDeque<>(1);
        System.out.println(bd.offerLast(1, 5, TimeUnit.MILLISECONDS) + " " + bd.offerFirst(2, 5, TimeUnit.MILLISECONDS) + " " + bd.offer(3) + " " + bd);
    }
}
