-- Case types are edited by the system administrator: a version for optimistic concurrency (If-Match),
-- so that two administrators never overwrite each other's change.
ALTER TABLE case_type ADD COLUMN version int NOT NULL DEFAULT 1;

-- 挂牌督办 are listed per case.
CREATE INDEX case_supervision_case ON case_supervision (case_id);
