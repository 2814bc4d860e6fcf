package modern25;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class UnnamedPatterns {
    sealed interface Event permits Login, Logout, Purchase, Error {}
    record Login(String user, int timestamp) implements Event {}
    record Logout(String user, int timestamp) implements Event {}
    record Purchase(String user, String item, int cents) implements Event {}
    record Error(int code, String message) implements Event {}

    static String summarize(Event e) {
        return switch (e) {
            case Login(var user, _) -> user + " logged in";
            case Logout(var user, _) -> user + " logged out";
            case Purchase(var user, _, var cents) when cents > 10_000 -> user + " made a big purchase";
            case Purchase(_, var item, _) -> "someone bought " + item;
            case Error(var code, _) when code >= 500 -> "server error " + code;
            case Error _ -> "client error";
        };
    }

    public static void main(String[] args) {
        List<Event> log = List.of(
            new Login("ann", 100), new Purchase("ann", "coffee", 450), new Purchase("bob", "espresso machine", 129_900),
            new Error(404, "not found"), new Logout("ann", 200), new Error(503, "unavailable"), new Login("cy", 300));
        for (Event e : log) System.out.println(summarize(e));
        int count = 0;
        for (var _ : log) count++;
        System.out.println("events: " + count);
        Map<String, Integer> spent = new TreeMap<>();
        for (Event e : log) {
            if (e instanceof Purchase(var user, _, var cents)) spent.merge(user, cents, Integer::sum);
        }
        System.out.println("spent: " + spent);
        List<String> parsed = new ArrayList<>();
        for (String s : new String[]{"12", "x", "7", "3.5"}) {
            try {
                parsed.add("int " + Integer.parseInt(s));
            } catch (NumberFormatException _) {
                parsed.add("skip " + s);
            }
        }
        System.out.println(parsed);
        var totals = new int[1];
        log.forEach(_ -> totals[0]++);
        System.out.println("lambda with unnamed param: " + totals[0]);
    }
}
