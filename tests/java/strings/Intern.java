package strings;

public class Intern {
    static final String A = "hel";
    static final String B = "lo";
    static String nonFinal = "lo";

    public static void main(String[] args) {
        String lit = "hello";
        String lit2 = "hello";
        String constExpr = "hel" + "lo";
        String finalExpr = A + B;
        String runtime = A + nonFinal;
        String built = new StringBuilder("hel").append("lo").toString();
        String newStr = new String("hello");
        System.out.println("lit==lit2: " + (lit == lit2));
        System.out.println("lit==constExpr: " + (lit == constExpr));
        System.out.println("lit==finalExpr: " + (lit == finalExpr));
        System.out.println("lit==runtime: " + (lit == runtime));
        System.out.println("lit==built: " + (lit == built));
        System.out.println("lit==newStr: " + (lit == newStr));
        System.out.println("lit==runtime.intern(): " + (lit == runtime.intern()));
        System.out.println("lit==newStr.intern(): " + (lit == newStr.intern()));
        System.out.println("equals all: " + (lit.equals(runtime) && lit.equals(built) && lit.equals(newStr)));
        String fresh = new StringBuilder("uniq").append("ue-").append(42).toString();
        String interned = fresh.intern();
        System.out.println("first intern returns same: " + (fresh == interned) + " literal matches: " + (interned == "unique-42"));
        System.out.println("Other class literal: " + (lit == Other.HELLO) + " " + (lit == Other.hello()));
        String empty1 = "";
        String empty2 = new String();
        System.out.println((empty1 == "") + " " + (empty2 == "") + " " + empty2.isEmpty() + " " + (empty2.intern() == ""));
        String num = String.valueOf(12);
        System.out.println((num == "12") + " " + (num.intern() == "12"));
        System.out.println(("a" + 1 == "a1") + " " + (("a" + 'b') == "ab") + " " + ((1 + 2 + "x") == "3x"));
    }
}

class Other {
    static final String HELLO = "hello";
    static String hello() { return "hel" + "lo"; }
}
