-- 复查: a visit's re-inspection of a handled hazard about what it visited. Its verdict was the case's verification:
-- rectified closed it, not rectified sent it back to its unit (返工), in the visit's transaction.
CREATE TABLE inspection_recheck (
    visit_id  bigint  NOT NULL REFERENCES inspection_visit (id) ON DELETE CASCADE,
    case_id   bigint  NOT NULL,
    position  int     NOT NULL,
    rectified boolean NOT NULL,
    note      text,
    PRIMARY KEY (visit_id, case_id)
);
CREATE INDEX inspection_recheck_case ON inspection_recheck (case_id);
