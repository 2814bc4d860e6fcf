import java.util.Map;

public class Generics<T> implements Comparable<Generics<T>>, Runnable {
    class In<U> { Map<T, U> m; }

    Generics<String>.In<Integer> nested;

    public int compareTo(Generics<T> o) { return 0; }

    public void run() {
        String s = "it's \\ \"q\" \u0007";
        System.out.println(s);
    }

    <X extends Exception> void raise() throws X, java.io.IOException {}
}

interface GenericsMarker extends Runnable, Cloneable {}
