package control;

public class StringSwitch {
    static int command(String s) {
        switch (s) {
            case "start": return 1;
            case "stop": return 2;
            case "pause": return 3;
            case "resume":
            case "continue": return 4;
            case "": return 0;
            default: return -1;
        }
    }

    // "Aa" and "BB" have the same hashCode: exercise collision handling
    static String collide(String s) {
        switch (s) {
            case "Aa": return "first";
            case "BB": return "second";
            case "AaAa": return "third";
            case "BBBB": return "fourth";
            case "AaBB": return "fifth";
            default: return "none";
        }
    }

    static String season(String month) {
        String result;
        switch (month.toLowerCase()) {
            case "december": case "january": case "february": result = "winter"; break;
            case "march": case "april": case "may": result = "spring"; break;
            case "june": case "july": case "august": result = "summer"; break;
            default: result = "autumn";
        }
        return result;
    }

    public static void main(String[] args) {
        String[] cmds = {"start", "stop", "pause", "resume", "continue", "", "START", "halt"};
        for (String c : cmds) System.out.println("'" + c + "' -> " + command(c));
        System.out.println("Aa".hashCode() + " " + "BB".hashCode() + " " + "AaAa".hashCode() + " " + "BBBB".hashCode() + " " + "AaBB".hashCode());
        for (String s : new String[]{"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#"}) System.out.print(collide(s) + " ");
        System.out.println();
        for (String m : new String[]{"January", "MAY", "july", "October", "December"}) System.out.print(season(m) + " ");
        System.out.println();
        String built = new StringBuilder("po").append("ts").reverse().toString();
        System.out.println(built + " -> " + command(built));
        try {
            String nul = null;
            command(nul);
        } catch (NullPointerException e) {
            System.out.println("NPE on null switch");
        }
    }
}
