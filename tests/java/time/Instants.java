package time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** Instant, Duration and Clock. */
public class Instants {
    static void t(String label, Supplier<Object> s) {
        try {
            System.out.println(label + ": " + s.get());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        long[][] cases = {{0, 0}, {0, 1}, {-1, 0}, {-1, 999_999_999}, {-1, 1}, {1, 100_000_000}, {1, 120_000},
            {1_700_000_000L, 123_456_789}, {-62_167_219_200L, 0}, {-62_167_219_201L, 0}, {-62_135_596_800L, 0},
            {253_402_300_799L, 0}, {253_402_300_800L, 0}, {-377_705_116_800L, 0}, {-377_705_116_801L, 5},
            {31556889864403199L, 999_999_999}, {-31557014167219200L, 0}, {86399, 0}, {86340, 0}};
        for (long[] c : cases) {
            t("instant " + c[0] + "," + c[1], () -> Instant.ofEpochSecond(c[0], c[1]));
        }
        t("MIN/MAX/EPOCH", () -> Instant.MIN + " " + Instant.MAX + " " + Instant.EPOCH);
        t("too big", () -> Instant.ofEpochSecond(31556889864403200L));
        t("MAX.plusNanos(1)", () -> Instant.MAX.plusNanos(1));
        t("nano adjust", () -> Instant.ofEpochSecond(10, -1) + " " + Instant.ofEpochSecond(10, 3_000_000_001L));
        t("nano adjust overflow", () -> Instant.ofEpochSecond(Long.MAX_VALUE, 1_000_000_000));
        long[] millis = {0, 1, -1, 999, -999, -1000, -1001, 1_700_000_000_123L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long m : millis) {
            t("ofEpochMilli " + m, () -> {
                Instant i = Instant.ofEpochMilli(m);
                return i + " " + i.getEpochSecond() + " " + i.getNano() + " " + i.toEpochMilli();
            });
        }
        t("toEpochMilli overflow", () -> Instant.MAX.toEpochMilli());
        t("toEpochMilli neg overflow", () -> Instant.MIN.toEpochMilli());
        Instant i = Instant.ofEpochSecond(1_000_000_000L, 987_654_321);
        t("plusMillis", () -> i.plusMillis(-987));
        t("plus(1, DAYS)", () -> i.plus(1, ChronoUnit.DAYS));
        t("plus(1, WEEKS)", () -> i.plus(1, ChronoUnit.WEEKS));
        t("plus(Duration)", () -> i.plus(Duration.ofHours(-48).plusNanos(13)));
        t("minus(Duration)", () -> i.minus(Duration.ofSeconds(1, 987_654_322)));
        t("truncatedTo SECONDS", () -> i.truncatedTo(ChronoUnit.SECONDS));
        t("truncatedTo DAYS", () -> Instant.ofEpochSecond(-1).truncatedTo(ChronoUnit.DAYS));
        t("truncatedTo MONTHS", () -> i.truncatedTo(ChronoUnit.MONTHS));
        t("with(MILLI_OF_SECOND)", () -> i.with(ChronoField.MILLI_OF_SECOND, 5));
        t("with(INSTANT_SECONDS)", () -> i.with(ChronoField.INSTANT_SECONDS, -5));
        t("with(HOUR_OF_DAY)", () -> i.with(ChronoField.HOUR_OF_DAY, 1));
        t("get(MICRO_OF_SECOND)", () -> i.get(ChronoField.MICRO_OF_SECOND));
        t("getLong(INSTANT_SECONDS)", () -> i.getLong(ChronoField.INSTANT_SECONDS));
        t("get(YEAR)", () -> i.get(ChronoField.YEAR));
        Instant j = Instant.ofEpochSecond(999_999_000L, 1);
        for (ChronoUnit u : new ChronoUnit[] {ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS, ChronoUnit.SECONDS,
                ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.HALF_DAYS, ChronoUnit.DAYS, ChronoUnit.MONTHS}) {
            t("until " + u, () -> j.until(i, u) + " " + i.until(j, u));
        }
        t("NANOS between extremes", () -> ChronoUnit.NANOS.between(Instant.MIN, Instant.MAX));
        t("compare", () -> i.compareTo(j) + " " + j.compareTo(i) + " " + i.isAfter(j) + " " + i.isBefore(j)
                + " " + i.equals(Instant.ofEpochSecond(1_000_000_000L, 987_654_321)));
        t("atOffset", () -> i.atOffset(ZoneOffset.ofHours(9)));
        t("atZone", () -> i.atZone(ZoneId.of("UTC")));
        for (String s : new String[] {"2024-01-01T00:00:00Z", "2024-01-01T00:00Z", "2024-01-01T00:00:00.123456Z",
                "1969-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "2024-01-01T00:00:00+01:00",
                "2024-01-01T00:00:00z", "2024-01-01T00:00:00", "2024-01-01T24:00:00Z", "2024-01-01T23:59:60Z"}) {
            t("parse '" + s + "'", () -> Instant.parse(s));
        }
        t("from(LocalDateTime)", () -> Instant.from(LocalDateTime.of(2024, 1, 1, 0, 0)));

        // Duration
        Duration[] ds = {Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(-1), Duration.ofMillis(-500),
            Duration.ofMillis(500), Duration.ofNanos(-1), Duration.ofNanos(1), Duration.ofSeconds(-1, 500_000_000),
            Duration.ofSeconds(-2, 500_000_000), Duration.ofHours(25), Duration.ofMinutes(-90), Duration.ofDays(2),
            Duration.ofSeconds(3661, 100), Duration.ofSeconds(-3661, -100), Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
            Duration.ofSeconds(Long.MIN_VALUE), Duration.ofSeconds(59, 999_999_999), Duration.ofMinutes(60)};
        for (Duration d : ds) {
            System.out.println(d + " s=" + d.getSeconds() + " n=" + d.getNano() + " neg=" + d.isNegative()
                    + " zero=" + d.isZero());
        }
        Duration d = Duration.ofSeconds(93_784, 5_006_007);
        System.out.println(d.toDays() + " " + d.toHours() + " " + d.toMinutes() + " " + d.toSeconds() + " " + d.toMillis()
                + " " + d.toNanos());
        System.out.println(d.toDaysPart() + " " + d.toHoursPart() + " " + d.toMinutesPart() + " " + d.toSecondsPart()
                + " " + d.toMillisPart() + " " + d.toNanosPart());
        Duration n = d.negated();
        System.out.println(n + " " + n.toMillis() + " " + n.toNanos() + " " + n.toHoursPart() + " " + n.toSecondsPart()
                + " " + n.abs());
        t("toNanos overflow", () -> Duration.ofDays(200_000).toNanos());
        t("toMillis overflow", () -> Duration.ofSeconds(Long.MAX_VALUE).toMillis());
        t("ofDays overflow", () -> Duration.ofDays(Long.MAX_VALUE));
        t("plus overflow", () -> Duration.ofSeconds(Long.MAX_VALUE).plusSeconds(1));
        t("negated MIN", () -> Duration.ofSeconds(Long.MIN_VALUE).negated());
        t("multipliedBy", () -> d.multipliedBy(-3) + " " + Duration.ofMillis(1500).multipliedBy(3));
        t("multipliedBy overflow", () -> Duration.ofSeconds(Long.MAX_VALUE / 2 + 1).multipliedBy(2));
        t("dividedBy", () -> d.dividedBy(7) + " " + Duration.ofSeconds(-1).dividedBy(3) + " " + d.dividedBy(Duration.ofMinutes(1)));
        t("dividedBy zero", () -> d.dividedBy(0));
        t("dividedBy zero duration", () -> d.dividedBy(Duration.ZERO));
        t("of(3, HALF_DAYS)", () -> Duration.of(3, ChronoUnit.HALF_DAYS));
        t("of(1, MONTHS)", () -> Duration.of(1, ChronoUnit.MONTHS));
        t("plus(1, MICROS)", () -> d.plus(-1_000_001, ChronoUnit.MICROS));
        t("truncatedTo MINUTES", () -> n.truncatedTo(ChronoUnit.MINUTES) + " " + d.truncatedTo(ChronoUnit.MILLIS));
        t("truncatedTo SECONDS", () -> Duration.ofMillis(-1500).truncatedTo(ChronoUnit.SECONDS));
        t("withNanos", () -> d.withNanos(1) + " " + d.withSeconds(-1));
        t("withNanos invalid", () -> d.withNanos(-1));
        t("compareTo", () -> d.compareTo(n) + " " + n.compareTo(d) + " " + Duration.ofNanos(5).compareTo(Duration.ofNanos(2)));
        t("equals", () -> Duration.ofMillis(1000).equals(Duration.ofSeconds(1)) + " "
                + (Duration.ofMillis(1000).hashCode() == Duration.ofSeconds(1).hashCode()));
        t("get", () -> d.get(ChronoUnit.SECONDS) + " " + d.get(ChronoUnit.NANOS) + " " + d.getUnits());
        t("get DAYS", () -> d.get(ChronoUnit.DAYS));
        t("between", () -> Duration.between(LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 3, 1, 12, 30, 0, 1)));
        t("between instants", () -> Duration.between(Instant.ofEpochSecond(5, 500), Instant.ofEpochSecond(2, 100)));
        t("between extremes", () -> Duration.between(Instant.MIN, Instant.MAX));
        t("between date", () -> Duration.between(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 1, 2)));
        for (String s : new String[] {"PT0S", "PT20.345S", "PT15M", "PT10H", "P2D", "P2DT3H4M", "PT-6H3M", "-PT6H3M",
                "-PT-6H+3M", "PT-0.5S", "pt1.5s", "PT1,5S", "P1DT-1S", "PT0.123456789S", "PT0.1234567891S", "P", "PT",
                "P1D T", "PT1S2M", "1D", "PT9223372036854775807S", "PT9223372036854775808S", "P106751991167301D",
                "P106751991167301DT1H", "+P1D"}) {
            t("parse '" + s + "'", () -> Duration.parse(s));
        }

        // Clock
        Clock fixed = Clock.fixed(Instant.ofEpochSecond(1_000_000_000L), ZoneOffset.ofHours(2));
        t("fixed", () -> fixed + " " + fixed.instant() + " " + fixed.millis() + " " + fixed.getZone());
        t("fixed now", () -> java.time.LocalDateTime.now(fixed) + " " + java.time.LocalDate.now(fixed) + " "
                + java.time.LocalTime.now(fixed) + " " + java.time.ZonedDateTime.now(fixed) + " " + java.time.OffsetDateTime.now(fixed)
                + " " + Instant.now(fixed) + " " + java.time.Year.now(fixed) + " " + java.time.YearMonth.now(fixed)
                + " " + java.time.MonthDay.now(fixed));
        Clock off = Clock.offset(fixed, Duration.ofMinutes(-90));
        t("offset", () -> off + " " + off.instant() + " " + off.getZone());
        t("offset zero", () -> Clock.offset(fixed, Duration.ZERO) == fixed);
        t("withZone", () -> fixed.withZone(ZoneId.of("UTC")));
        t("equals", () -> fixed.equals(Clock.fixed(Instant.ofEpochSecond(1_000_000_000L), ZoneOffset.ofHours(2))));
        t("systemUTC", () -> Clock.systemUTC() + " " + Clock.systemUTC().getZone() + " "
                + Clock.system(ZoneOffset.ofHours(3)));
        t("tick", () -> Clock.tick(fixed, Duration.ofMinutes(7)).instant() + " " + Clock.tick(Clock.fixed(Instant.ofEpochSecond(10, 987_654_321),
                ZoneOffset.UTC), Duration.ofMillis(10)).instant());
        t("tick invalid", () -> Clock.tick(fixed, Duration.ofNanos(7)));
        long before = System.currentTimeMillis();
        Instant now = Instant.now();
        long after = System.currentTimeMillis();
        System.out.println("now sane: " + (now.toEpochMilli() >= before - 1000 && now.toEpochMilli() <= after + 1000));
        Instant c = Clock.systemDefaultZone().instant();
        System.out.println("clock sane: " + (Math.abs(c.toEpochMilli() - after) < 60_000));
        System.out.println("default zone: " + Clock.systemDefaultZone().getZone().equals(ZoneId.systemDefault()));
    }
}
