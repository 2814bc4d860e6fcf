package arith;

public class Iinc {
    public static void main(String[] args) {
        int a = 0;
        a += 1; a += 127; a -= 128; a += 128; a -= 129;
        System.out.println("small: " + a);
        int b = 0;
        b += 32767; System.out.print(b + " ");
        b -= 32768; System.out.print(b + " ");
        b += 32768; System.out.print(b + " ");
        b += 100000; System.out.print(b + " ");
        b -= 1_000_000_000; System.out.println(b);
        int c = Integer.MAX_VALUE;
        c += 1;
        System.out.println("wrap: " + c);
        c -= 1;
        System.out.println("wrap back: " + c);
        int d = 10;
        d++; d--; ++d; --d; d++;
        System.out.println("d=" + d);
        int post = d++;
        int pre = ++d;
        System.out.println(post + " " + pre + " " + d);
        int sum = 0;
        for (int i = 0; i < 1000000; i += 1000) sum += i;
        System.out.println("sum=" + sum);
        int dec = 0;
        for (int i = 100; i > -100; i -= 7) dec++;
        System.out.println("dec=" + dec);
        int big = 5;
        big += 65535; System.out.print(big + " ");
        big -= 65536; System.out.print(big + " ");
        big *= 3; System.out.println(big);
        long l = 5;
        l++; l += 1000000;
        System.out.println("long: " + l);
        short s = 10;
        s += 70000;
        byte by = 10;
        by += 250;
        char ch = 'a';
        ch += 25;
        System.out.println(s + " " + by + " " + ch);
    }
}
