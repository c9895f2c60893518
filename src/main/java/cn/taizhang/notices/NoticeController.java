package cn.taizhang.notices;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "notices", description = "站内通知")
class NoticeController {

    record NoticeList(List<NoticeRepository.Row> items, long total, long unread) {
    }

    private final NoticeRepository notices;

    NoticeController(NoticeRepository notices) {
        this.notices = notices;
    }

    @GetMapping
    @Operation(summary = "我的通知（最新在前）")
    NoticeList mine(@AuthenticationPrincipal Caller me, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return new NoticeList(notices.recent(me.id(), unread, paging.size(), paging.offset()), notices.count(me.id(), unread),
                notices.count(me.id(), true));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "标为已读")
    void read(@AuthenticationPrincipal Caller me, @PathVariable long id) {
        if (!notices.markRead(me.id(), id) && !notices.exists(me.id(), id)) {
            throw Problem.notFound("通知");
        }
    }

    @PostMapping("/read-all")
    @Operation(summary = "全部标为已读")
    Map<String, Integer> readAll(@AuthenticationPrincipal Caller me) {
        return Map.of("marked", notices.markAllRead(me.id()));
    }
}
