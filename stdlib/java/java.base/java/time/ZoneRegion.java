package java.time;

import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A geographical region ID, with the rules of the tz database (ZoneData and ZoneDataHistory). */
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

    /** The decoded rules of the regions used so far. */
    private static final java.util.HashMap<String, ZoneRules> RULES = new java.util.HashMap<>();

    /** The rules of a region: its history from ZoneDataHistory, its yearly rules from ZoneData; decoded once. */
    private static ZoneRules rulesOf(String id, String[] f) {
        synchronized (RULES) {
            ZoneRules cached = RULES.get(id);
            if (cached != null) {
                return cached;
            }
        }
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
        long[][] h = jdk.internal.util.ZoneDataHistory.decode(id);
        ZoneRules result = ZoneRules.of(offset(h[1][0]), offset(h[3][0]), transitions(h[0], h[1]),
                transitions(h[2], h[3]), rules);
        synchronized (RULES) {
            ZoneRules cached = RULES.putIfAbsent(id, result);
            return cached != null ? cached : result;
        }
    }

    private static ZoneOffset offset(long seconds) {
        return ZoneOffset.ofTotalSeconds((int) seconds);
    }

    private static List<java.time.zone.ZoneOffsetTransition> transitions(long[] times, long[] offsets) {
        java.time.zone.ZoneOffsetTransition[] list = new java.time.zone.ZoneOffsetTransition[times.length];
        for (int i = 0; i < times.length; i++) {
            ZoneOffset before = offset(offsets[i]);
            list[i] = java.time.zone.ZoneOffsetTransition.of(LocalDateTime.ofEpochSecond(times[i], 0, before),
                    before, offset(offsets[i + 1]));
        }
        return Arrays.asList(list);
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
            rules = rulesOf(zoneId, f);
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
