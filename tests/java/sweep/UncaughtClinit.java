package sweep;
public class UncaughtClinit {
    static int[] table = build();
    static int[] build() { int[] t = new int[3]; t[5] = 1; return t; }
    public static void main(String[] args) { System.out.println("never"); }
}
