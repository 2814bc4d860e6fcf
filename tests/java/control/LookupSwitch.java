package control;

public class LookupSwitch {
    static String sparse(int x) {
        switch (x) {
            case -1000000: return "minus million";
            case -1: return "minus one";
            case 0: return "zero";
            case 10: return "ten";
            case 1000: return "thousand";
            case 65536: return "64k";
            case Integer.MAX_VALUE: return "max";
            case Integer.MIN_VALUE: return "min";
            default: return "?";
        }
    }

    static int hashLike(int h) {
        switch (h) {
            case 0x7f3a: return 1;
            case -0x1234567: return 2;
            case 42: return 3;
            case 99999: return 4;
        }
        return 0;
    }

    static String longKeys(long v) {
        // switch on an int derived from a long
        switch ((int) (v % 1000)) {
            case 1: return "one";
            case 500: return "five hundred";
            case -999: return "minus 999";
            default: return "default " + (v % 1000);
        }
    }

    public static void main(String[] args) {
        int[] probes = {-1000000, -1000001, -1, 0, 1, 10, 999, 1000, 65536, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE, 123};
        for (int p : probes) System.out.println(p + " -> " + sparse(p));
        System.out.println(hashLike(0x7f3a) + " " + hashLike(-0x1234567) + " " + hashLike(42) + " " + hashLike(99999) + " " + hashLike(7));
        System.out.println(longKeys(10001L) + ", " + longKeys(1500L) + ", " + longKeys(-1999L) + ", " + longKeys(77L));
        int score = 0;
        for (int i = -20; i <= 20; i++) {
            switch (i * i * i) {
                case -8: score += 1; break;
                case 27: score += 10; break;
                case 1000: score += 100; break;
                case -6859: score += 1000; break;
                case 8000: score += 10000; break;
                default: break;
            }
        }
        System.out.println("score=" + score);
    }
}
