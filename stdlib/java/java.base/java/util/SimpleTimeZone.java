package java.util;

/**
 * A time zone with a fixed raw offset. Cortado models no daylight-saving rules: the
 * constructors with rules are not provided.
 */
public class SimpleTimeZone extends TimeZone {
    private static final long serialVersionUID = -403250971215465050L;

    private int rawOffset;

    public SimpleTimeZone(int rawOffset, String ID) {
        this.rawOffset = rawOffset;
        setID(ID);
    }

    public int getOffset(int era, int year, int month, int day, int dayOfWeek, int millis) {
        return rawOffset;
    }

    @Override
    public int getOffset(long date) {
        return rawOffset;
    }

    public void setRawOffset(int offsetMillis) {
        rawOffset = offsetMillis;
    }

    public int getRawOffset() {
        return rawOffset;
    }

    public boolean useDaylightTime() {
        return false;
    }

    public boolean inDaylightTime(Date date) {
        return false;
    }

    @Override
    public int getDSTSavings() {
        return 0;
    }

    @Override
    public boolean hasSameRules(TimeZone other) {
        return other != null && rawOffset == other.getRawOffset() && !other.useDaylightTime();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SimpleTimeZone)) {
            return false;
        }
        SimpleTimeZone that = (SimpleTimeZone) obj;
        return getID().equals(that.getID()) && hasSameRules(that);
    }

    @Override
    public int hashCode() {
        return rawOffset;
    }

    @Override
    public String toString() {
        return getClass().getName() + "[id=" + getID() + ",offset=" + rawOffset
                + ",dstSavings=3600000,useDaylight=false,startYear=0,startMode=0,startMonth=0"
                + ",startDay=0,startDayOfWeek=0,startTime=0,startTimeMode=0,endMode=0,endMonth=0"
                + ",endDay=0,endDayOfWeek=0,endTime=0,endTimeMode=0]";
    }
}
