package modern25;

import java.util.ArrayList;
import java.util.List;

// JEP 512: the launcher runs an instance main() with no parameters, creating the instance first.
public class InstanceMain {
    static {
        IO.println("static init");
    }

    private final List<String> log = new ArrayList<>();
    private int counter;

    InstanceMain() {
        log.add("constructed");
    }

    void step(String what) {
        counter++;
        log.add(counter + ":" + what);
    }

    void main() {
        step("main entered");
        for (String s : List.of("alpha", "beta")) step(s);
        IO.println(String.join(", ", log));
        IO.println(this.getClass().getName() + " counter=" + counter);
    }
}
