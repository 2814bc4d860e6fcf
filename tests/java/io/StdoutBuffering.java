package io;

import java.io.*;
import java.util.IllegalFormatException;

/**
 * System.out and System.err buffer bytes written one at a time until a newline, a print or a
 * flush (nothing flushes them at exit); printf prints what it formatted before a failing
 * specifier; a PrintStream subclass sees text go through write(byte[], int, int), println go
 * through print, and close go through flush.
 */
public class StdoutBuffering {
    static class Counting extends PrintStream {
        int calls, bytes, singles, prints;
        final StringBuilder log = new StringBuilder();

        Counting(OutputStream o, boolean autoFlush) {
            super(o, autoFlush);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            calls++;
            bytes += len;
            log.append('[').append(new String(b, off, len).replace("\n", "\\n")).append(']');
            super.write(b, off, len);
        }

        @Override
        public void write(int b) {
            singles++;
            super.write(b);
        }

        @Override
        public void print(String s) {
            prints++;
            super.print(s == null ? null : s.toUpperCase());
        }

        @Override
        public void flush() {
            log.append("<flush>");
            super.flush();
        }
    }

    static class Shouting extends PrintWriter {
        Shouting(Writer w) {
            super(w);
        }

        @Override
        public PrintWriter append(CharSequence csq) {
            return super.append(String.valueOf(csq).toUpperCase());
        }
    }

    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        Counting c = new Counting(bos, true);
        c.println("hello");
        c.print('x');
        c.print(12);
        c.printf("%d-%s%n", 5, "five");
        c.append("ab").append('c');
        c.println();
        c.print("");
        c.write('z');
        c.write("bytes".getBytes());
        c.println(new char[] {'q', 'r'});
        c.println((Object) "obj");
        c.println(3.5);
        System.out.println(c.calls + " " + c.bytes + " " + c.singles + " " + c.prints);
        System.out.println(c.log);
        System.out.print(bos);
        c.log.setLength(0);
        c.close();
        c.close();
        System.out.println("close: " + c.log + " " + c.checkError());

        try {
            System.out.printf("a=%d b=%d%n", 1);
        } catch (IllegalFormatException e) {
            System.out.println();
            System.out.println(e);
        }
        try {
            System.out.printf("x=%s y=%d%n", "s", "notint");
        } catch (IllegalFormatException e) {
            System.out.println("|" + e);
        }
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        try {
            pw.printf("%s and %s", "one");
        } catch (IllegalFormatException e) {
            pw.flush();
            System.out.println("writer got [" + sw + "] " + e.getMessage());
        }
        StringWriter sw2 = new StringWriter();
        PrintWriter shout = new Shouting(sw2);
        shout.printf("%s-%5s|%d", "ab", "cd", 42);
        shout.flush();
        System.out.println(sw2);
        System.out.printf("%s %s%n", "complete", "line");
        System.out.format("%5.1f|%-4d|%n", 2.25, 7);

        // Bytes written one at a time stay in the standard streams' buffers...
        System.out.write('A');
        System.out.write('B');
        System.out.print("C\n"); // ...until a print flushes them
        System.out.write('D');
        System.out.write('\n'); // or a newline
        System.err.write('E');
        System.err.flush(); // or a flush
        System.err.write('\n');
        for (int i = 0; i < 300; i++) {
            System.out.write('a' + i % 26); // a full buffer is written out
        }
        System.err.write('F'); // lost: nothing flushes System.err at exit
        System.exit(0);
    }
}
