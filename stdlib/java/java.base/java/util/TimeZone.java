package java.util;

/**
 * A time zone: {@code UTC}, {@code GMT} (and their {@code Etc/} and {@code UCT}/{@code Universal}/{@code Zulu}
 * aliases), custom IDs {@code GMT+h}, {@code GMT+hh}, {@code GMT+hhmm}, {@code GMT+hh:mm}
 * (normalized to {@code GMT+hh:mm}, as the JDK does), the regions of java.time (with the tz
 * database's history, as the JDK's ZoneInfo has it) and the old three-letter IDs of
 * {@code ZoneId.SHORT_IDS}. Any other ID gives GMT, as the JDK does for IDs it does not know.
 * The default zone comes from the host ({@code user.timezone}, {@code TZ}, /etc/timezone,
 * /etc/localtime), UTC when the host's zone is not one of these.
 */
public abstract class TimeZone implements java.io.Serializable, Cloneable {
    private static final long serialVersionUID = 3581463369166924961L;

    public static final int SHORT = 0;
    public static final int LONG = 1;

    private String ID;

    private static volatile TimeZone defaultTimeZone;

    public TimeZone() {
    }

    public abstract int getOffset(int era, int year, int month, int day, int dayOfWeek,
            int milliseconds);

    public int getOffset(long date) {
        if (inDaylightTime(new Date(date))) {
            return getRawOffset() + getDSTSavings();
        }
        return getRawOffset();
    }

    public abstract void setRawOffset(int offsetMillis);

    public abstract int getRawOffset();

    public String getID() {
        return ID;
    }

    public void setID(String ID) {
        if (ID == null) {
            throw new NullPointerException();
        }
        this.ID = ID;
    }

    public final String getDisplayName() {
        return getDisplayName(false, LONG, Locale.getDefault());
    }

    public final String getDisplayName(Locale locale) {
        return getDisplayName(false, LONG, locale);
    }

    public final String getDisplayName(boolean daylight, int style) {
        return getDisplayName(daylight, style, Locale.getDefault());
    }

    public String getDisplayName(boolean daylight, int style, Locale locale) {
        if (style != SHORT && style != LONG) {
            throw new IllegalArgumentException("Illegal style: " + style);
        }
        String id = getID();
        String[] names = knownNames(id);
        if (names != null) {
            return style == LONG ? names[1] : names[0];
        }
        if (id.startsWith("GMT") && id.length() > 3) {
            char sign = id.charAt(3);
            if (sign == '+' || sign == '-') {
                return id;
            }
        }
        int offset = getRawOffset();
        if (daylight) {
            offset += getDSTSavings();
        }
        return customID(offset);
    }

    /** {short, long} display names of the zones Cortado knows by name. */
    static String[] knownNames(String id) {
        switch (id) {
            case "UTC": case "Etc/UTC": case "UCT": case "Etc/UCT": case "Universal":
            case "Etc/Universal": case "Zulu": case "Etc/Zulu":
                return new String[] {"UTC", "Coordinated Universal Time"};
            case "GMT": case "Etc/GMT": case "GMT0": case "Etc/GMT0": case "Etc/GMT+0":
            case "Etc/GMT-0": case "Greenwich": case "Etc/Greenwich":
                return new String[] {"GMT", "Greenwich Mean Time"};
            default:
                return null;
        }
    }

    public int getDSTSavings() {
        if (useDaylightTime()) {
            return 3600000;
        }
        return 0;
    }

    public abstract boolean useDaylightTime();

    public boolean observesDaylightTime() {
        return useDaylightTime() || inDaylightTime(new Date());
    }

    public abstract boolean inDaylightTime(Date date);

    public static synchronized TimeZone getTimeZone(String ID) {
        return getTimeZone(ID, true);
    }

    private static TimeZone getTimeZone(String ID, boolean fallback) {
        if (knownNames(ID) != null) {
            return new sun.util.calendar.ZoneInfo(ID, 0);
        }
        String region = jdk.internal.util.ZoneData.fields(ID) != null ? ID : java.time.ZoneId.SHORT_IDS.get(ID);
        if (region != null && region.startsWith("-")) {
            String names = ID.equals("EST") ? "America/New_York" : ID.equals("MST") ? "America/Denver" : "Pacific/Honolulu";
            return new sun.util.calendar.ZoneInfo(ID, java.time.ZoneOffset.of(region).getTotalSeconds() * 1000, names);
        }
        if (region != null && jdk.internal.util.ZoneData.fields(region) != null) {
            return new sun.util.calendar.ZoneInfo(ID, region);
        }
        TimeZone tz = parseCustomTimeZone(ID);
        if (tz == null && fallback) {
            tz = new sun.util.calendar.ZoneInfo("GMT", 0);
        }
        return tz;
    }

    /** "GMT+hh:mm" for an offset in milliseconds. */
    static String customID(int offsetMillis) {
        char sign = '+';
        int minutes = offsetMillis / 60000;
        if (minutes < 0) {
            sign = '-';
            minutes = -minutes;
        }
        StringBuilder sb = new StringBuilder("GMT").append(sign);
        int h = minutes / 60;
        int m = minutes % 60;
        if (h < 10) {
            sb.append('0');
        }
        sb.append(h).append(':');
        if (m < 10) {
            sb.append('0');
        }
        return sb.append(m).toString();
    }

    /** The JDK's parsing of custom IDs ("GMT" sign hours [:] minutes); null if invalid. */
    private static TimeZone parseCustomTimeZone(String id) {
        int length;
        if ((length = id.length()) < 5 || id.indexOf("GMT") != 0) {
            return null;
        }
        int index = 3;
        boolean negative = false;
        char c = id.charAt(index++);
        if (c == '-') {
            negative = true;
        } else if (c != '+') {
            return null;
        }
        int hours = 0;
        int num = 0;
        int countDelim = 0;
        int len = 0;
        while (index < length) {
            c = id.charAt(index++);
            if (c == ':') {
                if (countDelim > 0) {
                    return null;
                }
                if (len > 2) {
                    return null;
                }
                hours = num;
                countDelim++;
                num = 0;
                len = 0;
                continue;
            }
            if (c < '0' || c > '9') {
                return null;
            }
            num = num * 10 + (c - '0');
            len++;
        }
        if (index != length) {
            return null;
        }
        if (countDelim == 0) {
            if (len <= 2) {
                hours = num;
                num = 0;
            } else {
                hours = num / 100;
                num %= 100;
            }
        } else {
            if (len != 2) {
                return null;
            }
        }
        if (hours > 23 || num > 59) {
            return null;
        }
        int gmtOffset = (hours * 60 + num) * 60 * 1000;
        if (gmtOffset == 0) {
            return new sun.util.calendar.ZoneInfo(negative ? "GMT-00:00" : "GMT+00:00", 0);
        }
        int offset = negative ? -gmtOffset : gmtOffset;
        return new sun.util.calendar.ZoneInfo(customID(offset), offset);
    }

    public static synchronized String[] getAvailableIDs(int rawOffset) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (String id : getAvailableIDs()) {
            if (getTimeZone(id).getRawOffset() == rawOffset) {
                ids.add(id);
            }
        }
        java.util.Collections.sort(ids);
        return ids.toArray(new String[0]);
    }

    public static synchronized String[] getAvailableIDs() {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>(java.time.ZoneId.getAvailableZoneIds());
        ids.addAll(java.util.List.of("Etc/GMT", "Etc/UTC", "GMT", "UTC"));
        // then, as the JDK lists them, the old three-letter IDs: EST, HST, MST, then the others in order
        java.util.List<String> all = new java.util.ArrayList<>(ids);
        all.addAll(java.util.List.of("EST", "HST", "MST"));
        for (String id : new java.util.TreeSet<>(java.time.ZoneId.SHORT_IDS.keySet())) {
            if (!all.contains(id)) {
                all.add(id);
            }
        }
        return all.toArray(new String[0]);
    }

    private static native String getSystemTimeZoneID0();

    public static TimeZone getDefault() {
        return (TimeZone) getDefaultRef().clone();
    }

    static TimeZone getDefaultRef() {
        TimeZone tz = defaultTimeZone;
        if (tz == null) {
            synchronized (TimeZone.class) {
                tz = defaultTimeZone;
                if (tz == null) {
                    tz = setDefaultZone();
                    defaultTimeZone = tz;
                }
            }
        }
        return tz;
    }

    private static TimeZone setDefaultZone() {
        String id = jdk.internal.util.StaticProperty.get("user.timezone");
        if (id == null || id.isEmpty()) {
            id = getSystemTimeZoneID0();
        }
        TimeZone tz = id == null ? null : getTimeZone(id, false);
        if (tz == null) {
            tz = new sun.util.calendar.ZoneInfo("UTC", 0);
        }
        System.setProperty("user.timezone", tz.getID());
        return tz;
    }

    public static void setDefault(TimeZone zone) {
        synchronized (TimeZone.class) {
            defaultTimeZone = zone == null ? null : (TimeZone) zone.clone();
        }
    }

    /** This zone as a java.time.ZoneId. */
    public java.time.ZoneId toZoneId() {
        String id = getID();
        if (id.equals("EST")) {
            return java.time.ZoneOffset.of("-05:00");
        }
        if (id.equals("MST")) {
            return java.time.ZoneOffset.of("-07:00");
        }
        if (id.equals("HST")) {
            return java.time.ZoneOffset.of("-10:00");
        }
        return java.time.ZoneId.of(id, java.time.ZoneId.SHORT_IDS);
    }

    public static TimeZone getTimeZone(java.time.ZoneId zoneId) {
        String tzid = zoneId.getId();
        if (zoneId instanceof java.time.ZoneOffset) {
            tzid = tzid.equals("Z") ? "UTC" : "GMT" + tzid;
        }
        return getTimeZone(tzid, true);
    }

    public boolean hasSameRules(TimeZone other) {
        return other != null && getRawOffset() == other.getRawOffset()
                && useDaylightTime() == other.useDaylightTime()
                && (!useDaylightTime() || toZoneId().getRules().equals(other.toZoneId().getRules()));
    }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
