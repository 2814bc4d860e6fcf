package text;

import java.text.*;
import java.util.*;

public class DateFormatCalendar {
    public static void main(String[] args) throws Exception {
        Date d = new Date(1700000000000L);
        SimpleDateFormat sdf = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss zzz (EEE) 'week' w", Locale.US);
        sdf.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println(sdf.format(d) + " | " + sdf.getCalendar().getTimeZone().getID() + " " + sdf.getCalendar().getClass().getName());
        // changing the calendar's zone changes the format's zone
        sdf.getCalendar().setTimeZone(TimeZone.getTimeZone("Asia/Tokyo"));
        System.out.println(sdf.format(d) + " | " + sdf.getTimeZone().getID());
        Calendar ny = Calendar.getInstance(TimeZone.getTimeZone("America/New_York"), Locale.US);
        sdf.setCalendar(ny);
        System.out.println(sdf.format(d) + " | " + (sdf.getCalendar() == ny));
        // week rules come from the calendar
        Calendar iso = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.US);
        iso.setFirstDayOfWeek(Calendar.MONDAY);
        iso.setMinimalDaysInFirstWeek(4);
        SimpleDateFormat weeks = new SimpleDateFormat("yyyy-MM-dd 'w'w 'W'W", Locale.US);
        weeks.setTimeZone(TimeZone.getTimeZone("UTC"));
        Date jan1 = new Date(1672531200000L); // 2023-01-01, a Sunday
        Date dec31 = new Date(1609632000000L); // 2021-01-03, a Sunday
        System.out.println(weeks.format(jan1) + " " + weeks.format(dec31));
        weeks.setCalendar(iso);
        System.out.println(weeks.format(jan1) + " " + weeks.format(dec31));
        // leniency lives in the calendar
        SimpleDateFormat strict = new SimpleDateFormat("yyyy-MM-dd", Locale.US);
        strict.getCalendar().setLenient(false);
        System.out.println(strict.isLenient());
        try { strict.parse("2023-02-30"); System.out.println("parsed"); } catch (ParseException e) { System.out.println(e.getMessage() + " at " + e.getErrorOffset()); }
        strict.setLenient(true);
        strict.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println(strict.getCalendar().isLenient() + " " + strict.parse("2023-02-30").getTime());
        // the number format
        NumberFormat nf = sdf.getNumberFormat();
        System.out.println(nf.getClass().getName() + " " + nf.isGroupingUsed() + " " + nf.isParseIntegerOnly() + " " + nf.format(1234567) + " " + nf.getMaximumFractionDigits() + " " + nf.getMinimumIntegerDigits());
        // clones are independent; equality and hash codes
        SimpleDateFormat a = new SimpleDateFormat("dd/MM/yyyy HH:mm", Locale.US);
        a.setTimeZone(TimeZone.getTimeZone("UTC"));
        SimpleDateFormat b = (SimpleDateFormat) a.clone();
        System.out.println(a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + (a.getCalendar() != b.getCalendar()));
        b.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
        System.out.println(a.format(d) + " " + b.format(d) + " " + a.equals(b));
        DateFormat df = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, Locale.US);
        df.setCalendar(Calendar.getInstance(TimeZone.getTimeZone("Australia/Sydney"), Locale.US));
        System.out.println(df.format(d) + " " + df.getTimeZone().getID() + " " + df.equals(df.clone()));
        // parsing a zone name moves the format to that zone
        SimpleDateFormat z = new SimpleDateFormat("yyyy-MM-dd HH:mm z", Locale.US);
        z.setTimeZone(TimeZone.getTimeZone("UTC"));
        Date parsed = z.parse("2023-07-01 12:00 PDT");
        System.out.println(parsed.getTime() + " " + z.getTimeZone().getID() + " " + z.getCalendar().getTimeZone().getID());
    }
}
