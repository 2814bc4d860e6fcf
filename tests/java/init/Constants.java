package init;

public class Constants {
    static class Holder {
        static { System.out.println("Holder initialized"); }
        static final int INT = 42;
        static final long LONG = 1L << 40;
        static final double DOUBLE = 2.5;
        static final String STR = "const-" + INT;  // constant expression
        static final boolean FLAG = INT > 40;
        static final char CH = 'Q';
        static final String NOT_CONST = new String("runtime");
    }

    static class Lazy {
        static { System.out.println("Lazy initialized"); }
        static final Object OBJ = "object field";
    }

    public static void main(String[] args) {
        System.out.println(Holder.INT + " " + Holder.LONG + " " + Holder.DOUBLE + " " + Holder.STR + " " + Holder.FLAG + " " + Holder.CH);
        System.out.println("no init so far");
        String s = Holder.STR;
        System.out.println((s == "const-42") + " " + (Holder.STR == ("const-" + 42)));
        System.out.println(Holder.NOT_CONST);
        System.out.println(Lazy.class.getSimpleName() + " literal taken");
        System.out.println(Lazy.OBJ);
    }
}
