package text;

import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

// SimpleDateFormat reads numeric offsets as the pattern letter and count say (X, XX, XXX, Z, z)
public class ZoneOffsetParsing {
    public static void main(String[] args) {
        String[] patterns = {"HH:mm X", "HH:mm XX", "HH:mm XXX", "HH:mm Z", "HH:mm z", "HH:mm ZZZZ"};
        String[] inputs = {"10:00 Z", "10:00 +05", "10:00 +0530", "10:00 +05:30", "10:00 -8", "10:00 -08",
                "10:00 -0800", "10:00 -08:00", "10:00 +2400", "10:00 +0560", "10:00 GMT", "10:00 GMT+5:30",
                "10:00 GMT-08:00", "10:00 GMT+05", "10:00 GMT+0530", "10:00 UTC", "10:00 +1", "10:00 +"};
        for (String p : patterns) {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd " + p, Locale.US);
            f.setTimeZone(TimeZone.getTimeZone("Asia/Tokyo"));
            System.out.println("pattern " + p);
            for (String in : inputs) {
                ParsePosition pos = new ParsePosition(0);
                Date d = f.parse("2021-02-03 " + in, pos);
                System.out.println("  " + in + " -> " + (d == null ? "null" : String.valueOf(d.getTime()))
                        + " index=" + pos.getIndex() + " error=" + pos.getErrorIndex());
            }
        }
    }
}
