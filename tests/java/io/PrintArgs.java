package io;

public class PrintArgs {
    public static void main(String[] args) {
        System.out.println("argc=" + args.length);
        int numbers = 0;
        long sum = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            System.out.println(i + ": [" + a + "] length=" + a.length());
            if (a.matches("-?\\d+")) { numbers++; sum += Long.parseLong(a); }
        }
        System.out.println("numeric args=" + numbers + " sum=" + sum);
        if (args.length > 0) System.out.println("joined: " + String.join("|", args));
    }
}
