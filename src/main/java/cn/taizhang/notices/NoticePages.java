package cn.taizhang.notices;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The notices page: newest first in pages, all or the unread, each opened by a POST that marks it read and leads to its page. */
@Controller
class NoticePages {

    private static final int PAGE_SIZE = 30;

    private final NoticeRepository notices;

    NoticePages(NoticeRepository notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String list(@AuthenticationPrincipal Caller me, @RequestParam(required = false) Boolean unread,
            @RequestParam(required = false) Integer page, Model model) {
        boolean unreadOnly = Boolean.TRUE.equals(unread);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("notices", notices.recent(me.id(), unreadOnly, paging.size(), paging.offset()));
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("list", new ListPage("/notices", unreadOnly ? "unread=true" : "", null, paging.page(), paging.size(),
                notices.count(me.id(), unreadOnly)));
        return "notices/list";
    }

    /** Marks the notice read and goes to its subject's page: {@code /api/v1/cases/12} is shown at {@code /cases/12}. */
    @PostMapping("/notices/{id}/open")
    String open(@AuthenticationPrincipal Caller me, @PathVariable long id) {
        NoticeRepository.Row notice = notices.find(me.id(), id).orElseThrow(() -> Problem.notFound("通知"));
        notices.markRead(me.id(), id);
        return "redirect:" + pageOf(notice.link());
    }

    /** The page of a notice's link: an API resource's page is its path without {@code /api/v1}; nothing else leaves the site. */
    static String pageOf(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            return "/notices";
        }
        return link.startsWith("/api/v1/") ? link.substring("/api/v1".length()) : link;
    }

    @PostMapping("/notices/read-all")
    String readAll(@AuthenticationPrincipal Caller me) {
        notices.markAllRead(me.id());
        return "redirect:/notices";
    }
}
