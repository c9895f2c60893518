package cn.taizhang.notices;

import java.util.Collection;

/**
 * A notice to staff members: shown in their in-app notification list and sent to the outbound
 * webhook if one is configured. {@code dedupKey} makes sending idempotent: a notice with a key that
 * was already sent to a recipient is not sent to them again (e.g. "case:42:overdue").
 */
public record Notice(Collection<Long> recipientIds, String kind, String title, String body, String link, String dedupKey) {
}
