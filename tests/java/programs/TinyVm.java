package programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class TinyVm {
    enum Op { PUSH, POP, DUP, SWAP, ADD, SUB, MUL, DIV, MOD, NEG, LOAD, STORE, JMP, JZ, JNZ, LT, EQ, CALL, RET, PRINT, HALT }

    record Instr(Op op, int arg) {
        @Override public String toString() { return arg == 0 && op != Op.PUSH ? op.name() : op + " " + arg; }
    }

    static class VmError extends RuntimeException {
        VmError(String msg, int pc) { super(msg + " (pc=" + pc + ")"); }
    }

    static List<Instr> assemble(String src) {
        Map<String, Integer> labels = new HashMap<>();
        List<String[]> lines = new ArrayList<>();
        for (String raw : src.split("\n")) {
            String line = raw.contains(";") ? raw.substring(0, raw.indexOf(';')) : raw;
            line = line.strip();
            if (line.isEmpty()) continue;
            if (line.endsWith(":")) { labels.put(line.substring(0, line.length() - 1), lines.size()); continue; }
            lines.add(line.split("\\s+"));
        }
        List<Instr> code = new ArrayList<>();
        for (String[] parts : lines) {
            Op op = Op.valueOf(parts[0].toUpperCase());
            int arg = 0;
            if (parts.length > 1) {
                Integer target = labels.get(parts[1]);
                arg = target != null ? target : Integer.parseInt(parts[1]);
            }
            code.add(new Instr(op, arg));
        }
        return code;
    }

    static final class Machine {
        final long[] stack = new long[256];
        final long[] memory = new long[16];
        final int[] callStack = new int[64];
        int sp, csp, pc;
        long steps;
        final StringBuilder out = new StringBuilder();

        void push(long v) {
            if (sp == stack.length) throw new VmError("stack overflow", pc);
            stack[sp++] = v;
        }

        long pop() {
            if (sp == 0) throw new VmError("stack underflow", pc);
            return stack[--sp];
        }

        void run(List<Instr> code, long maxSteps) {
            while (pc < code.size()) {
                if (++steps > maxSteps) throw new VmError("step limit exceeded", pc);
                Instr in = code.get(pc++);
                switch (in.op()) {
                    case PUSH -> push(in.arg());
                    case POP -> pop();
                    case DUP -> { long v = pop(); push(v); push(v); }
                    case SWAP -> { long a = pop(), b = pop(); push(a); push(b); }
                    case ADD -> push(pop() + pop());
                    case SUB -> { long b = pop(), a = pop(); push(a - b); }
                    case MUL -> push(pop() * pop());
                    case DIV, MOD -> {
                        long b = pop(), a = pop();
                        if (b == 0) throw new VmError("division by zero", pc - 1);
                        push(in.op() == Op.DIV ? a / b : a % b);
                    }
                    case NEG -> push(-pop());
                    case LOAD -> push(memory[in.arg()]);
                    case STORE -> memory[in.arg()] = pop();
                    case JMP -> pc = in.arg();
                    case JZ -> { if (pop() == 0) pc = in.arg(); }
                    case JNZ -> { if (pop() != 0) pc = in.arg(); }
                    case LT -> { long b = pop(), a = pop(); push(a < b ? 1 : 0); }
                    case EQ -> push(pop() == pop() ? 1 : 0);
                    case CALL -> { callStack[csp++] = pc; pc = in.arg(); }
                    case RET -> pc = callStack[--csp];
                    case PRINT -> out.append(pop()).append(' ');
                    case HALT -> { return; }
                }
            }
        }
    }

    static void runProgram(String name, String src, long maxSteps) {
        List<Instr> code = assemble(src);
        Machine m = new Machine();
        try {
            m.run(code, maxSteps);
            System.out.println(name + ": " + m.out.toString().trim() + "  [" + code.size() + " instrs, " + m.steps + " steps, sp=" + m.sp + "]");
        } catch (VmError e) {
            System.out.println(name + ": error " + e.getMessage() + " after output '" + m.out.toString().trim() + "'");
        }
    }

    public static void main(String[] args) {
        String factorial = """
            push 1
            store 0      ; acc = 1
            push 20
            store 1      ; n = 20
            loop:
            load 1
            jz done
            load 0
            load 1
            mul
            store 0
            load 1
            push 1
            sub
            store 1
            jmp loop
            done:
            load 0
            print
            halt
            """;
        String fib = """
            push 0
            store 0
            push 1
            store 1
            push 0
            store 2
            next:
            load 2
            push 15
            lt
            jz end
            load 0
            print
            load 0
            load 1
            dup
            store 0
            add
            store 1
            load 2
            push 1
            add
            store 2
            jmp next
            end:
            halt
            """;
        String gcdCall = """
            push 1071
            push 462
            call gcd
            print
            push 270
            push 192
            call gcd
            print
            halt
            gcd:          ; (a b -- gcd)
            dup
            jz gcdDone
            dup
            store 3
            mod
            load 3
            swap
            jmp gcd
            gcdDone:
            pop
            ret
            """;
        String divZero = "push 1\nprint\npush 5\npush 0\ndiv\nprint\n";
        String infinite = "top:\npush 1\npop\njmp top\n";
        String underflow = "push 3\nadd\n";
        runProgram("factorial", factorial, 10_000);
        runProgram("fibonacci", fib, 10_000);
        runProgram("gcd", gcdCall, 10_000);
        runProgram("divzero", divZero, 100);
        runProgram("infinite", infinite, 5_000);
        runProgram("underflow", underflow, 100);
        System.out.println(assemble(gcdCall));
    }
}
