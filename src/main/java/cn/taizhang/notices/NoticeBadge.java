package cn.taizhang.notices;

import cn.taizhang.access.Caller;
import org.springframework.stereotype.Component;

/** The unread count in every page's header, asked by the layout template ({@code @noticeBadge}) only when a page renders. */
@Component("noticeBadge")
public class NoticeBadge {

    private final NoticeRepository notices;

    NoticeBadge(NoticeRepository notices) {
        this.notices = notices;
    }

    public long unread(Caller caller) {
        return caller == null ? 0 : notices.count(caller.id(), true);
    }
}
