package java.time;

import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A geographical region ID, with the rules of ZoneData (the current tz database rules). */
final class ZoneRegion extends ZoneId implements java.io.Serializable {
    private static final long serialVersionUID = 8386373296231747096L;

    private final String id;
    private final transient ZoneRules rules;

    ZoneRegion(String id, ZoneRules rules) {
        this.id = id;
        this.rules = rules;
    }

    private static final List<String> KNOWN = Arrays.asList("UTC", "Etc/UTC", "UCT", "Etc/UCT",
            "Universal", "Etc/Universal", "Zulu", "Etc/Zulu", "GMT", "Etc/GMT", "GMT0", "Etc/GMT0",
            "Etc/GMT+0", "Etc/GMT-0", "Greenwich", "Etc/Greenwich");

    static String[] data(String id) {
        return jdk.internal.util.ZoneData.fields(id);
    }

    static List<String> knownIds() {
        java.util.ArrayList<String> ids = new java.util.ArrayList<>(KNOWN);
        for (String line : jdk.internal.util.ZoneData.ZONES) {
            String id = line.substring(0, line.indexOf('|'));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static ZoneRules rulesOf(String[] f) {
        boolean historic = f[1].endsWith("h");
        ZoneOffset standard = ZoneOffset.ofTotalSeconds(Integer.parseInt(historic ? f[1].substring(0, f[1].length() - 1) : f[1]));
        List<java.time.zone.ZoneOffsetTransitionRule> rules = new java.util.ArrayList<>();
        for (int i = 8; i < f.length; i++) {
            String[] r = f[i].split(",");
            int dow = Integer.parseInt(r[2]);
            int secs = Integer.parseInt(r[3]);
            rules.add(java.time.zone.ZoneOffsetTransitionRule.of(Month.of(Integer.parseInt(r[0])),
                    Integer.parseInt(r[1]), dow == 0 ? null : DayOfWeek.of(dow),
                    secs == 86400 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(secs), secs == 86400,
                    java.time.zone.ZoneOffsetTransitionRule.TimeDefinition.values()[Integer.parseInt(r[4])],
                    ZoneOffset.ofTotalSeconds(Integer.parseInt(r[5])), ZoneOffset.ofTotalSeconds(Integer.parseInt(r[6])),
                    ZoneOffset.ofTotalSeconds(Integer.parseInt(r[7]))));
        }
        // the past transitions are not kept; a non-empty list only makes the rules report, as the
        // JDK's do, that the zone is no fixed offset
        List<java.time.zone.ZoneOffsetTransition> past = historic
                ? List.of(java.time.zone.ZoneOffsetTransition.of(LocalDateTime.of(1800, 1, 1, 0, 0),
                        ZoneOffset.UTC, ZoneOffset.ofTotalSeconds(60)))
                : List.of();
        return ZoneRules.of(standard, standard, List.of(), past, rules);
    }

    /** {short, long} names of the known region IDs, or null. */
    static String[] knownNames(String id) {
        String[] f = data(id);
        if (f != null) {
            return new String[] {f[4], f[5]};
        }
        switch (id) {
            case "UTC": case "Etc/UTC": case "UCT": case "Etc/UCT": case "Universal":
            case "Etc/Universal": case "Zulu": case "Etc/Zulu":
                return new String[] {"UTC", "Coordinated Universal Time"};
            case "GMT": case "Etc/GMT": case "GMT0": case "Etc/GMT0": case "Etc/GMT+0":
            case "Etc/GMT-0": case "Greenwich": case "Etc/Greenwich":
                return new String[] {"GMT", "Greenwich Mean Time"};
            case "UT":
                return new String[] {"UT", "UT"};
            default:
                return null;
        }
    }

    static ZoneRegion ofId(String zoneId, boolean checkAvailable) {
        Objects.requireNonNull(zoneId, "zoneId");
        checkName(zoneId);
        ZoneRules rules = null;
        String[] f = data(zoneId);
        if (KNOWN.contains(zoneId)) {
            rules = ZoneOffset.UTC.getRules();
        } else if (f != null) {
            rules = rulesOf(f);
        } else if (checkAvailable) {
            throw new ZoneRulesException("Unknown time-zone ID: " + zoneId);
        }
        return new ZoneRegion(zoneId, rules);
    }

    private static void checkName(String zoneId) {
        int n = zoneId.length();
        if (n < 2) {
            throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + zoneId);
        }
        for (int i = 0; i < n; i++) {
            char c = zoneId.charAt(i);
            if (c >= 'a' && c <= 'z') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                continue;
            }
            if (c == '/' && i != 0) {
                continue;
            }
            if (c >= '0' && c <= '9' && i != 0) {
                continue;
            }
            if (c == '~' && i != 0) {
                continue;
            }
            if (c == '.' && i != 0) {
                continue;
            }
            if (c == '_' && i != 0) {
                continue;
            }
            if (c == '+' && i != 0) {
                continue;
            }
            if (c == '-' && i != 0) {
                continue;
            }
            throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + zoneId);
        }
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public ZoneRules getRules() {
        if (rules != null) {
            return rules;
        }
        throw new ZoneRulesException("Unknown time-zone ID: " + id);
    }
}
