package sweep;
import java.util.*;

public class ScannerStdin {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        Map<String, Integer> scores = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String name = sc.next();
            int s = sc.nextInt();
            scores.merge(name, s, Integer::sum);
        }
        sc.nextLine();
        String line = sc.nextLine();
        System.out.println("line=[" + line + "]");
        System.out.println(scores);
        double d = sc.nextDouble();
        long big = sc.nextLong();
        boolean b = sc.nextBoolean();
        System.out.println(d + " " + big + " " + b);
        System.out.println(sc.hasNextInt() + " " + sc.hasNext());
        String w = sc.next();
        System.out.println("word=" + w);
        System.out.println(sc.hasNextInt(16));
        int hex = sc.nextInt(16);
        System.out.println("hex=" + hex);
        java.math.BigInteger bi = sc.nextBigInteger();
        System.out.println(bi.pow(3));
        while (sc.hasNextLine()) {
            String l = sc.nextLine();
            System.out.println("L:" + l.strip() + ":" + l.length());
        }
        try { sc.next(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        Scanner s2 = new Scanner("a,b,,c;d").useDelimiter("[,;]");
        while (s2.hasNext()) System.out.print("<" + s2.next() + ">");
        System.out.println();
        Scanner s3 = new Scanner("12 abc 3.5");
        try { s3.nextInt(); s3.nextInt(); } catch (InputMismatchException e) { System.out.println("IME " + e.getMessage()); }
        System.out.println(s3.next() + " " + s3.nextDouble());
        Scanner s4 = new Scanner("1,234 5.000,5");
        System.out.println(s4.hasNextInt());
        System.out.println(s4.nextInt());
    }
}
