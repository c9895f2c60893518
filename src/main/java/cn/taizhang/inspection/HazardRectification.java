package cn.taizhang.inspection;

import cn.taizhang.cases.CaseStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps whether each hazard is rectified (已整改: its case closed) beside it, in the transaction that closes or reopens the
 * case, so that the figures count hazards and their rectification in one statement over the inspections' own tables.
 */
@Component
class HazardRectification {

    private final InspectionRepository inspections;

    HazardRectification(InspectionRepository inspections) {
        this.inspections = inspections;
    }

    @EventListener
    void on(CaseStateChanged change) {
        if (change.closingChanged()) {
            inspections.markRectified(change.caseId(), change.closed());
        }
    }
}
