package java.util;

/**
 * Calendar fields over an instant. Cortado's only calendar is {@link GregorianCalendar}
 * (English/US conventions: weeks start on Sunday, the first week has at least one day).
 */
public abstract class Calendar implements java.io.Serializable, Cloneable, Comparable<Calendar> {
    private static final long serialVersionUID = -1807547505821590642L;

    public static final int ERA = 0;
    public static final int YEAR = 1;
    public static final int MONTH = 2;
    public static final int WEEK_OF_YEAR = 3;
    public static final int WEEK_OF_MONTH = 4;
    public static final int DATE = 5;
    public static final int DAY_OF_MONTH = 5;
    public static final int DAY_OF_YEAR = 6;
    public static final int DAY_OF_WEEK = 7;
    public static final int DAY_OF_WEEK_IN_MONTH = 8;
    public static final int AM_PM = 9;
    public static final int HOUR = 10;
    public static final int HOUR_OF_DAY = 11;
    public static final int MINUTE = 12;
    public static final int SECOND = 13;
    public static final int MILLISECOND = 14;
    public static final int ZONE_OFFSET = 15;
    public static final int DST_OFFSET = 16;
    public static final int FIELD_COUNT = 17;

    public static final int SUNDAY = 1;
    public static final int MONDAY = 2;
    public static final int TUESDAY = 3;
    public static final int WEDNESDAY = 4;
    public static final int THURSDAY = 5;
    public static final int FRIDAY = 6;
    public static final int SATURDAY = 7;

    public static final int JANUARY = 0;
    public static final int FEBRUARY = 1;
    public static final int MARCH = 2;
    public static final int APRIL = 3;
    public static final int MAY = 4;
    public static final int JUNE = 5;
    public static final int JULY = 6;
    public static final int AUGUST = 7;
    public static final int SEPTEMBER = 8;
    public static final int OCTOBER = 9;
    public static final int NOVEMBER = 10;
    public static final int DECEMBER = 11;
    public static final int UNDECIMBER = 12;

    public static final int AM = 0;
    public static final int PM = 1;

    public static final int ALL_STYLES = 0;
    public static final int SHORT = 1;
    public static final int LONG = 2;
    public static final int NARROW_FORMAT = 4;
    public static final int NARROW_STANDALONE = NARROW_FORMAT | 0x8000;
    public static final int SHORT_FORMAT = 1;
    public static final int LONG_FORMAT = 2;
    public static final int SHORT_STANDALONE = SHORT | 0x8000;
    public static final int LONG_STANDALONE = LONG | 0x8000;

    protected int[] fields = new int[FIELD_COUNT];
    protected boolean[] isSet = new boolean[FIELD_COUNT];
    protected long time;
    protected boolean isTimeSet;
    protected boolean areFieldsSet;

    /** When each field was set: 0 unset, 1 computed, larger: set by the program, in order. */
    int[] stamp = new int[FIELD_COUNT];
    int nextStamp = 2;

    private boolean lenient = true;
    private TimeZone zone;

    protected Calendar() {
        this(TimeZone.getDefault(), Locale.getDefault());
    }

    protected Calendar(TimeZone zone, Locale aLocale) {
        this.zone = zone;
        String region = aLocale == null ? "" : aLocale.getCountry();
        firstDayOfWeek = MONDAY;
        minimalDaysInFirstWeek = 1;
        if (region.isEmpty() || SUNDAY_REGIONS.contains(region)) {
            firstDayOfWeek = SUNDAY;
        } else if (region.equals("PT")) {
            firstDayOfWeek = SUNDAY;
            minimalDaysInFirstWeek = 4;
        } else if (ISO_WEEK_REGIONS.contains(region)) {
            minimalDaysInFirstWeek = 4;
        } else if (region.equals("MV")) {
            firstDayOfWeek = FRIDAY;
        } else if (SATURDAY_REGIONS.contains(region)) {
            firstDayOfWeek = SATURDAY;
        }
    }

    /** The week conventions of JDK 17's (CLDR) regions: others start weeks on Monday with a 1-day first week. */
    private static final String SUNDAY_REGIONS = "AG,AS,AU,BD,BR,BS,BT,BW,BZ,CA,CN,CO,DM,DO,ET,GT,GU,HK,HN,ID,IL,IN,JM,JP,"
            + "KE,KH,KR,LA,MH,MM,MO,MT,MX,MZ,NI,NP,PA,PE,PH,PK,PR,PY,SA,SG,SV,TH,TT,TW,UM,US,VE,VI,WS,YE,ZA,ZW";
    private static final String ISO_WEEK_REGIONS = "AD,AT,AX,BE,BG,CH,CZ,DE,DK,EE,ES,FI,FJ,FO,FR,GB,GF,GG,GI,GP,GR,HU,IE,"
            + "IM,IS,IT,JE,LI,LT,LU,MC,MQ,NL,NO,PL,RE,RU,SE,SJ,SK,SM,VA";
    private static final String SATURDAY_REGIONS = "AE,AF,BH,DJ,DZ,EG,IQ,IR,JO,KW,LY,OM,QA,SD,SY";

    private int firstDayOfWeek;
    private int minimalDaysInFirstWeek;

    public static Calendar getInstance() {
        return new GregorianCalendar();
    }

    public static Calendar getInstance(TimeZone zone) {
        return new GregorianCalendar(zone);
    }

    public static Calendar getInstance(Locale aLocale) {
        return new GregorianCalendar(TimeZone.getDefault(), aLocale);
    }

    /**
     * Builds a Calendar from field values or an instant, as the JDK's: fields are applied in the
     * order they were given, so that Calendar's field resolution picks the latest. The calendar
     * types are "gregory" ("gregorian") and "iso8601"; the JDK's Buddhist and Japanese calendars
     * are not available.
     */
    public static class Builder {
        private static final int NFIELDS = FIELD_COUNT + 1; // + WEEK_YEAR
        private static final int WEEK_YEAR = FIELD_COUNT;
        private static final int UNSET_STAMP = 0;
        private static final int COMPUTED_STAMP = 1;
        private static final int MINIMUM_USER_STAMP = 2;

        private long instant;
        /** Stamps in [0, NFIELDS), values in [NFIELDS, 2 * NFIELDS). */
        private int[] fields;
        private int nextStamp;
        private int maxFieldIndex;
        private String type;
        private TimeZone zone;
        private boolean lenient = true;
        private Locale locale;
        private int firstDayOfWeek;
        private int minimalDaysInFirstWeek;

        public Builder() {}

        public Builder setInstant(long instant) {
            if (fields != null) {
                throw new IllegalStateException();
            }
            this.instant = instant;
            nextStamp = COMPUTED_STAMP;
            return this;
        }

        public Builder setInstant(Date instant) {
            return setInstant(instant.getTime());
        }

        public Builder set(int field, int value) {
            if (field < 0 || field >= FIELD_COUNT) {
                throw new IllegalArgumentException("field is invalid");
            }
            if (isInstantSet()) {
                throw new IllegalStateException("instant has been set");
            }
            allocateFields();
            internalSet(field, value);
            return this;
        }

        public Builder setFields(int... fieldValuePairs) {
            int len = fieldValuePairs.length;
            if ((len % 2) != 0) {
                throw new IllegalArgumentException();
            }
            if (isInstantSet()) {
                throw new IllegalStateException("instant has been set");
            }
            if ((nextStamp + len / 2) < 0) {
                throw new IllegalStateException("stamp counter overflow");
            }
            allocateFields();
            for (int i = 0; i < len; ) {
                int field = fieldValuePairs[i++];
                if (field < 0 || field >= FIELD_COUNT) {
                    throw new IllegalArgumentException("field is invalid");
                }
                internalSet(field, fieldValuePairs[i++]);
            }
            return this;
        }

        public Builder setDate(int year, int month, int dayOfMonth) {
            return setFields(YEAR, year, MONTH, month, DAY_OF_MONTH, dayOfMonth);
        }

        public Builder setTimeOfDay(int hourOfDay, int minute, int second) {
            return setTimeOfDay(hourOfDay, minute, second, 0);
        }

        public Builder setTimeOfDay(int hourOfDay, int minute, int second, int millis) {
            return setFields(HOUR_OF_DAY, hourOfDay, MINUTE, minute, SECOND, second, MILLISECOND, millis);
        }

        public Builder setWeekDate(int weekYear, int weekOfYear, int dayOfWeek) {
            allocateFields();
            internalSet(WEEK_YEAR, weekYear);
            internalSet(WEEK_OF_YEAR, weekOfYear);
            internalSet(DAY_OF_WEEK, dayOfWeek);
            return this;
        }

        public Builder setTimeZone(TimeZone zone) {
            if (zone == null) {
                throw new NullPointerException();
            }
            this.zone = zone;
            return this;
        }

        public Builder setLenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        public Builder setCalendarType(String type) {
            if (type.equals("gregorian")) {
                type = "gregory";
            }
            if (!type.equals("gregory") && !type.equals("iso8601")) {
                throw new IllegalArgumentException("unknown calendar type: " + type);
            }
            if (this.type == null) {
                this.type = type;
            } else if (!this.type.equals(type)) {
                throw new IllegalStateException("calendar type override");
            }
            return this;
        }

        public Builder setLocale(Locale locale) {
            if (locale == null) {
                throw new NullPointerException();
            }
            this.locale = locale;
            return this;
        }

        public Builder setWeekDefinition(int firstDayOfWeek, int minimalDaysInFirstWeek) {
            if (!isValidWeekParameter(firstDayOfWeek) || !isValidWeekParameter(minimalDaysInFirstWeek)) {
                throw new IllegalArgumentException();
            }
            this.firstDayOfWeek = firstDayOfWeek;
            this.minimalDaysInFirstWeek = minimalDaysInFirstWeek;
            return this;
        }

        public Calendar build() {
            if (locale == null) {
                locale = Locale.getDefault();
            }
            if (zone == null) {
                zone = TimeZone.getDefault();
            }
            if (type == null) {
                type = "gregory";
            }
            GregorianCalendar cal = new GregorianCalendar(zone, locale);
            cal.clear();
            if (type.equals("iso8601")) {
                cal.setGregorianChange(new Date(Long.MIN_VALUE));
                setWeekDefinition(MONDAY, 4);
            }
            cal.setLenient(lenient);
            if (firstDayOfWeek != 0) {
                cal.setFirstDayOfWeek(firstDayOfWeek);
                cal.setMinimalDaysInFirstWeek(minimalDaysInFirstWeek);
            }
            if (isInstantSet()) {
                cal.setTimeInMillis(instant);
                cal.complete();
                return cal;
            }
            if (fields != null) {
                boolean weekDate = isSet(WEEK_YEAR) && fields[WEEK_YEAR] > fields[YEAR];
                // set the fields in the order they were given, so that resolution works as in Calendar
                for (int stamp = MINIMUM_USER_STAMP; stamp < nextStamp; stamp++) {
                    for (int index = 0; index <= maxFieldIndex; index++) {
                        if (fields[index] == stamp) {
                            cal.set(index, fields[NFIELDS + index]);
                            break;
                        }
                    }
                }
                if (weekDate) {
                    int weekOfYear = isSet(WEEK_OF_YEAR) ? fields[NFIELDS + WEEK_OF_YEAR] : 1;
                    int dayOfWeek = isSet(DAY_OF_WEEK) ? fields[NFIELDS + DAY_OF_WEEK] : cal.getFirstDayOfWeek();
                    cal.setWeekDate(fields[NFIELDS + WEEK_YEAR], weekOfYear, dayOfWeek);
                }
                cal.complete();
            }
            return cal;
        }

        private void allocateFields() {
            if (fields == null) {
                fields = new int[NFIELDS * 2];
                nextStamp = MINIMUM_USER_STAMP;
                maxFieldIndex = -1;
            }
        }

        private void internalSet(int field, int value) {
            fields[field] = nextStamp++;
            if (nextStamp < 0) {
                throw new IllegalStateException("stamp counter overflow");
            }
            fields[NFIELDS + field] = value;
            if (field > maxFieldIndex && field < WEEK_YEAR) {
                maxFieldIndex = field;
            }
        }

        private boolean isInstantSet() {
            return nextStamp == COMPUTED_STAMP;
        }

        private boolean isSet(int index) {
            return fields != null && fields[index] > UNSET_STAMP;
        }

        private boolean isValidWeekParameter(int value) {
            return value > 0 && value <= 7;
        }
    }

    public static Calendar getInstance(TimeZone zone, Locale aLocale) {
        return new GregorianCalendar(zone, aLocale);
    }

    protected abstract void computeTime();

    protected abstract void computeFields();

    public final java.time.Instant toInstant() {
        return java.time.Instant.ofEpochMilli(getTimeInMillis());
    }

    /**
     * The name of the field's value in the style and locale (MONTH, DAY_OF_WEEK, AM_PM and
     * ERA have names; other fields give null), from the same localized names java.time uses.
     */
    public String getDisplayName(int field, int style, Locale locale) {
        java.time.format.TextStyle ts = textStyle(style);
        if (ts == null || field < 0 || field >= FIELD_COUNT) {
            throw new IllegalArgumentException();
        }
        Objects.requireNonNull(locale);
        java.time.temporal.ChronoField cf = chronoField(field);
        if (cf == null) {
            return null;
        }
        if (field == ERA && style == LONG_FORMAT) {
            ts = java.time.format.TextStyle.SHORT; // as the JDK's: the long format era is the short one
        }
        int value = get(field);
        return displayName(cf, value, ts, locale);
    }

    /**
     * Names of all the field's values in the style (or all styles but the narrow ones that
     * repeat a name, which give null on their own), to the values.
     */
    public Map<String, Integer> getDisplayNames(int field, int style, Locale locale) {
        if ((style != ALL_STYLES && textStyle(style) == null) || field < 0 || field >= FIELD_COUNT) {
            throw new IllegalArgumentException();
        }
        Objects.requireNonNull(locale);
        java.time.temporal.ChronoField cf = chronoField(field);
        if (cf == null) {
            return null;
        }
        int[] styles = style == ALL_STYLES
                ? new int[] {SHORT_FORMAT, LONG_FORMAT, NARROW_FORMAT, SHORT_STANDALONE, LONG_STANDALONE, NARROW_STANDALONE}
                : new int[] {style};
        // as the JDK's: the format styles' names in a hash map (but the short eras), the
        // others' (and all styles') longest first, then in alphabetical order
        Map<String, Integer> names = ((style == SHORT_FORMAT && field != ERA) || style == LONG_FORMAT)
                ? new HashMap<>()
                : new TreeMap<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        for (int st : styles) {
            java.time.format.TextStyle ts = textStyle(st);
            if (field == ERA && st == LONG_FORMAT) {
                ts = java.time.format.TextStyle.SHORT;
            }
            Map<String, Integer> some = new HashMap<>();
            boolean repeated = false;
            int min = getMinimum(field);
            int max = getMaximum(field);
            for (int v = min; v <= max; v++) {
                String name = displayName(cf, v, ts, locale);
                if (name != null && some.put(name, v) != null) {
                    repeated = true;
                }
            }
            if (repeated && (st & NARROW_FORMAT) != 0) {
                if (style != ALL_STYLES) {
                    return null;
                }
                continue;
            }
            if (styles.length == 1 && names instanceof HashMap) {
                return some;
            }
            names.putAll(some);
        }
        return names;
    }

    private static java.time.format.TextStyle textStyle(int style) {
        switch (style) {
            case SHORT_FORMAT: return java.time.format.TextStyle.SHORT;
            case LONG_FORMAT: return java.time.format.TextStyle.FULL;
            case NARROW_FORMAT: return java.time.format.TextStyle.NARROW;
            case SHORT_STANDALONE: return java.time.format.TextStyle.SHORT_STANDALONE;
            case LONG_STANDALONE: return java.time.format.TextStyle.FULL_STANDALONE;
            case NARROW_STANDALONE: return java.time.format.TextStyle.NARROW_STANDALONE;
            default: return null;
        }
    }

    private static java.time.temporal.ChronoField chronoField(int field) {
        switch (field) {
            case MONTH: return java.time.temporal.ChronoField.MONTH_OF_YEAR;
            case DAY_OF_WEEK: return java.time.temporal.ChronoField.DAY_OF_WEEK;
            case AM_PM: return java.time.temporal.ChronoField.AMPM_OF_DAY;
            case ERA: return java.time.temporal.ChronoField.ERA;
            default: return null;
        }
    }

    /** value in Calendar's numbering (months from 0, Sunday 1) named as java.time names it. */
    private static String displayName(java.time.temporal.ChronoField cf, int value,
            java.time.format.TextStyle ts, Locale locale) {
        long v;
        if (cf == java.time.temporal.ChronoField.MONTH_OF_YEAR) {
            if (value < 0 || value > 11) {
                return null;
            }
            v = value + 1;
        } else if (cf == java.time.temporal.ChronoField.DAY_OF_WEEK) {
            v = value == SUNDAY ? 7 : value - 1;
        } else {
            v = value;
        }
        java.time.format.DateTimeFormatter f = new java.time.format.DateTimeFormatterBuilder()
                .appendText(cf, ts).toFormatter(locale);
        java.time.temporal.TemporalAccessor t = new java.time.temporal.TemporalAccessor() {
            public boolean isSupported(java.time.temporal.TemporalField field) {
                return field == cf;
            }

            public long getLong(java.time.temporal.TemporalField field) {
                if (field != cf) {
                    throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported field: " + field);
                }
                return v;
            }
        };
        return f.format(t);
    }

    public final Date getTime() {
        return new Date(getTimeInMillis());
    }

    public final void setTime(Date date) {
        setTimeInMillis(date.getTime());
    }

    public long getTimeInMillis() {
        if (!isTimeSet) {
            updateTime();
        }
        return time;
    }

    public void setTimeInMillis(long millis) {
        time = millis;
        isTimeSet = true;
        areFieldsSet = false;
        computeFields();
        areFieldsSet = true;
        for (int i = 0; i < FIELD_COUNT; i++) {
            stamp[i] = 1;
            isSet[i] = true;
        }
    }

    private void updateTime() {
        computeTime();
        isTimeSet = true;
    }

    protected void complete() {
        if (!isTimeSet) {
            updateTime();
        }
        if (!areFieldsSet) {
            computeFields();
            areFieldsSet = true;
            for (int i = 0; i < FIELD_COUNT; i++) {
                stamp[i] = 1;
                isSet[i] = true;
            }
        }
    }

    public int get(int field) {
        complete();
        return internalGet(field);
    }

    protected final int internalGet(int field) {
        return fields[field];
    }

    public void set(int field, int value) {
        if (isTimeSet && !areFieldsSet) {
            complete();
        }
        fields[field] = value;
        stamp[field] = nextStamp++;
        isSet[field] = true;
        isTimeSet = false;
        areFieldsSet = false;
    }

    public final void set(int year, int month, int date) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute) {
        set(year, month, date);
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute, int second) {
        set(year, month, date, hourOfDay, minute);
        set(SECOND, second);
    }

    public final void clear() {
        for (int i = 0; i < FIELD_COUNT; i++) {
            fields[i] = 0;
            stamp[i] = 0;
            isSet[i] = false;
        }
        areFieldsSet = false;
        isTimeSet = false;
    }

    public final void clear(int field) {
        fields[field] = 0;
        stamp[field] = 0;
        isSet[field] = false;
        areFieldsSet = false;
        isTimeSet = false;
    }

    public final boolean isSet(int field) {
        return stamp[field] != 0;
    }

    public abstract void add(int field, int amount);

    public abstract void roll(int field, boolean up);

    public void roll(int field, int amount) {
        while (amount > 0) {
            roll(field, true);
            amount--;
        }
        while (amount < 0) {
            roll(field, false);
            amount++;
        }
    }

    public void setTimeZone(TimeZone value) {
        zone = value;
        areFieldsSet = false;
        if (isTimeSet) {
            complete();
        }
    }

    public TimeZone getTimeZone() {
        return zone;
    }

    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public boolean isLenient() {
        return lenient;
    }

    public int getFirstDayOfWeek() {
        return firstDayOfWeek;
    }

    public int getMinimalDaysInFirstWeek() {
        return minimalDaysInFirstWeek;
    }

    public void setFirstDayOfWeek(int value) {
        if (firstDayOfWeek != value) {
            firstDayOfWeek = value;
            invalidateWeekFields();
        }
    }

    public void setMinimalDaysInFirstWeek(int value) {
        if (minimalDaysInFirstWeek != value) {
            minimalDaysInFirstWeek = value;
            invalidateWeekFields();
        }
    }

    /** The week fields follow the new week definition. */
    private void invalidateWeekFields() {
        if (isTimeSet && areFieldsSet) {
            computeFields();
        }
    }

    public boolean isWeekDateSupported() {
        return false;
    }

    public int getWeekYear() {
        throw new UnsupportedOperationException();
    }

    public void setWeekDate(int weekYear, int weekOfYear, int dayOfWeek) {
        throw new UnsupportedOperationException();
    }

    public int getWeeksInWeekYear() {
        throw new UnsupportedOperationException();
    }

    public abstract int getMinimum(int field);

    public abstract int getMaximum(int field);

    public abstract int getGreatestMinimum(int field);

    public abstract int getLeastMaximum(int field);

    public int getActualMinimum(int field) {
        return getMinimum(field);
    }

    public int getActualMaximum(int field) {
        return getMaximum(field);
    }

    public String getCalendarType() {
        return "gregory";
    }

    public boolean before(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) < 0;
    }

    public boolean after(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) > 0;
    }

    @Override
    public int compareTo(Calendar anotherCalendar) {
        return Long.compare(getTimeInMillis(), anotherCalendar.getTimeInMillis());
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Calendar)) {
            return false;
        }
        Calendar that = (Calendar) obj;
        return getTimeInMillis() == that.getTimeInMillis() && lenient == that.lenient
                && firstDayOfWeek == that.firstDayOfWeek
                && minimalDaysInFirstWeek == that.minimalDaysInFirstWeek && zone.equals(that.zone);
    }

    @Override
    public int hashCode() {
        int otheritems = (lenient ? 1 : 0) | (firstDayOfWeek << 1) | (minimalDaysInFirstWeek << 4)
                | (zone.hashCode() << 7);
        long t = getTimeInMillis();
        return (int) t ^ (int) (t >> 32) ^ otheritems;
    }

    @Override
    public Object clone() {
        try {
            Calendar other = (Calendar) super.clone();
            other.fields = fields.clone();
            other.isSet = isSet.clone();
            other.stamp = stamp.clone();
            other.zone = (TimeZone) zone.clone();
            return other;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getName());
        sb.append("[time=").append(isTimeSet ? String.valueOf(time) : "?");
        sb.append(",areFieldsSet=").append(areFieldsSet);
        sb.append(",areAllFieldsSet=").append(areFieldsSet);
        sb.append(",lenient=").append(lenient);
        sb.append(",zone=").append(zone);
        sb.append(",firstDayOfWeek=").append(firstDayOfWeek);
        sb.append(",minimalDaysInFirstWeek=").append(minimalDaysInFirstWeek);
        String[] names = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR", "WEEK_OF_MONTH", "DAY_OF_MONTH",
            "DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH", "AM_PM", "HOUR", "HOUR_OF_DAY",
            "MINUTE", "SECOND", "MILLISECOND", "ZONE_OFFSET", "DST_OFFSET"};
        for (int i = 0; i < FIELD_COUNT; i++) {
            sb.append(',').append(names[i]).append('=');
            sb.append(isSet(i) ? String.valueOf(fields[i]) : "?");
        }
        return sb.append(']').toString();
    }
}
