package cn.taizhang.platform;

import java.time.ZoneId;

/**
 * The one time zone of the platform: Kaili's days, deadlines, periods, reports and every time a person reads are in
 * Beijing time. Stored instants stay UTC; this is how they are read as days and shown.
 */
public final class BeijingTime {

    /** The zone's id, for SQL ({@code AT TIME ZONE}) and the database server's settings. */
    public static final String ZONE_ID = "Asia/Shanghai";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private BeijingTime() {
    }
}
