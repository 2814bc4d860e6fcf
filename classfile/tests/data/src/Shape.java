public sealed interface Shape permits Shape.Circle, Shape.Square {
    double area();

    default String describe() {
        return "shape with area " + area();
    }

    static Shape unit() {
        return new Square(1);
    }

    record Circle(double radius) implements Shape {
        public double area() { return Math.PI * radius * radius; }
    }

    record Square(double side) implements Shape {
        public Square {
            if (side < 0) throw new IllegalArgumentException();
        }
        public double area() { return side * side; }
    }
}
