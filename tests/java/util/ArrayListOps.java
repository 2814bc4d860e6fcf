package util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;

public class ArrayListOps {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        for (String s : "the quick brown fox jumps over the lazy dog".split(" ")) list.add(s);
        System.out.println(list + " size=" + list.size());
        list.add(0, "START");
        list.add(list.size(), "END");
        list.set(4, "FOX");
        System.out.println(list);
        System.out.println(list.indexOf("the") + " " + list.lastIndexOf("the") + " " + list.indexOf("cat") + " " + list.contains("lazy") + " " + list.get(5));
        System.out.println(list.remove(0) + " " + list.remove("the") + " " + list.remove("missing") + " " + list);
        list.removeIf(s -> s.length() <= 3);
        System.out.println(list);
        list.replaceAll(String::toUpperCase);
        System.out.println(list + " sub=" + list.subList(1, 3));
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 9, 1, 7, 3));
        nums.remove(Integer.valueOf(3));
        nums.remove(0);
        System.out.println(nums);
        Collections.sort(nums);
        System.out.println(nums + " max=" + Collections.max(nums) + " min=" + Collections.min(nums) + " freq3=" + Collections.frequency(nums, 3));
        Collections.reverse(nums);
        System.out.println(nums);
        Collections.swap(nums, 0, nums.size() - 1);
        System.out.println(nums + " binarySearch after sort: " + sortedSearch(nums, 7));
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 1000; i++) big.add(i * i % 97);
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println("big size=" + big.size() + " sum=" + sum + " first=" + big.get(0) + " last=" + big.get(999));
        big.subList(10, 990).clear();
        System.out.println("after subList clear: " + big.size() + " " + big);
        ListIterator<String> it = list.listIterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s.startsWith("Q")) it.set("quick!");
            else if (s.startsWith("J")) it.add("(inserted)");
        }
        System.out.println(list);
        while (it.hasPrevious()) System.out.print(it.previous() + (it.hasPrevious() ? "<" : "\n"));
        List<String> copy = new ArrayList<>(list);
        copy.addAll(1, List.of("a", "b"));
        System.out.println(copy + " equals=" + copy.equals(list) + " retain=" + copy.retainAll(List.of("a", "FOX")) + " " + copy);
        Object[] arr = list.toArray();
        String[] sarr = list.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr.getClass().getSimpleName() + " " + String.join("|", sarr));
        System.out.println(Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " " + Collections.singletonList(1) + " " + List.of().isEmpty());
        List<Integer> unmod = Collections.unmodifiableList(nums);
        try {
            unmod.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable: " + e.getClass().getSimpleName());
        }
        try {
            list.get(100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }

    static int sortedSearch(List<Integer> l, int key) {
        List<Integer> c = new ArrayList<>(l);
        Collections.sort(c);
        return Collections.binarySearch(c, key);
    }
}
