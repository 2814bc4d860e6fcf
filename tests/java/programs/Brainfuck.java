package programs;

import java.util.ArrayDeque;
import java.util.Deque;

public class Brainfuck {
    static class BfException extends RuntimeException {
        BfException(String msg) { super(msg); }
    }

    static int[] matchBrackets(String code) {
        int[] jump = new int[code.length()];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '[') stack.push(i);
            else if (c == ']') {
                if (stack.isEmpty()) throw new BfException("unmatched ] at " + i);
                int open = stack.pop();
                jump[open] = i;
                jump[i] = open;
            }
        }
        if (!stack.isEmpty()) throw new BfException("unmatched [ at " + stack.peek());
        return jump;
    }

    static String run(String code, String input, int maxSteps) {
        int[] jump = matchBrackets(code);
        byte[] tape = new byte[30000];
        int ptr = 0, in = 0, steps = 0;
        StringBuilder out = new StringBuilder();
        for (int pc = 0; pc < code.length(); pc++) {
            if (++steps > maxSteps) throw new BfException("step limit after output \"" + out + "\"");
            switch (code.charAt(pc)) {
                case '>': ptr++; if (ptr == tape.length) throw new BfException("tape overflow"); break;
                case '<': ptr--; if (ptr < 0) throw new BfException("tape underflow at pc " + pc); break;
                case '+': tape[ptr]++; break;
                case '-': tape[ptr]--; break;
                case '.': out.append((char) (tape[ptr] & 0xff)); break;
                case ',': tape[ptr] = in < input.length() ? (byte) input.charAt(in++) : 0; break;
                case '[': if (tape[ptr] == 0) pc = jump[pc]; break;
                case ']': if (tape[ptr] != 0) pc = jump[pc]; break;
                default: break; // comment
            }
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";
        System.out.print(run(hello, "", 100000));
        String reverse = ">,[>,]<[.<]";
        System.out.println(run(reverse, "stressed", 10000));
        String upper = ",[>++++[<-------->-]<.,]"; // subtract 32 from each char
        System.out.println(run(upper, "cortado", 10000));
        String add = ",>,[<+>-]<------------------------------------------------.";
        System.out.println(run(add, "34", 10000));
        String squares = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]";
        String sq = run(squares, "", 5_000_000);
        String[] lines = sq.split("\n");
        System.out.println("squares program printed " + lines.length + " lines, last=" + lines[lines.length - 1] + ", sum of first 10=" + sumFirst(lines, 10));
        String[] broken = {"[[]", "+]", "<", "+[]"};
        for (String b : broken) {
            try {
                System.out.println("ran " + b + " -> '" + run(b, "", 1000) + "'");
            } catch (BfException e) {
                System.out.println("error in " + b + ": " + e.getMessage());
            }
        }
        String wrap = "-.";
        System.out.println("wrap-around cell: " + (int) run(wrap, "", 10).charAt(0));
    }

    static int sumFirst(String[] lines, int n) {
        int s = 0;
        for (int i = 0; i < n && i < lines.length; i++) s += Integer.parseInt(lines[i].trim());
        return s;
    }
}
