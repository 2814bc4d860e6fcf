package control;

public class Branches {
    static int gcd(int a, int b) {
        while (b != 0) { int t = a % b; a = b; b = t; }
        return Math.abs(a);
    }

    static boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = s.charAt(i), b = s.charAt(j);
            if (!Character.isLetterOrDigit(a)) { i++; continue; }
            if (!Character.isLetterOrDigit(b)) { j--; continue; }
            if (Character.toLowerCase(a) != Character.toLowerCase(b)) return false;
            i++; j--;
        }
        return true;
    }

    static String fizzBuzz(int n) {
        if (n % 15 == 0) return "FizzBuzz";
        else if (n % 5 == 0) return "Buzz";
        else if (n % 3 == 0) return "Fizz";
        else return Integer.toString(n);
    }

    static int find(int[][] grid, int target) {
        int found = -1;
        search:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] == target) { found = r * 100 + c; break search; }
            }
        }
        return found;
    }

    static boolean sideEffect(String tag, boolean v, StringBuilder log) { log.append(tag); return v; }

    public static void main(String[] args) {
        System.out.println(gcd(1071, 462) + " " + gcd(-48, 18) + " " + gcd(17, 0) + " " + gcd(0, 0));
        System.out.println(isPalindrome("A man, a plan, a canal: Panama") + " " + isPalindrome("race a car") + " " + isPalindrome(""));
        StringBuilder fb = new StringBuilder();
        for (int i = 1; i <= 30; i++) fb.append(fizzBuzz(i)).append(i < 30 ? "," : "\n");
        System.out.print(fb);
        int[][] grid = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9, 10}};
        System.out.println(find(grid, 6) + " " + find(grid, 10) + " " + find(grid, 11));
        StringBuilder log = new StringBuilder();
        boolean r1 = sideEffect("a", false, log) && sideEffect("b", true, log);
        boolean r2 = sideEffect("c", true, log) || sideEffect("d", true, log);
        boolean r3 = sideEffect("e", false, log) & sideEffect("f", true, log);
        boolean r4 = sideEffect("g", true, log) | sideEffect("h", false, log);
        boolean r5 = sideEffect("i", true, log) ^ sideEffect("j", true, log);
        System.out.println(r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " log=" + log);
        int x = 0;
        boolean b = (x != 0) && (10 / x > 1);
        System.out.println("short-circuit avoided division: " + b);
        Object o = "text";
        if (o instanceof String && ((String) o).length() == 4) System.out.println("four-letter string");
        int nested = 0;
        for (int i = 0; i < 4; i++) {
            if (i == 0) nested += 1;
            else if (i == 1) { if (nested > 0) nested += 10; else nested -= 10; }
            else if (i == 2) nested = nested > 5 ? nested * 2 : nested;
            else nested = -nested;
        }
        System.out.println("nested=" + nested);
    }
}
