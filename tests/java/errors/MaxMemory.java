package errors;

/** Runtime.maxMemory() under -Xmx (G1 on a server-class machine: -Xmx aligned up to the
 *  heap alignment), and a program that sizes its work by it. */
public class MaxMemory {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        System.out.println("max memory: " + max + " bytes = " + (max / (1024 * 1024)) + " MiB");
        System.out.println("total <= max: " + (rt.totalMemory() <= max));
        System.out.println("free <= total: " + (rt.freeMemory() <= rt.totalMemory()));
        int chunk = (int) Math.min(Integer.MAX_VALUE - 8L, max / 8);
        byte[] big = new byte[chunk];
        System.out.println("allocated an eighth of the heap: " + big.length);
        try {
            long[] tooBig = new long[(int) Math.min(Integer.MAX_VALUE - 8L, max / 8 + 1024)];
            System.out.println("unexpected " + tooBig.length);
        } catch (OutOfMemoryError e) {
            System.out.println("OutOfMemoryError: " + e.getMessage());
        }
    }
}
