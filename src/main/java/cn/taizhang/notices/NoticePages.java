package cn.taizhang.notices;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Problem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The notices page: the newest 200, each opened by a POST that marks it read and leads to the page it is about. */
@Controller
class NoticePages {

    private final NoticeRepository notices;

    NoticePages(NoticeRepository notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String list(@AuthenticationPrincipal Caller me, Model model) {
        model.addAttribute("notices", notices.recent(me.id(), false, 200, 0));
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
