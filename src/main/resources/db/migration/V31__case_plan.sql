-- 治理方案 (五落实: 责任、措施、资金、时限、预案): a severity may require the unit's plan before the case is handled;
-- 重大隐患 does (安全生产法 第四十一条, 重大事故隐患治理).
ALTER TABLE case_type_severity ADD COLUMN requires_plan boolean NOT NULL DEFAULT false;
UPDATE case_type_severity SET requires_plan = true WHERE type_code = 'safety_hazard' AND code = 'major';

CREATE TABLE case_plan (
    case_id        bigint PRIMARY KEY REFERENCES case_record (id),
    responsibility text          NOT NULL,  -- 责任: the unit and person answering for the fix
    measures       text          NOT NULL,  -- 措施
    funds          numeric(12,2) NOT NULL CHECK (funds >= 0),  -- 资金, 万元
    deadline       date          NOT NULL,  -- 时限
    contingency    text          NOT NULL,  -- 预案: what is done meanwhile to keep people safe
    written_by     bigint        NOT NULL REFERENCES staff (id),
    written_at     timestamptz   NOT NULL DEFAULT now(),
    version        int           NOT NULL DEFAULT 1
);
