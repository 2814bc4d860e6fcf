public enum Color {
    RED(255, 0, 0),
    GREEN(0, 255, 0) {
        @Override
        String pretty() { return "green!"; }
    },
    BLUE(0, 0, 255);

    private final int r, g, b;

    Color(int r, int g, int b) {
        this.r = r;
        this.g = g;
        this.b = b;
    }

    int rgb() { return (r << 16) | (g << 8) | b; }

    String pretty() { return name().toLowerCase(); }
}
