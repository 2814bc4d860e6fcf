package sweep;

import java.util.*;
public class Atan2Quadrants {
    public static void main(String[] args) {
        double[] special = {0.0, -0.0, 1.0, -1.0, 1e-310, -1e-310, 1e300, -1e300, Double.MAX_VALUE, -Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 3.5, -2.25, 1e19, -1e-19, 0x1p61, -0x1p-61};
        for (double y : special) {
            StringBuilder sb = new StringBuilder();
            for (double x : special) sb.append(Math.atan2(y, x)).append(' ');
            System.out.println(sb.toString().trim());
        }
        Random r = new Random(11);
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        for (int i = 0; i < 3000; i++) {
            double y = Math.scalb(r.nextDouble() - 0.5, r.nextInt(300) - 150);
            double x = Math.scalb(r.nextDouble() - 0.5, r.nextInt(300) - 150);
            sb.append(Math.atan2(y, x)).append(' ').append(StrictMath.atan2(x, y)).append(' ');
            if (i % 6 == 5) { sb.append('\n'); lines++; }
        }
        System.out.print(sb);
        // bearings, as a navigation program computes them
        double[][] pts = {{0, 0}, {3, 4}, {-3, 4}, {-3, -4}, {3, -4}, {1e-20, -5}, {-1e-20, -5}, {5, 1e-20}, {-5, 1e-20}, {-5, -1e-20}};
        for (double[] p : pts) System.out.printf("(%s,%s) -> %.17f deg %s%n", p[0], p[1], Math.toDegrees(Math.atan2(p[1], p[0])), Math.atan2(p[1], p[0]));
    }
}
