package sun.util.calendar;

import java.util.Date;
import java.util.TimeZone;

/** A fixed-offset zone (the class the JDK's TimeZone.getTimeZone returns). */
public class ZoneInfo extends TimeZone {
    private static final long serialVersionUID = 2653134537216586139L;

    private int rawOffset;

    public ZoneInfo(String id, int rawOffset) {
        setID(id);
        this.rawOffset = rawOffset;
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
        if (date == null) {
            throw new NullPointerException();
        }
        return false;
    }

    @Override
    public int getDSTSavings() {
        return 0;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ZoneInfo)) {
            return false;
        }
        ZoneInfo that = (ZoneInfo) obj;
        return getID().equals(that.getID()) && rawOffset == that.rawOffset;
    }

    @Override
    public int hashCode() {
        return rawOffset;
    }

    @Override
    public String toString() {
        return getClass().getName() + "[id=\"" + getID() + "\",offset=" + rawOffset
                + ",dstSavings=0,useDaylight=false,transitions=0,lastRule=null]";
    }
}
