package cn.taizhang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One event of a case's timeline as the API shows it: codes with their Chinese names. */
record TimelineEntry(int seq, OffsetDateTime at, Long actorId, String actorName, String actorRole, String action, String actionName, String fromState, String fromStateName, String toState, String toStateName,
        String note, JsonNode data, List<Long> attachments) {
}
