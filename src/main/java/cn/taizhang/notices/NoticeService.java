package cn.taizhang.notices;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class NoticeService implements Notices {

    private final NoticeRepository notices;
    private final WebhookOutbox webhook;

    NoticeService(NoticeRepository notices, WebhookOutbox webhook) {
        this.notices = notices;
        this.webhook = webhook;
    }

    @Override
    @Transactional
    public int send(Notice notice) {
        int sent = 0;
        for (long recipient : notice.recipientIds()) {
            Optional<Long> id = notices.insert(recipient, notice);
            if (id.isPresent()) {
                webhook.enqueue(id.get(), recipient, notice);
                sent++;
            }
        }
        return sent;
    }
}
