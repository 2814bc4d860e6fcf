package java.time;

import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A geographical region ID; Cortado knows only those at offset zero (see ZoneId). */
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

    static List<String> knownIds() {
        return KNOWN;
    }

    /** {short, long} names of the known region IDs, or null. */
    static String[] knownNames(String id) {
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
        if (KNOWN.contains(zoneId)) {
            rules = ZoneOffset.UTC.getRules();
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
