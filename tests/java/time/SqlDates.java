package time;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.*;
import java.util.*;

/** java.sql's Date, Time and Timestamp as business programs use them without a database. */
public class SqlDates {
    record Invoice(int id, Date issued, Date due, Timestamp paid) {}

    public static void main(String[] args) {
        List<Invoice> invoices = new ArrayList<>();
        String[][] rows = {
            {"1", "2024-01-15", "2024-02-14", "2024-02-10 09:30:00"},
            {"2", "2024-1-5", "2024-2-4", "2024-02-20 17:05:59.5"},
            {"3", "2023-12-31", "2024-01-30", "2024-01-30 23:59:59.123456789"},
            {"4", "2024-03-01", "2024-03-31", "  2024-04-02 08:00:00.010  "},
        };
        for (String[] r : rows)
            invoices.add(new Invoice(Integer.parseInt(r[0]), Date.valueOf(r[1]), Date.valueOf(r[2]), Timestamp.valueOf(r[3])));
        for (Invoice inv : invoices) {
            LocalDate due = inv.due().toLocalDate();
            LocalDate paid = inv.paid().toLocalDateTime().toLocalDate();
            long late = Math.max(0, Duration.between(due.atStartOfDay(), paid.atStartOfDay()).toDays());
            System.out.println(inv + " late=" + late + " nanos=" + inv.paid().getNanos() + " ms=" + inv.paid().getTime() % 1000);
        }
        invoices.sort(Comparator.comparing(Invoice::paid));
        System.out.println(invoices.stream().map(i -> i.id() + "@" + i.paid()).toList());
        Timestamp a = Timestamp.valueOf("2024-05-05 10:00:00.000000001"), b = Timestamp.valueOf("2024-05-05 10:00:00.000000002");
        System.out.println(a + " " + b + " " + a.before(b) + " " + a.after(b) + " " + a.compareTo(b) + " " + a.equals(b) + " " + a.equals((Object) Timestamp.valueOf(a.toString())) + " " + (a.hashCode() == b.hashCode()));
        java.util.Date plain = new java.util.Date(a.getTime());
        System.out.println(a.compareTo(plain) + " " + plain.equals(a) + " " + a.equals(plain) + " " + plain.before(b));
        Timestamp t = new Timestamp(1_700_000_000_123L);
        System.out.println(t.getTime() + " " + t.getNanos() + " " + t.toInstant() + " " + Timestamp.from(Instant.ofEpochSecond(5, 42)).getNanos());
        Timestamp neg = new Timestamp(-1500);
        System.out.println(neg.getTime() + " " + neg.getNanos() + " " + neg.toInstant());
        t.setNanos(7);
        System.out.println(t.getNanos() + " " + t.getTime() % 1000 + " " + t.toInstant());
        Timestamp ldt = Timestamp.valueOf(LocalDateTime.of(2020, 2, 29, 12, 34, 56, 780_000_000));
        System.out.println(ldt + " " + ldt.toLocalDateTime() + " " + new Timestamp(300000000000000L));
        Date d = Date.valueOf(LocalDate.of(1999, 12, 31));
        System.out.println(d + " " + d.toLocalDate().plusDays(1) + " " + new Date(d.getTime()).equals(d) + " " + Date.valueOf("0099-1-1"));
        Time tm = Time.valueOf("7:05:09");
        System.out.println(tm + " " + tm.toLocalTime() + " " + Time.valueOf(LocalTime.of(23, 59, 58)) + " " + Time.valueOf("25:61:61"));
        String[] badDates = {"2024/01/01", "24-01-01", "2024-13-01", "2024-01-32", "2024-001-01", "2024-01-", "abcd-01-01", "2024-1x-01"};
        for (String s : badDates) {
            try { System.out.println(Date.valueOf(s)); } catch (IllegalArgumentException e) { System.out.println(s + " -> " + e); }
        }
        String[] badStamps = {"2024-01-01", "2024-01-01 10:00", "2024-01-01 10:00:00.", "2024-01-01 10:00:00.1234567890", "2024-01-01 10:00:00.x", "2024-01-01 1a:00:00", null};
        for (String s : badStamps) {
            try { System.out.println(Timestamp.valueOf(s)); } catch (IllegalArgumentException e) { System.out.println(s + " -> " + e); }
        }
        for (String s : new String[]{"10:00", "aa:bb:cc"}) {
            try { System.out.println(Time.valueOf(s)); } catch (IllegalArgumentException e) { System.out.println(s + " -> " + e); }
        }
        try { d.getHours(); } catch (IllegalArgumentException e) { System.out.println("getHours " + e); }
        try { tm.getYear(); } catch (IllegalArgumentException e) { System.out.println("getYear " + e); }
        try { d.toInstant(); } catch (UnsupportedOperationException e) { System.out.println("toInstant " + e); }
        try { t.setNanos(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(d instanceof java.util.Date);
    }
}
