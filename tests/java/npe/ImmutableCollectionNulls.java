package npe;

import java.util.*;

/** Null arguments to the immutable collections: which NullPointerExceptions carry helpful messages. */
public class ImmutableCollectionNulls {
    static void t(String l, Runnable r) {
        try {
            r.run();
            System.out.println(l + " ok");
        } catch (Exception e) {
            System.out.println(l + " " + e);
        }
    }

    public static void main(String[] args) {
        t("Set.of().contains", () -> Set.of().contains(null));
        t("Set.of(1).contains", () -> Set.of(1).contains(null));
        t("Set.of(1,2).contains", () -> Set.of(1,2).contains(null));
        t("Set.of(1,2,3).contains", () -> Set.of(1,2,3).contains(null));
        t("List.of().contains", () -> List.of().contains(null));
        t("List.of(1).contains", () -> List.of(1).contains(null));
        t("List.of(1,2,3).contains", () -> List.of(1,2,3).contains(null));
        t("List.of(1).indexOf", () -> List.of(1).indexOf(null));
        t("List.of(1,2,3).indexOf", () -> List.of(1,2,3).indexOf(null));
        t("List.of(1,2,3).lastIndexOf", () -> List.of(1,2,3).lastIndexOf(null));
        t("Map.of().containsKey", () -> Map.of().containsKey(null));
        t("Map.of(1,1).containsKey", () -> Map.of(1,1).containsKey(null));
        t("Map.of(1,1,2,2).containsKey", () -> Map.of(1,1,2,2).containsKey(null));
        t("Map.of(1,1).containsValue", () -> Map.of(1,1).containsValue(null));
        t("Map.of(1,1,2,2).containsValue", () -> Map.of(1,1,2,2).containsValue(null));
        t("Map.of(1,1).get", () -> Map.of(1,1).get(null));
        t("Map.of(1,1,2,2).get", () -> Map.of(1,1,2,2).get(null));
        t("Map.of().get", () -> Map.of().get(null));
        t("Map.of(1,1).getOrDefault", () -> Map.of(1,1).getOrDefault(null, 2));
        t("Set.of(1,2,3).containsAll", () -> Set.of(1,2,3).containsAll(Arrays.asList(1, null)));
        t("Set.copyOf", () -> Set.copyOf(Arrays.asList(1, null)));
        t("List.copyOf", () -> List.copyOf(Arrays.asList(1, null)));
        t("Set.of(null)", () -> Set.of((Object) null));
        t("Set.of(1,null)", () -> Set.of(1, null));
        t("Set.of(1,2,null)", () -> Set.of(1, 2, null));
        t("List.of(null)", () -> List.of((Object) null));
        t("List.of(1,2,null)", () -> List.of(1, 2, null));
        t("Map.of(null,1)", () -> Map.of(null, 1));
        t("Map.of(1,null)", () -> Map.of(1, null));
        t("Map.of(1,1,null,2)", () -> Map.of(1, 1, null, 2));
        t("Map.entry(null,1)", () -> Map.entry(null, 1));
        t("List.of(1).subList.contains", () -> List.of(1,2,3).subList(0,2).contains(null));
        t("Set.of(1,2).remove", () -> Set.of(1,2).remove(null));
        t("Collections.emptySet", () -> Collections.emptySet().contains(null));
        t("Set.of(1,2,3).stream().toList().contains", () -> Set.of(1,2,3).stream().toList().contains(null));
        t("Stream.toList().indexOf", () -> java.util.stream.Stream.of(1,2).toList().indexOf(null));

        t("ofEntries(null)", () -> Map.ofEntries((Map.Entry<Integer,Integer>) null));
        t("ofEntries(e,null)", () -> Map.ofEntries(Map.entry(1,1), null));
        t("ofEntries(e,e,null)", () -> Map.ofEntries(Map.entry(1,1), Map.entry(2,2), null));
        t("ofEntries(null arr)", () -> Map.ofEntries((Map.Entry<Integer,Integer>[]) null));
        t("Set.of(null arr)", () -> Set.of((Integer[]) null));
        t("List.of(null arr)", () -> List.of((Integer[]) null));
        t("Set.of(null,1)", () -> Set.of(null, 1));
        t("Set.of(1,2,3,null)", () -> Set.of(1, 2, 3, null));
        t("Set.of(1,1,null)", () -> Set.of(1, 1, null));
        t("Map.copyOf", () -> { Map<Integer,Integer> m = new HashMap<>(); m.put(null, 1); Map.copyOf(m); });
        t("Map.of(1,1,2,2).getOrDefault", () -> Map.of(1,1,2,2).getOrDefault(null, 3));
        t("Map.of(1,1).equals", () -> System.out.print(Map.of(1,1).equals(Collections.singletonMap(null, 1))));
        t("Set.of(1).equals", () -> System.out.print(Set.of(1).equals(Collections.singleton(null))));
        t("Set.of(1).containsAll", () -> Set.of(1).containsAll(Arrays.asList(1, null)));
        t("Map.of(1,1).keySet().contains", () -> Map.of(1,1).keySet().contains(null));
        t("Map.of(1,1,2,2).keySet().contains", () -> Map.of(1,1,2,2).keySet().contains(null));
        t("Map.of(1,1).values().contains", () -> Map.of(1,1).values().contains(null));
        t("Map.of(1,1).entrySet().contains", () -> Map.of(1,1).entrySet().contains(null));
    }
}
