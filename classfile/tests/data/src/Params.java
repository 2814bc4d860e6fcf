public abstract class Params {
    public abstract void run(final int count, String label);

    protected int sum(int first, int... rest) {
        int s = first;
        for (int r : rest) s += r;
        return s;
    }

    public static Params make() {
        return new Params() {
            public void run(int count, String label) {}
        };
    }
}
