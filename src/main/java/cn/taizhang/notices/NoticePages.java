package cn.taizhang.notices;

import cn.taizhang.access.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

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

    @PostMapping("/notices/read-all")
    String readAll(@AuthenticationPrincipal Caller me) {
        notices.markAllRead(me.id());
        return "redirect:/notices";
    }
}
