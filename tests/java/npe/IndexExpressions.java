package npe;

public class IndexExpressions {
    static class N { String name; N[] kids; }
    static int idx() { return 1; }
    static int sidx = 1;
    static void run(String label, Runnable r) {
        try { r.run(); System.out.println(label + ": ok"); }
        catch (NullPointerException t) { System.out.println(label + ": " + t.getMessage()); }
    }
    public static void main(String[] args) {
        N[] arr = new N[4];
        byte[] bs = {1}; char[] cs = {1}; short[] ss = {1}; int[] is = {1}; long[] ls = {1};
        N[][] grid = new N[2][2];
        run("byte", () -> System.out.println(arr[bs[0]].name));
        run("char", () -> System.out.println(arr[cs[0]].name));
        run("short", () -> System.out.println(arr[ss[0]].name));
        run("int", () -> System.out.println(arr[is[0]].name));
        run("long", () -> System.out.println(arr[(int) ls[0]].name));
        run("call", () -> System.out.println(arr[idx()].name));
        run("static", () -> System.out.println(arr[sidx].name));
        run("neg", () -> System.out.println(arr[-1 + 2].name));
        run("grid", () -> System.out.println(grid[1][is[0]].name));
        run("gridcall", () -> System.out.println(grid[idx()][idx()].name));
        run("deep", () -> System.out.println(grid[1][1].kids[0].kids[0].name));
        run("deep2", () -> { N x = new N(); x.kids = new N[1]; x.kids[0] = new N(); x.kids[0].kids = new N[1]; System.out.println(x.kids[0].kids[0].kids[0].name); });
        run("sipush", () -> { N[] big = new N[300]; System.out.println(big[299].name); });
        run("ternary", () -> System.out.println((args.length > 0 ? arr[0] : arr[1]).name));
        run("cast-call", () -> System.out.println(((N) (Object) arr[2]).name));
        run("string-arr", () -> { String[] sa = new String[2]; System.out.println(sa[1].length()); });
        run("2d-len", () -> System.out.println(grid[0][0].kids.length));
        run("param-arr", () -> len(null, 3));
    }
    static int len(N[] p, int i) { return p[i].name.length(); }
}
