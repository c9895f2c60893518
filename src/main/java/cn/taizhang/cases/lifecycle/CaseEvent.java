package cn.taizhang.cases.lifecycle;

import java.util.List;
import java.util.Map;

/** What a transition did: appended to the case's timeline as it is, with who and when added by the caller. */
public record CaseEvent(Action action, CaseState from, CaseState to, String note, Map<String, Object> data, List<Long> attachments) {

    public CaseEvent {
        data = Map.copyOf(data);
        attachments = List.copyOf(attachments);
    }

    static CaseEvent of(Action action, CaseState from, CaseState to, String note, Map<String, Object> data) {
        return new CaseEvent(action, from, to, note, data, List.of());
    }
}
