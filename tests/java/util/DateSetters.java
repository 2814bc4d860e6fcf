package util;

import java.util.*;
public class DateSetters {
    @SuppressWarnings("deprecation")
    public static void main(String[] args) {
        Date d = new Date(124, 0, 31, 10, 30, 15);
        System.out.println(d + " " + d.getTime());
        d.setMonth(1); System.out.println(d);
        d.setDate(0); System.out.println(d);
        d.setHours(25); System.out.println(d);
        d.setMinutes(-5); System.out.println(d);
        d.setSeconds(3600); System.out.println(d);
        d.setYear(99); System.out.println(d + " " + d.getYear());
        d.setMonth(-1); System.out.println(d);
        Date e = new Date(1700000000123L); e.setSeconds(7); System.out.println(e.getTime() + " " + e);
        System.out.println(Date.UTC(100, 0, 1, 0, 0, 0) + " " + Date.UTC(70, 13, 32, 25, 61, 61));
        System.out.println(new Date(0).toLocaleString() + " | " + e.toLocaleString() + " | " + e.toGMTString());
        Date f = new Date(2000 - 1900, 1, 29); f.setYear(2001 - 1900); System.out.println(f);
    }
}
