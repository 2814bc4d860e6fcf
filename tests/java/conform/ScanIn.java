package conform;
import java.util.*;
import java.io.*;
public class ScanIn {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(); long total = 0; List<Double> ds = new ArrayList<>();
        for (int i = 0; i < n; i++) total += sc.nextLong();
        System.out.println("n=" + n + " total=" + total);
        double d = sc.nextDouble(); boolean b = sc.nextBoolean(); String w = sc.next(); sc.nextLine(); String line = sc.nextLine();
        System.out.println(d + " " + b + " " + w + " [" + line + "]");
        System.out.println(sc.hasNextInt() + " " + sc.hasNext());
        System.out.println("hex? " + sc.hasNextInt(16));
        int hex = sc.nextInt(16); System.out.println(hex);
        sc.useDelimiter(",|\\s+");
        while (sc.hasNextInt()) System.out.print(sc.nextInt() * 2 + ";"); System.out.println();
        try { sc.nextInt(); } catch (InputMismatchException e) { System.out.println("mismatch " + e.getMessage() + " next=" + sc.next()); }
        sc.useDelimiter("\\p{javaWhitespace}+");
        while (sc.hasNextLine()) { String l = sc.nextLine(); System.out.println("line [" + l + "] " + l.length()); }
        try { sc.next(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        StringTokenizer st = new StringTokenizer("a b\tc,d", " \t,", true); StringBuilder sb = new StringBuilder(); while (st.hasMoreTokens()) sb.append('<').append(st.nextToken()).append('>'); System.out.println(sb + " " + new StringTokenizer("x y z").countTokens());
        Scanner s2 = new Scanner("1 fish 2 fish red fish").useDelimiter("\\s*fish\\s*"); System.out.println(s2.nextInt() + " " + s2.nextInt() + " " + s2.next()); s2.close();
        Scanner s3 = new Scanner("3.5 1,000 -7 abc"); System.out.println(s3.nextDouble() + " " + s3.hasNextInt() + " " + s3.next() + " " + s3.nextInt() + " " + s3.findInLine("a(b)c") + " " + s3.match().group(1));
    }
}
