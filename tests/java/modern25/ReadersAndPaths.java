package modern25;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.file.Path;

public class ReadersAndPaths {
    public static void main(String[] args) throws IOException {
        StringBuilder text = new StringBuilder("alpha\nbeta\r\ngamma\rdelta");
        Reader r = Reader.of(text);
        char[] buf = new char[4];
        int n = r.read(buf, 0, 4);
        System.out.println("read " + n + " '" + new String(buf, 0, n) + "' ready=" + r.ready() + " mark=" + r.markSupported());
        r.mark(100);
        System.out.println("next char " + (char) r.read());
        r.reset();
        text.append("\nepsilon\n");
        System.out.println("lines " + r.readAllLines());
        System.out.println("at end " + r.read() + " " + r.read(buf, 0, 4) + " " + r.read(buf, 0, 0));
        r.close();
        try {
            r.read();
        } catch (IOException e) {
            System.out.println("after close: " + e.getMessage());
        }
        System.out.println("allAsString [" + Reader.of("one\ntwo").readAllAsString() + "]");
        System.out.println("empty lines " + Reader.of("").readAllLines() + " " + Reader.of("\n\n").readAllLines() + " " + Reader.of("x\r").readAllLines());
        System.out.println("StringReader lines " + new StringReader("p\r\nq\n\nr").readAllLines());
        Reader partly = new StringReader("head|rest of it");
        partly.skip(5);
        System.out.println("after skip [" + partly.readAllAsString() + "]");

        Path base = Path.of("/srv");
        System.out.println("resolve " + base.resolve("app", "conf", "main.yml") + " " + base.resolve("x") + " " + base.resolve(Path.of("a"), Path.of("b"), Path.of("/abs"), Path.of("c")));
        System.out.println("resolve none " + base.resolve("only", new String[0]));

        BigInteger big = BigInteger.TWO.pow(200).add(BigInteger.ONE);
        System.out.println("parallelMultiply " + big.parallelMultiply(big).equals(big.multiply(big)) + " " + BigInteger.valueOf(-12).parallelMultiply(BigInteger.valueOf(34)));
        for (String name : new String[]{"int", "void", "boolean", "double", "Integer", "java.lang.String", "", "char"}) {
            System.out.println("forPrimitiveName(" + name + ") = " + Class.forPrimitiveName(name));
        }
        try {
            Class.forPrimitiveName(null);
        } catch (NullPointerException e) {
            System.out.println("forPrimitiveName(null) NullPointerException");
        }
    }
}
