package realworld;

import java.io.*;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

public class TokenLab {
    // competitive-programming style fast input
    static void fastInput() throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        long sum = 0;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            a[i] = (int) st.nval;
            sum += a[i];
        }
        st.nextToken();
        String name = st.sval;
        System.out.println("n=" + n + " sum=" + sum + " max=" + Arrays.stream(a).max().getAsInt() + " name=" + name + " line=" + st.lineno());
        int t;
        StringBuilder rest = new StringBuilder();
        while ((t = st.nextToken()) != StreamTokenizer.TT_EOF) {
            rest.append(st).append(" | ");
        }
        System.out.println(rest);
        System.out.println("final: " + st);
    }

    static void tokenizerModes() throws IOException {
        String src = "// header comment\nint x = 42; /* block\n comment */ double y=-3.5e2;\n"
            + "String s = \"tab\\there\\101\\n\"; char c = 'q'; x -= .5 - -; a.b_c $d #hash\n";
        StreamTokenizer st = new StreamTokenizer(new StringReader(src));
        st.slashSlashComments(true);
        st.slashStarComments(true);
        st.ordinaryChar('.');
        st.wordChars('_', '_');
        st.eolIsSignificant(true);
        st.commentChar('#');
        List<String> out = new ArrayList<>();
        while (st.nextToken() != StreamTokenizer.TT_EOF) {
            switch (st.ttype) {
                case StreamTokenizer.TT_WORD -> out.add("W:" + st.sval);
                case StreamTokenizer.TT_NUMBER -> out.add("N:" + st.nval);
                case StreamTokenizer.TT_EOL -> out.add("EOL@" + st.lineno());
                case '"', '\'' -> out.add("Q" + (char) st.ttype + ":" + st.sval.replace("\t", "\\t").replace("\n", "\\n"));
                default -> out.add("C:" + (char) st.ttype);
            }
        }
        System.out.println(out);
        StreamTokenizer raw = new StreamTokenizer(new StringReader("Hello World 12abc X-1"));
        raw.resetSyntax();
        raw.wordChars('A', 'Z');
        raw.whitespaceChars(' ', ' ');
        raw.lowerCaseMode(true);
        StringBuilder sb = new StringBuilder();
        while (raw.nextToken() != StreamTokenizer.TT_EOF) {
            sb.append(raw.ttype == StreamTokenizer.TT_WORD ? "[" + raw.sval + "]" : "<" + (char) raw.ttype + ">");
        }
        System.out.println(sb);
        StreamTokenizer pb = new StreamTokenizer(new StringReader("alpha 7"));
        pb.nextToken();
        pb.pushBack();
        pb.nextToken();
        System.out.println("pushBack: " + pb.sval + " then " + (pb.nextToken() == StreamTokenizer.TT_NUMBER ? pb.nval : -1) + " " + pb);
    }

    // hand-written lexer over a PushbackReader
    static List<String> lex(String text) throws IOException {
        PushbackReader in = new PushbackReader(new StringReader(text), 2);
        List<String> toks = new ArrayList<>();
        int c;
        while ((c = in.read()) != -1) {
            if (Character.isWhitespace(c)) continue;
            if (Character.isDigit(c)) {
                StringBuilder num = new StringBuilder();
                while (c != -1 && (Character.isDigit(c) || c == '.')) {
                    num.append((char) c);
                    c = in.read();
                }
                if (c != -1) in.unread(c);
                toks.add("NUM(" + num + ")");
            } else if (Character.isLetter(c)) {
                StringBuilder id = new StringBuilder();
                while (c != -1 && Character.isLetterOrDigit(c)) {
                    id.append((char) c);
                    c = in.read();
                }
                if (c != -1) in.unread(c);
                toks.add("ID(" + id + ")");
            } else {
                int d = in.read();
                String two = "" + (char) c + (char) d;
                if (d != -1 && List.of("<=", ">=", "==", "!=", "&&", "||", "->").contains(two)) {
                    toks.add("OP(" + two + ")");
                } else {
                    if (d != -1) in.unread(d);
                    toks.add("OP(" + (char) c + ")");
                }
            }
        }
        try {
            in.unread(new char[] { 'a', 'b', 'c' });
        } catch (IOException e) {
            toks.add("!" + e.getMessage());
        }
        return toks;
    }

    static void lineNumbers() throws IOException {
        LineNumberReader r = new LineNumberReader(new StringReader("first\r\nsecond\rthird\n\nfifth"));
        String line;
        while ((line = r.readLine()) != null) System.out.println(r.getLineNumber() + ": " + line);
        System.out.println("after EOF: " + r.getLineNumber() + " " + r.readLine() + " " + r.getLineNumber());
        LineNumberReader r2 = new LineNumberReader(new StringReader("a\r\nb\rc"));
        StringBuilder sb = new StringBuilder();
        int ch;
        while ((ch = r2.read()) != -1) sb.append(ch == '\n' ? "\\n" : String.valueOf((char) ch)).append('@').append(r2.getLineNumber()).append(' ');
        System.out.println(sb + "end@" + r2.getLineNumber());
        LineNumberReader r3 = new LineNumberReader(new StringReader("x\ny\nz\n"));
        r3.setLineNumber(100);
        r3.mark(100);
        r3.readLine();
        r3.readLine();
        System.out.print("marked " + r3.getLineNumber());
        r3.reset();
        System.out.println(" reset " + r3.getLineNumber() + " skip " + r3.skip(4) + " -> " + r3.getLineNumber() + " lines " + r3.lines().collect(Collectors.toList()));
    }

    static void charArrays() throws IOException {
        CharArrayWriter w = new CharArrayWriter();
        w.write("hello, ");
        w.append("world").append('!').append("xyz", 0, 1);
        w.write(new char[] { '1', '2', '3' }, 1, 2);
        System.out.println(w + " size=" + w.size() + " chars=" + Arrays.toString(w.toCharArray()));
        StringWriter sw = new StringWriter();
        w.writeTo(sw);
        w.reset();
        w.write('Z');
        System.out.println("copy=" + sw + " after reset=" + w);
        CharArrayReader car = new CharArrayReader("0123456789".toCharArray(), 2, 5);
        char[] buf = new char[3];
        int n = car.read(buf);
        car.mark(0);
        System.out.println("read " + n + " " + new String(buf, 0, n) + " next " + (char) car.read() + " skip " + car.skip(10) + " eof " + car.read());
        car.reset();
        System.out.println("after reset " + (char) car.read() + " ready " + car.ready());
        SequenceInputStream seq = new SequenceInputStream(new ByteArrayInputStream("abc".getBytes()), new ByteArrayInputStream("def".getBytes()));
        System.out.println("sequence: " + new String(seq.readAllBytes()));
        SequenceInputStream seq3 = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(new byte[] { 1, 2 }), new ByteArrayInputStream(new byte[0]), new ByteArrayInputStream(new byte[] { 3 }))));
        int b;
        StringBuilder bs = new StringBuilder();
        while ((b = seq3.read()) != -1) bs.append(b);
        System.out.println("seq3: " + bs);
        PushbackInputStream pis = new PushbackInputStream(new ByteArrayInputStream(new byte[] { 10, 20, 30 }), 2);
        int first = pis.read();
        pis.unread(first + 1);
        pis.unread(99);
        byte[] got = new byte[5];
        int cnt = pis.read(got);
        System.out.println("pushback bytes: " + cnt + " " + Arrays.toString(got) + " available " + pis.available());
        try {
            pis.unread(new byte[3]);
        } catch (IOException e) {
            System.out.println("IOE " + e.getMessage());
        }
        Reader upper = new FilterReader(new StringReader("filtered text")) {
            @Override public int read() throws IOException {
                int c = super.read();
                return c == -1 ? c : Character.toUpperCase(c);
            }
            @Override public int read(char[] cb, int off, int len) throws IOException {
                int k = super.read(cb, off, len);
                for (int i = off; i < off + Math.max(k, 0); i++) cb[i] = Character.toUpperCase(cb[i]);
                return k;
            }
        };
        System.out.println(new BufferedReader(upper).readLine());
        StringWriter target = new StringWriter();
        Writer rot = new FilterWriter(target) {
            @Override public void write(int c) throws IOException { super.write(Character.isLetter(c) ? c + 1 : c); }
            @Override public void write(char[] cb, int off, int len) throws IOException { for (int i = 0; i < len; i++) write(cb[off + i]); }
            @Override public void write(String s, int off, int len) throws IOException { for (int i = 0; i < len; i++) write(s.charAt(off + i)); }
        };
        rot.write("HAL 9000");
        rot.flush();
        System.out.println(target);
    }

    static void scannerPatterns() {
        Scanner sc = new Scanner("id=42 name=Ann\nscore: 98.5 big 123456789012345678901234567890 1.25e3\nfooBAR end");
        System.out.println("findInLine: " + sc.findInLine("name=(\\w+)") + " group1=" + sc.match().group(1) + " start=" + sc.match().start());
        System.out.println("rest of line: '" + sc.nextLine() + "'");
        sc.skip("score:\\s*");
        System.out.println("double " + sc.nextDouble() + " word " + sc.next(Pattern.compile("[a-z]+")) + " hasNextBigInteger " + sc.hasNextBigInteger());
        BigInteger bi = sc.nextBigInteger();
        System.out.println("bigint " + bi + " bits " + bi.bitLength() + " hasNextBigDecimal " + sc.hasNextBigDecimal());
        BigDecimal bd = sc.nextBigDecimal();
        System.out.println("bigdec " + bd + " scale " + bd.scale());
        System.out.println("hasNext(Pattern) " + sc.hasNext(Pattern.compile("foo[A-Z]+")) + " findWithinHorizon " + sc.findWithinHorizon("[A-Z]{3}", 6) + " then " + sc.findWithinHorizon("zzz", 0) + " next " + sc.next());
        try {
            sc.skip("nothing");
        } catch (NoSuchElementException e) {
            System.out.println("skip failed: NSEE");
        }
        System.out.println("tokens: " + new Scanner("a b  c\td").tokens().map(String::toUpperCase).collect(Collectors.joining(",")));
        System.out.println("findAll: " + new Scanner("x1 y22 z333").findAll("[a-z](\\d+)").map(m -> m.group(1)).collect(Collectors.toList()));
        Scanner d = new Scanner("1, 2,3 ,  4").useDelimiter(Pattern.compile("\\s*,\\s*"));
        int s = 0;
        while (d.hasNextInt()) s += d.nextInt();
        System.out.println("delimited sum " + s + " delimiter " + d.delimiter());
        Scanner ci = new Scanner("aXbxc").useDelimiter(Pattern.compile("x", Pattern.CASE_INSENSITIVE));
        System.out.println("case-insensitive delimiter: " + ci.tokens().collect(Collectors.toList()));
        Scanner anch = new Scanner("xx abc\nabc def");
        anch.next();
        System.out.println("bounds: " + anch.findInLine("^\\s*abc") + " [" + anch.findInLine("(?<=x) abc") + "] " + anch.findInLine("\\babc"));
        anch.nextLine();
        System.out.println("next line: " + anch.findInLine("^abc") + " " + anch.findInLine("(?m)^abc") + " " + anch.next());
        Scanner hx = new Scanner("ff 7f zz");
        System.out.println("radix: " + hx.nextBigInteger(16) + " " + hx.nextInt(16) + " " + hx.hasNextBigInteger(16) + " " + hx.hasNextBigInteger(36));
    }

    static void stringExtras() {
        String block = "    <html>\n        <body>hi</body>   \n    </html>\n";
        System.out.println("[" + block.stripIndent().replace("\n", "$") + "]");
        System.out.println("[" + "  a\n    b\n  ".stripIndent().replace("\n", "$") + "]");
        System.out.println("[" + "\t x\n\t   y".stripIndent().replace("\n", "$") + "] [" + "".stripIndent() + "] [" + "  \n  ".stripIndent().replace("\n", "$") + "]");
        String esc = "tab\\tnew\\nquote\\\"oct\\101\\60\\7x\\s.\\\njoined";
        System.out.println(esc.translateEscapes().replace("\t", "<TAB>").replace("\n", "<NL>").replace("\u0007", "<BEL>"));
        try {
            "bad \\q".translateEscapes();
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        String data = "id:12345;hex:ff;neg:-77";
        System.out.println(Integer.parseInt(data, 3, 8, 10) + " " + Integer.parseInt(data, 13, 15, 16) + " " + Long.parseLong(data, 20, 23, 10) + " "
            + Integer.parseUnsignedInt("x4294967295", 1, 11, 10) + " " + Long.parseUnsignedLong("18446744073709551615", 0, 20, 10));
        String[] bad = { "12a", "", "-", "+5x" };
        for (String b : bad) {
            try {
                System.out.println(Integer.parseInt("[" + b + "]", 1, b.length() + 1, 10));
            } catch (NumberFormatException e) {
                System.out.println("NFE " + e.getMessage());
            }
        }
        try {
            Integer.parseInt("123", 2, 5, 10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
        try {
            Long.parseUnsignedLong("18446744073709551616", 0, 20, 10);
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        try {
            Integer.parseUnsignedInt("-1", 0, 2, 10);
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException {
        fastInput();
        tokenizerModes();
        System.out.println(lex("if (x1 <= 10.5 && y != z) -> call(a,b)"));
        lineNumbers();
        charArrays();
        scannerPatterns();
        stringExtras();
        EventObject ev = new EventObject("button");
        System.out.println(ev + " " + ev.getSource() + " " + (ev instanceof java.io.Serializable));
    }
}
