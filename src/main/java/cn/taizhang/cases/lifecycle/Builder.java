package cn.taizhang.cases.lifecycle;

import java.time.OffsetDateTime;

/** A mutable copy of a {@link Case}, so that each transition names only what it changes. */
final class Builder {

    private final Case from;
    CaseState state;
    Long unitId;
    OffsetDateTime deadline;
    OffsetDateTime dispatchedAt;
    OffsetDateTime handledAt;
    OffsetDateTime closedAt;
    Integer extensionPendingDays;
    String extensionReason;
    CaseState deferredFrom;
    OffsetDateTime deferredAt;
    Long duplicateOf;
    Case.Counters counters;

    Builder(Case c) {
        from = c;
        state = c.state();
        unitId = c.unitId();
        deadline = c.deadline();
        dispatchedAt = c.dispatchedAt();
        handledAt = c.handledAt();
        closedAt = c.closedAt();
        extensionPendingDays = c.extensionPendingDays();
        extensionReason = c.extensionReason();
        deferredFrom = c.deferredFrom();
        deferredAt = c.deferredAt();
        duplicateOf = c.duplicateOf();
        counters = c.counters();
    }

    /** The version is the stored row's; the repository bumps it when it saves. */
    Case build() {
        return new Case(from.id(), state, from.gridCode(), unitId, from.verificationRequired(), deadline, dispatchedAt, handledAt,
                closedAt, extensionPendingDays, extensionReason, deferredFrom, deferredAt, duplicateOf, counters, from.version());
    }
}
