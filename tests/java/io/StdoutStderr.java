package io;

import java.io.PrintStream;

public class StdoutStderr {
    public static void main(String[] args) {
        System.out.println("to stdout 1");
        System.err.println("to stderr 1");
        System.out.print("no newline, ");
        System.out.print(42);
        System.out.print(' ');
        System.out.print(3.5);
        System.out.print(true);
        System.out.print((Object) null);
        System.out.println();
        System.err.print("err without newline then ");
        System.err.println(123L);
        System.out.write('A');
        System.out.write('\n');
        System.out.flush();
        PrintStream out = System.out;
        out.println(new char[]{'c', 'h', 'a', 'r', 's'});
        out.printf("%s=%d%n", "x", 1);
        out.append("appended").append('!').append("\n");
        System.out.println("unicode: h\u00e9llo \u4e16\u754c \uD83D\uDE00");
        System.err.println("stderr unicode: \u00fc");
        System.out.println("");
        System.out.println("tab\tand\\backslash");
        System.out.println("done");
    }
}
