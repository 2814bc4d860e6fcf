public class Hello {
    static final int BIG = 100000;
    private static int counter;

    public static void main(String[] args) {
        System.out.println("hello");
        int n = args.length + BIG;
        String s = "n=" + n + ", args=" + args.length;
        System.out.println(s);
        counter += n;
        char c = 'x';
        System.out.println("tab\there \"quoted\" 'single' back\\slash\nnewline" + c);
    }
}
