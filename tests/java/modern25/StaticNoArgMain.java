package modern25;

// JEP 512: a static main without parameters is a valid entry point.
public class StaticNoArgMain {
    static void main() {
        IO.println("static main() ran");
    }
}
