package conform;
public class ArrayLimits {
    public static void main(String[] args) {
        for (int d = 0; d <= 3; d++) {
            int n = Integer.MAX_VALUE - d; StringBuilder sb = new StringBuilder("d=" + d);
            try { Object o = new byte[n]; o = null; sb.append(" byte ok"); } catch (OutOfMemoryError e) { sb.append(" byte " + e.getMessage()); }
            try { Object o = new boolean[n]; o = null; sb.append(" bool ok"); } catch (OutOfMemoryError e) { sb.append(" bool " + e.getMessage()); }
            try { Object o = new short[n]; o = null; sb.append(" short ok"); } catch (OutOfMemoryError e) { sb.append(" short " + e.getMessage()); }
            try { Object o = new int[n]; o = null; sb.append(" int ok"); } catch (OutOfMemoryError e) { sb.append(" int " + e.getMessage()); }
            try { Object o = new long[n]; o = null; sb.append(" long ok"); } catch (OutOfMemoryError e) { sb.append(" long " + e.getMessage()); }
            try { Object o = new Object[n]; o = null; sb.append(" obj ok"); } catch (OutOfMemoryError e) { sb.append(" obj " + e.getMessage()); }
            System.out.println(sb);
        }
    }
}
