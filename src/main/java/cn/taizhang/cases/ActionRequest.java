package cn.taizhang.cases;

import java.time.OffsetDateTime;
import java.util.List;

/** The body of {@code POST /cases/{id}/actions/{action}}; each action reads the fields it needs. */
record ActionRequest(String reason, Long duplicateOf, Long unit, String note, Boolean passed, Integer workingDays,
        String documentNumber, OffsetDateTime deadline, List<Long> evidence) {

    static final ActionRequest EMPTY = new ActionRequest(null, null, null, null, null, null, null, null, null);
}
