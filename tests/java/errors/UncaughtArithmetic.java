package errors;

public class UncaughtArithmetic {
    static int average(int[] values) {
        int sum = 0;
        for (int v : values) sum += v;
        return sum / values.length;
    }

    public static void main(String[] args) {
        System.out.println("avg = " + average(new int[]{4, 8, 15, 16, 23, 42}));
        System.err.println("warning: next input is empty");
        System.out.println("avg = " + average(new int[0]));
    }
}
