package control;

public class TableSwitch {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            default: return "other(" + x + ")";
        }
    }

    static int negativeRange(int x) {
        switch (x) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            default: return 999;
        }
    }

    static String fallthrough(int x) {
        StringBuilder sb = new StringBuilder();
        switch (x) {
            case 1: sb.append("a");
            case 2: sb.append("b");
            case 3: sb.append("c"); break;
            case 4: sb.append("d");
            default: sb.append("z");
        }
        return sb.toString();
    }

    static int charSwitch(char c) {
        switch (c) {
            case 'a': return 1;
            case 'b': return 2;
            case 'c': return 3;
            case 'd': return 4;
            case 'e': return 5;
            default: return -1;
        }
    }

    static String byteSwitch(byte b) {
        switch (b) {
            case 125: return "125";
            case 126: return "126";
            case 127: return "127";
            case -128: return "-128";
            default: return "?";
        }
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 8; i++) System.out.print(dense(i) + " ");
        System.out.println();
        System.out.println(dense(Integer.MIN_VALUE) + " " + dense(Integer.MAX_VALUE));
        for (int i = -5; i <= 3; i++) System.out.print(negativeRange(i) + " ");
        System.out.println();
        for (int i = 0; i <= 5; i++) System.out.print(fallthrough(i) + " ");
        System.out.println();
        for (char c = '`'; c <= 'f'; c++) System.out.print(charSwitch(c) + " ");
        System.out.println();
        System.out.println(byteSwitch((byte) 125) + byteSwitch((byte) 127) + byteSwitch((byte) 128) + byteSwitch((byte) 0));
        Integer boxed = 3;
        switch (boxed) {
            case 3: System.out.println("boxed three"); break;
            default: System.out.println("boxed other");
        }
        int total = 0;
        for (int i = 0; i < 100; i++) {
            switch (i % 7) {
                case 0: total += 1; break;
                case 1: total += 10; break;
                case 2: case 3: total += 100; break;
                case 5: continue;
                default: total -= 1;
            }
            total *= 1;
        }
        System.out.println("total=" + total);
    }
}
