import java.util.List;

public record Point(int x, int y, List<String> tags) implements Comparable<Point> {
    public Point {
        tags = List.copyOf(tags);
    }

    public Point(int x, int y) {
        this(x, y, List.of());
    }

    @Override
    public int compareTo(Point other) {
        return Integer.compare(x * x + y * y, other.x * other.x + other.y * other.y);
    }
}
