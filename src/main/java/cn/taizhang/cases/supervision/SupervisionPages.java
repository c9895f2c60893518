package cn.taizhang.cases.supervision;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.Actor;
import cn.taizhang.cases.Visibility;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.Paging;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 挂牌督办 list page (a leader's to-do leads here): the open supervisions by default, or all, in pages. */
@Controller
class SupervisionPages {

    private static final int PAGE_SIZE = 20;

    private final Supervisions supervisions;

    SupervisionPages(Supervisions supervisions) {
        this.supervisions = supervisions;
    }

    @GetMapping("/supervisions")
    String list(@AuthenticationPrincipal Caller me, @RequestParam(required = false) String state,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        boolean all = "all".equals(state);
        String order = Supervisions.ORDER.orderBy(sort);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        Visibility v = Actor.of(me).visibility();
        long total = supervisions.count(v, null, !all);
        model.addAttribute("all", all);
        model.addAttribute("rows", supervisions.find(v, null, !all, order, paging.offset(), paging.size()));
        model.addAttribute("list", new ListPage("/supervisions", ListPage.query(Map.of("state", all ? "all" : "")), sort, paging.page(),
                paging.size(), total));
        return "cases/supervisions";
    }
}
