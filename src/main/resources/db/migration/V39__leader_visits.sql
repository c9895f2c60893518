-- Leaders' visits to enterprises and projects (领导走访, 三项服务) and the problems they collect (企业诉求), each a case
-- coordinated top-down (顶格协调) to the unit at the level of the most senior visiting leader.

-- The unit that coordinates enterprise service for an area (a county: the city's 产业投资促进委员会 in the demo): where a
-- county leader's visit sends its problems. Data, not a name in the code; one per area.
CREATE TABLE enterprise_service_unit (
    area_code     varchar(15) PRIMARY KEY REFERENCES area (code),
    department_id bigint      NOT NULL REFERENCES department (id)
);

-- A case may now be about a project (项目) too.
ALTER TABLE case_record DROP CONSTRAINT case_record_subject_kind_check;
ALTER TABLE case_record ADD CONSTRAINT case_record_subject_kind_check
    CHECK (subject_kind IN ('enterprise', 'place', 'person', 'project'));

CREATE TABLE leader_visit (
    id            bigserial PRIMARY KEY,
    day           date        NOT NULL,
    enterprise_id bigint REFERENCES enterprise (id),
    project_id    bigint REFERENCES project (id),
    subject_name  text        NOT NULL,            -- as it was named on the day
    area_code     varchar(15) NOT NULL,            -- the grid (or area) of what was visited: scoping is a prefix test
    notes         text,
    unit_id       bigint REFERENCES department (id), -- where its problems were coordinated to
    client_id     uuid UNIQUE,
    request_hash  text,
    recorded_by   bigint      NOT NULL REFERENCES staff (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((enterprise_id IS NULL) <> (project_id IS NULL))
);
CREATE INDEX leader_visit_area ON leader_visit (area_code text_pattern_ops, day);
CREATE INDEX leader_visit_day ON leader_visit (day);
CREATE INDEX leader_visit_enterprise ON leader_visit (enterprise_id) WHERE enterprise_id IS NOT NULL;

CREATE TABLE leader_visit_leader (
    visit_id bigint NOT NULL REFERENCES leader_visit (id) ON DELETE CASCADE,
    staff_id bigint NOT NULL REFERENCES staff (id),
    position int    NOT NULL,
    PRIMARY KEY (visit_id, staff_id)
);
CREATE INDEX leader_visit_leader_staff ON leader_visit_leader (staff_id);

-- A problem collected (困难和问题; hard = 疑难问题事项) and its case; solved = its case closed, kept beside it as the case
-- closes or opens again, with the outcome the enterprise was told (the handling note).
CREATE TABLE leader_visit_problem (
    case_id     bigint PRIMARY KEY,
    visit_id    bigint      NOT NULL REFERENCES leader_visit (id) ON DELETE CASCADE,
    position    int         NOT NULL,
    description text        NOT NULL,
    hard        boolean     NOT NULL,
    category    text,
    solved      boolean     NOT NULL DEFAULT false,
    outcome     text,
    outcome_at  timestamptz
);
CREATE INDEX leader_visit_problem_visit ON leader_visit_problem (visit_id);
