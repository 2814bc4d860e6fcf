import java.time.*;
import java.time.format.*;
import java.time.zone.*;
import java.util.*;
public class ZoneDataGen {
    /** "baseStandard baseWall;epochSecond,standardOffset ...;epochSecond,wallOffset ..." (read from the rules' fields). */
    static String history(ZoneRules r) {
        try {
            long[] st = (long[]) get(r, "standardTransitions"), wt = (long[]) get(r, "savingsInstantTransitions");
            ZoneOffset[] so = (ZoneOffset[]) get(r, "standardOffsets"), wo = (ZoneOffset[]) get(r, "wallOffsets");
            StringBuilder b = new StringBuilder().append(so[0].getTotalSeconds()).append(' ').append(wo[0].getTotalSeconds()).append(';');
            for (int i = 0; i < st.length; i++) b.append(i == 0 ? "" : " ").append(st[i]).append(',').append(so[i + 1].getTotalSeconds());
            b.append(';');
            for (int i = 0; i < wt.length; i++) b.append(i == 0 ? "" : " ").append(wt[i]).append(',').append(wo[i + 1].getTotalSeconds());
            return b.toString();
        } catch (ReflectiveOperationException e) {
            throw new RuntimeException(e);
        }
    }
    static Object get(ZoneRules r, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = ZoneRules.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(r);
    }
    public static void main(String[] args) {
        TreeSet<String> ids = new TreeSet<>(ZoneId.getAvailableZoneIds());
        DateTimeFormatter s = DateTimeFormatter.ofPattern("z"), l = DateTimeFormatter.ofPattern("zzzz");
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            ZoneId z = ZoneId.of(id);
            ZoneRules r = z.getRules();
            Instant jan = Instant.parse("2025-01-15T12:00:00Z"), jul = Instant.parse("2025-07-15T12:00:00Z");
            ZonedDateTime a = jan.atZone(z), b = jul.atZone(z);
            boolean da = r.isDaylightSavings(jan), db = r.isDaylightSavings(jul);
            ZonedDateTime std = da ? b : a, dst = da ? a : (db ? b : null);
            List<ZoneOffsetTransitionRule> tr = r.getTransitionRules();
            if (tr.size() != 0 && tr.size() != 2) { System.err.println("skip " + id); continue; }
            out.append(id).append('|').append(r.getStandardOffset(jan).getTotalSeconds()).append(r.isFixedOffset() ? "" : "h").append('|')
               .append(std.format(s)).append('|').append(std.format(l)).append('|').append(z.getDisplayName(TextStyle.SHORT, Locale.US)).append('|').append(z.getDisplayName(TextStyle.FULL, Locale.US));
            if (dst != null) out.append('|').append(dst.format(s)).append('|').append(dst.format(l));
            else {
                TimeZone tz = TimeZone.getTimeZone(id);
                out.append('|').append(tz.getDisplayName(true, TimeZone.SHORT, Locale.US)).append('|').append(tz.getDisplayName(true, TimeZone.LONG, Locale.US));
            }
            if (dst != null) {
                TimeZone tz = TimeZone.getTimeZone(id);
                if (!tz.getDisplayName(true, TimeZone.SHORT, Locale.US).equals(dst.format(s)) || !tz.getDisplayName(false, TimeZone.LONG, Locale.US).equals(std.format(l))) System.err.println("names differ " + id);
            } else if (!TimeZone.getTimeZone(id).getDisplayName(false, TimeZone.SHORT, Locale.US).equals(std.format(s))) System.err.println("std names differ " + id);
            for (ZoneOffsetTransitionRule t : tr) {
                out.append('|').append(t.getMonth().getValue()).append(',').append(t.getDayOfMonthIndicator()).append(',')
                   .append(t.getDayOfWeek() == null ? 0 : t.getDayOfWeek().getValue()).append(',')
                   .append(t.isMidnightEndOfDay() ? 86400 : t.getLocalTime().toSecondOfDay()).append(',')
                   .append(t.getTimeDefinition().ordinal()).append(',').append(t.getStandardOffset().getTotalSeconds()).append(',')
                   .append(t.getOffsetBefore().getTotalSeconds()).append(',').append(t.getOffsetAfter().getTotalSeconds());
            }
            if (tr.isEmpty() && !r.getOffset(jan).equals(r.getOffset(Instant.parse("2030-01-15T12:00:00Z")))) System.err.println("changes " + id);
            out.append('\t').append(history(r)).append('\n');
        }
        System.out.print(out);
    }
}
