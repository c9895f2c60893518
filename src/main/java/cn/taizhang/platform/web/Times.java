package cn.taizhang.platform.web;

import cn.taizhang.platform.BeijingTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Times as the pages show them, always in Beijing time whatever the offset a value carries (the database answers
 * UTC): {@code ${@times.minute(c.createdAt())}} is "2026-12-06 09:30".
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BeijingTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BeijingTime.ZONE);

    public String minute(OffsetDateTime t) {
        return t == null ? "" : MINUTE.format(t);
    }

    public String minute(Instant t) {
        return t == null ? "" : MINUTE.format(t);
    }

    public String day(OffsetDateTime t) {
        return t == null ? "" : DAY.format(t);
    }
}
