-- Cases (事项): one closed loop for every kind of matter. Types are data, so a new catalogue entry
-- or a changed deadline needs no release.

-- responsibility: sector_department = the department regulating the case's sector (管行业必须管安全),
-- town_office = the 镇街 office of the place, chosen = the dispatcher picks the unit.
CREATE TABLE case_type (
    code                  text PRIMARY KEY,
    name                  text          NOT NULL UNIQUE,
    category              text          NOT NULL,
    responsibility        text          NOT NULL CHECK (responsibility IN ('sector_department', 'town_office', 'chosen')),
    verification_required boolean       NOT NULL,
    remind_share          numeric(3, 2) NOT NULL CHECK (remind_share > 0 AND remind_share <= 1), -- remind the unit once this share of the time is used
    supervise_after_days  int           NOT NULL CHECK (supervise_after_days >= 0),              -- 挂牌督办 when overdue by this many working days
    position              int           NOT NULL
);

CREATE TABLE case_type_severity (
    type_code      text    NOT NULL REFERENCES case_type (code),
    code           text    NOT NULL,
    name           text    NOT NULL,
    deadline_days  int     NOT NULL CHECK (deadline_days > 0), -- working days from dispatch
    notify_leaders boolean NOT NULL DEFAULT false,             -- the area's leaders are told at registration, at once
    position       int     NOT NULL,
    PRIMARY KEY (type_code, code)
);

INSERT INTO case_type (code, name, category, responsibility, verification_required, remind_share, supervise_after_days, position) VALUES
    ('safety_hazard', '安全生产隐患', '安全生产', 'sector_department', true, 0.80, 3, 1),
    ('city_sanitation', '市容环境卫生', '城乡环境综合治理', 'town_office', true, 0.80, 3, 2),
    ('illegal_building', '两违（违法建设、违法用地）', '城乡环境综合治理', 'town_office', true, 0.80, 5, 3),
    ('overhead_cables', '背街小巷“蜘蛛网”', '城乡环境综合治理', 'town_office', true, 0.80, 5, 4),
    ('civilisation_review', '创文测评问题', '创文', 'town_office', true, 0.70, 2, 5),
    ('enterprise_request', '企业诉求', '企业服务', 'chosen', false, 0.80, 5, 6),
    ('epidemic_key_person', '疫情防控重点人员', '疫情防控', 'town_office', true, 0.80, 1, 7);

INSERT INTO case_type_severity (type_code, code, name, deadline_days, notify_leaders, position) VALUES
    ('safety_hazard', 'general', '一般隐患', 5, false, 1),
    ('safety_hazard', 'major', '重大隐患', 30, true, 2),
    ('city_sanitation', 'general', '一般', 3, false, 1),
    ('illegal_building', 'general', '一般', 10, false, 1),
    ('overhead_cables', 'general', '一般', 15, false, 1),
    ('civilisation_review', 'general', '一般', 3, false, 1),
    ('enterprise_request', 'general', '一般诉求', 10, false, 1),
    ('enterprise_request', 'hard', '疑难诉求', 30, true, 2),
    ('epidemic_key_person', 'general', '一般', 7, false, 1);

-- Case numbers run per county and year: 522601-2026-000123. The row is updated in the creating transaction.
CREATE TABLE case_number_counter (
    county varchar(6) NOT NULL,
    year   int        NOT NULL,
    last   int        NOT NULL,
    PRIMARY KEY (county, year)
);

CREATE TABLE case_record (
    id                      bigserial PRIMARY KEY,
    number                  text          NOT NULL UNIQUE,
    type_code               text          NOT NULL REFERENCES case_type (code),
    severity                text          NOT NULL,
    sector                  text REFERENCES sector (code),
    state                   text          NOT NULL CHECK (state IN ('reported', 'registered', 'rejected', 'dispatched', 'handled', 'closed', 'deferred')),
    area_code               varchar(15)   NOT NULL REFERENCES area (code), -- the grid: scoping is a prefix match on it
    unit_id                 bigint REFERENCES department (id),
    suggested_unit_id       bigint REFERENCES department (id),
    description             varchar(2000) NOT NULL,
    address                 varchar(500),
    lat                     double precision, -- WGS-84
    lng                     double precision,
    source                  text          NOT NULL CHECK (source IN ('grid_worker', 'inspection', 'citizen', 'assigned', 'video', 'leader_visit')),
    reporter_id             bigint        NOT NULL REFERENCES staff (id),
    deadline                timestamptz,
    dispatched_at           timestamptz,
    handled_at              timestamptz,
    closed_at               timestamptz,
    duplicate_of            bigint REFERENCES case_record (id),
    extension_pending_days  int,  -- an extension asked for and not yet decided
    extension_reason        text,
    deferred_from           text, -- the state a deferred case resumes to
    deferred_at             timestamptz,
    rework_count            int           NOT NULL DEFAULT 0,
    return_count            int           NOT NULL DEFAULT 0,
    extension_count         int           NOT NULL DEFAULT 0,
    deferred_count          int           NOT NULL DEFAULT 0,
    supervised_count        int           NOT NULL DEFAULT 0,
    reopened_count          int           NOT NULL DEFAULT 0,
    version                 int           NOT NULL DEFAULT 1,
    created_at              timestamptz   NOT NULL DEFAULT now(),
    updated_at              timestamptz   NOT NULL DEFAULT now(),
    client_id               uuid UNIQUE,  -- the reporting device's id for the report: retries find the same case
    idempotency_key         text,
    request_hash            text          NOT NULL,
    FOREIGN KEY (type_code, severity) REFERENCES case_type_severity (type_code, code),
    UNIQUE (reporter_id, idempotency_key)
);
CREATE INDEX case_record_area ON case_record (area_code text_pattern_ops);
CREATE INDEX case_record_unit ON case_record (unit_id);
CREATE INDEX case_record_open_deadline ON case_record (deadline) WHERE state = 'dispatched';
CREATE INDEX case_record_created ON case_record (created_at);

-- Every transition as a fact; never changed or removed.
CREATE TABLE case_event (
    id          bigserial PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES case_record (id),
    seq         int         NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    actor_id    bigint REFERENCES staff (id), -- null for the system (escalation)
    actor_role  text        NOT NULL,
    action      text        NOT NULL,
    from_state  text,
    to_state    text        NOT NULL,
    note        text,
    data        jsonb       NOT NULL DEFAULT '{}',
    attachments bigint[]    NOT NULL DEFAULT '{}',
    UNIQUE (case_id, seq)
);

CREATE FUNCTION case_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_event is append-only';
END $$;
CREATE TRIGGER case_event_no_update_delete BEFORE UPDATE OR DELETE ON case_event
    FOR EACH ROW EXECUTE FUNCTION case_event_is_append_only();

-- 挂牌督办. An automatic one is made at most once per case and deadline, whatever number of escalation jobs run.
CREATE TABLE case_supervision (
    id                bigserial PRIMARY KEY,
    case_id           bigint      NOT NULL REFERENCES case_record (id),
    document_number   text        NOT NULL,
    supervising_unit  text        NOT NULL,
    deadline          timestamptz,
    case_deadline     timestamptz, -- the case's deadline when supervision began
    automatic         boolean     NOT NULL,
    created_by        bigint REFERENCES staff (id),
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX case_supervision_once_per_deadline ON case_supervision (case_id, case_deadline) WHERE automatic;

CREATE TABLE case_evidence (
    id           bigserial PRIMARY KEY,
    case_id      bigint      NOT NULL REFERENCES case_record (id),
    sha256       char(64)    NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('before', 'after')),
    content_type text        NOT NULL,
    size         int         NOT NULL,
    uploaded_by  bigint      NOT NULL REFERENCES staff (id),
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_evidence_case ON case_evidence (case_id);
