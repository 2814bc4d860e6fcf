package desktop;

import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.sql.SQLWarning;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;

public class SqlDates {
    public static void main(String[] args) {
        for (String zone : new String[] {"UTC", "GMT+05:30", "America/New_York", "Europe/Paris"}) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            System.out.println("=== " + zone);
            dates();
            times();
            timestamps();
        }
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        parsing();
        exceptions();
        System.out.println("types " + Types.VARCHAR + " " + Types.INTEGER + " " + Types.TIMESTAMP + " " + Types.BIGINT
            + " " + Types.OTHER + " " + Types.TIMESTAMP_WITH_TIMEZONE + " " + Types.BOOLEAN + " " + Types.NULL);
    }

    static void dates() {
        Date d = Date.valueOf("2024-02-29");
        System.out.println(d + " " + d.getTime() + " " + d.toLocalDate() + " " + d.hashCode());
        System.out.println(Date.valueOf(LocalDate.of(1999, 12, 31)) + " " + Date.valueOf("2023-7-4") + " " + Date.valueOf("2021-02-31"));
        Date e = new Date(1700000000123L);
        System.out.println(e + " " + e.getTime() + " " + e.toLocalDate() + " " + e.equals(new java.util.Date(1700000000123L)));
        Date old = new Date(-86400000L * 365 * 80);
        System.out.println(old + " " + new Date(0) + " " + new Date(124, 0, 15) + " " + new Date(124, 13, 1));
        try {
            e.getHours();
        } catch (IllegalArgumentException ex) {
            System.out.println("getHours " + ex);
        }
        try {
            e.toInstant();
        } catch (UnsupportedOperationException ex) {
            System.out.println("toInstant " + ex);
        }
        System.out.println(d.before(e) + " " + d.after(e) + " " + d.compareTo(e) + " " + e.compareTo(d) + " " + d.compareTo(Date.valueOf("2024-02-29")));
    }

    static void times() {
        Time t = Time.valueOf("13:45:07");
        System.out.println(t + " " + t.getTime() + " " + t.toLocalTime() + " " + t.hashCode());
        System.out.println(Time.valueOf(LocalTime.of(0, 0, 59, 999)) + " " + Time.valueOf("25:61:61") + " " + Time.valueOf("1:2:3"));
        Time u = new Time(1700000000123L);
        System.out.println(u + " " + u.getTime() + " " + new Time(0) + " " + new Time(23, 59, 59).getTime());
        try {
            u.getYear();
        } catch (IllegalArgumentException ex) {
            System.out.println("getYear " + ex);
        }
        try {
            u.toInstant();
        } catch (UnsupportedOperationException ex) {
            System.out.println("toInstant " + ex);
        }
    }

    static void timestamps() {
        Timestamp ts = Timestamp.valueOf("2024-03-10 02:30:00.123456789");
        System.out.println(ts + " " + ts.getTime() + " " + ts.getNanos() + " " + ts.toLocalDateTime() + " " + ts.toInstant());
        Timestamp a = Timestamp.valueOf("2023-11-05 01:30:00");
        System.out.println(a + " " + a.getTime() + " " + a.hashCode());
        Timestamp b = new Timestamp(1700000000123L);
        System.out.println(b + " " + b.getTime() + " " + b.getNanos() + " " + b.toInstant() + " " + b.toLocalDateTime());
        b.setNanos(5);
        System.out.println(b + " " + b.getTime() + " " + b.getNanos());
        b.setNanos(100000000);
        System.out.println(b + " " + b.getTime());
        b.setNanos(120000);
        System.out.println(b + " " + b.getTime());
        Timestamp neg = new Timestamp(-1L);
        System.out.println(neg + " " + neg.getTime() + " " + neg.getNanos() + " " + neg.toInstant());
        Timestamp ldt = Timestamp.valueOf(LocalDateTime.of(2020, 6, 15, 8, 9, 10, 1000));
        System.out.println(ldt + " " + ldt.toLocalDateTime() + " " + ldt.getTime());
        Timestamp fromInstant = Timestamp.from(Instant.parse("2021-01-02T03:04:05.000006Z"));
        System.out.println(fromInstant + " " + fromInstant.toInstant() + " " + fromInstant.getNanos());
        Timestamp x = new Timestamp(1000);
        Timestamp y = new Timestamp(1000);
        y.setNanos(1);
        System.out.println(x.equals(y) + " " + x.compareTo(y) + " " + y.compareTo(x) + " " + x.before(y) + " " + y.after(x)
            + " " + x.equals((Object) new Timestamp(1000)) + " " + x.equals(new java.util.Date(1000))
            + " " + new java.util.Date(1000).equals(x) + " " + x.compareTo(new java.util.Date(1000))
            + " " + x.compareTo(new java.util.Date(999)) + " " + new java.util.Date(999).before(y));
        y.setTime(1500);
        System.out.println(y + " " + y.getNanos() + " " + new java.util.Date(1400).before(y) + " " + y.hashCode());
        List<Timestamp> list = new ArrayList<>();
        for (String s : new String[] {"2020-01-01 00:00:00.5", "2020-01-01 00:00:00.05", "2019-12-31 23:59:59.999999999",
                "2020-01-01 00:00:00"}) {
            list.add(Timestamp.valueOf(s));
        }
        Collections.sort(list);
        System.out.println(list);
        try {
            new Timestamp(100, 0, 1, 0, 0, 0, 1_000_000_000);
        } catch (IllegalArgumentException ex) {
            System.out.println(ex);
        }
        try {
            x.setNanos(-1);
        } catch (IllegalArgumentException ex) {
            System.out.println(ex);
        }
    }

    static void parsing() {
        System.out.println("=== parsing");
        String[] dates = {"2024-1-5", "2024-01-05", "24-01-05", "2024-001-05", "2024-01-", "2024/01/05", "2024-13-01",
            "2024-00-10", "2024-01-32", "abcd-01-01", "2024-0x-01", " 2024-01-01", "2024-01-01 ", "+024-01-01"};
        for (String s : dates) {
            try {
                System.out.println("date " + s + " -> " + Date.valueOf(s));
            } catch (IllegalArgumentException ex) {
                System.out.println("date " + s + " -> " + ex);
            }
        }
        String[] times = {"10:20:30", "1:2:3", "10:20", "10:20:", ":20:30", "10-20-30", "ab:20:30", "-1:00:00", "10:20:30.5"};
        for (String s : times) {
            try {
                System.out.println("time " + s + " -> " + Time.valueOf(s));
            } catch (IllegalArgumentException ex) {
                System.out.println("time " + s + " -> " + ex);
            }
        }
        String[] stamps = {"2024-01-05 10:20:30", "2024-01-05 10:20:30.1", "2024-1-5 1:2:3.000000001",
            " 2024-01-05 10:20:30.123 ", "2024-01-05 10:20:30.", "2024-01-05 10:20:30.1234567891", "2024-01-05",
            "2024-01-05 10:20", "2024-01-05T10:20:30", "2024-01-05 10:20:30.x1", "2024-13-05 10:20:30",
            "2024-01-05 10:20:30.-5", "2024-01-05 25:70:80.5"};
        for (String s : stamps) {
            try {
                System.out.println("stamp " + s + " -> " + Timestamp.valueOf(s));
            } catch (IllegalArgumentException ex) {
                System.out.println("stamp " + s + " -> " + ex);
            }
        }
        try {
            Timestamp.valueOf((String) null);
        } catch (IllegalArgumentException ex) {
            System.out.println("null -> " + ex);
        }
        try {
            Date.valueOf((String) null);
        } catch (IllegalArgumentException ex) {
            System.out.println("null -> " + ex);
        }
    }

    static void exceptions() {
        System.out.println("=== exceptions");
        SQLException e = new SQLException("Table not found", "42S02", 1146);
        System.out.println(e + " | " + e.getMessage() + " | " + e.getSQLState() + " | " + e.getErrorCode() + " | " + e.getCause());
        SQLException cause = new SQLException(new IllegalStateException("boom"));
        System.out.println(cause + " | " + cause.getSQLState() + " | " + cause.getErrorCode() + " | " + cause.getCause());
        e.setNextException(cause);
        e.setNextException(new SQLTimeoutException("slow", "HYT00"));
        e.setNextException(new SQLIntegrityConstraintViolationException("dup key", "23000", 1062, new RuntimeException("inner")));
        int n = 0;
        for (Throwable t : e) {
            System.out.println("  chain " + n++ + ": " + t);
        }
        for (SQLException x = e; x != null; x = x.getNextException()) {
            System.out.println("  next " + x.getClass().getSimpleName() + " " + x.getSQLState() + " "
                + (x instanceof SQLTransientException) + " " + (x instanceof SQLNonTransientException));
        }
        SQLException[] all = {new SQLException(), new SQLException("r"), new SQLException("r", "s"),
            new SQLException("r", new Error("c")), new SQLException("r", "s", new Error("c")),
            new SQLSyntaxErrorException("bad sql"), new SQLDataException("x", "22012"), new SQLWarning("careful")};
        for (SQLException x : all) {
            System.out.println(x + " | " + x.getSQLState() + " | " + x.getErrorCode() + " | " + x.getCause());
        }
        SQLWarning w = new SQLWarning("w1");
        w.setNextWarning(new SQLWarning("w2", "01000", 7));
        w.setNextException(new SQLException("not a warning"));
        System.out.println(w.getNextWarning() + " " + w.getNextWarning().getErrorCode());
        try {
            w.getNextWarning().getNextWarning();
        } catch (Error err) {
            System.out.println(err);
        }
        try {
            throw new SQLTimeoutException("query took too long", "HYT00", 0);
        } catch (SQLException ex) {
            System.out.println("caught " + ex.getClass().getName() + ": " + ex.getMessage());
        }
        java.util.Iterator<Throwable> it = new SQLException("solo").iterator();
        System.out.println(it.hasNext() + " " + it.next() + " " + it.hasNext());
        try {
            it.next();
        } catch (java.util.NoSuchElementException ex) {
            System.out.println(ex);
        }
    }
}
