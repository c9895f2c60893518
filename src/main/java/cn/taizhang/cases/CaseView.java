package cn.taizhang.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A case as the API shows it to one caller: {@code allowedActions} are that caller's, {@code allowedActionNames} the
 * same in order with their Chinese names, as the buttons show them; {@code planRequired}: its severity needs a 治理方案
 * before it is handled ({@code /plan}); {@code origin}: the inspection visit it came from, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseView(long id, String number, String type, String typeName, String severity, String severityName, String sector,
        String state, String stateName, String gridCode, String areaName, UnitRef unit, UnitRef suggestedUnit,
        OffsetDateTime deadline, int version, String source, String sourceName, String description, String address, Location location,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, boolean overdue, int reworkCount, int returnCount, int extensionCount,
        int deferredCount, int supervisedCount, int reopenedCount, PendingExtension pendingExtension, Long duplicateOf,
        List<String> allowedActions, Map<String, String> allowedActionNames, CaseSubject subject, boolean planRequired,
        CaseOrigin origin) {

    record UnitRef(long id, String name) {
    }

    /** Always WGS-84 once stored. */
    record Location(double lat, double lng, String crs) {
    }

    record PendingExtension(int workingDays, String reason) {
    }
}
