package errors;

public class ExitCodes {
    public static void main(String[] args) {
        int code = 0;
        for (String s : new String[]{"alpha", "beta", "gamma"}) {
            code = code * 7 + s.length();
            System.out.println(s + " -> " + code);
        }
        Runtime.getRuntime().exit(code % 256);
    }
}
