-- Enforcement (执法): the actions 执法人员 take against an enterprise — or, for 两违 and other 城乡环境 cases, about a
-- case without one — and the candidates the rules raise for them.

-- The coercive measure an enterprise is under now (停产停业整顿, 关闭, 取缔), kept beside it so that every page showing
-- the enterprise shows it; set and lifted only by enforcement actions.
ALTER TABLE enterprise ADD COLUMN coercion text CHECK (coercion IN ('suspended', 'closed', 'banned'));
ALTER TABLE enterprise ADD COLUMN coercion_since date;

CREATE TABLE enforcement_action (
    id                  bigserial PRIMARY KEY,
    kind                text          NOT NULL CHECK (kind IN ('order', 'penalty', 'suspension', 'closure', 'ban', 'reinspection',
                                                               'restart', 'demolition')),
    enterprise_id       bigint REFERENCES enterprise (id),
    subject_name        text          NOT NULL,                         -- the enterprise's name, or the cases' numbers, when taken
    area_code           varchar(15)   NOT NULL REFERENCES area (code), -- the enterprise's or the case's grid: scoping is a prefix match
    department_id       bigint        NOT NULL REFERENCES department (id),
    officer_id          bigint        NOT NULL REFERENCES staff (id),
    day                 date          NOT NULL,
    document_number     text UNIQUE,                                    -- 凯应急罚〔2026〕12号: one document, one action
    fine                numeric(14, 2) CHECK (fine >= 0),               -- yuan
    other_penalties     text,
    deadline            date,                                           -- an order's 限期
    target_id           bigint REFERENCES enforcement_action (id),      -- what a re-inspection or a restart is about
    passed              boolean,                                        -- a re-inspection's verdict
    inspection_id       bigint,                                         -- the outing behind it, if any
    note                text,
    state               text          NOT NULL,
    restart_requested   date,                                           -- a suspension: the day the enterprise asked to restart
    client_id           uuid UNIQUE,
    request_hash        text          NOT NULL,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    CHECK ((kind IN ('reinspection', 'restart')) = (target_id IS NOT NULL)),
    CHECK ((kind = 'reinspection') = (passed IS NOT NULL))
);
CREATE INDEX enforcement_action_area ON enforcement_action (area_code text_pattern_ops, day);
CREATE INDEX enforcement_action_enterprise ON enforcement_action (enterprise_id, day) WHERE enterprise_id IS NOT NULL;
CREATE INDEX enforcement_action_target ON enforcement_action (target_id) WHERE target_id IS NOT NULL;

-- The 违法行为 a 行政处罚决定书 punishes: each one counted.
CREATE TABLE enforcement_violation (
    action_id   bigint  NOT NULL REFERENCES enforcement_action (id) ON DELETE CASCADE,
    position    int     NOT NULL,
    description text    NOT NULL,
    basis       text    NOT NULL,
    major       boolean NOT NULL, -- for a 重大事故隐患 (安全生产法 Art. 113 counts these)
    PRIMARY KEY (action_id, position)
);

CREATE TABLE enforcement_action_case (
    action_id bigint NOT NULL REFERENCES enforcement_action (id) ON DELETE CASCADE,
    case_id   bigint NOT NULL REFERENCES case_record (id),
    PRIMARY KEY (action_id, case_id)
);
CREATE INDEX enforcement_action_case_case ON enforcement_action_case (case_id);

-- What happened to an action after it was taken (a re-inspection, a restart request, a document added), oldest first.
CREATE TABLE enforcement_event (
    id         bigserial PRIMARY KEY,
    action_id  bigint      NOT NULL REFERENCES enforcement_action (id) ON DELETE CASCADE,
    at         timestamptz NOT NULL DEFAULT now(),
    actor_id   bigint REFERENCES staff (id),
    what       text        NOT NULL,
    note       text
);
CREATE INDEX enforcement_event_action ON enforcement_event (action_id, id);

-- The documents of an action (the decision, the notice served, photos of the seal): images in the photo store.
CREATE TABLE enforcement_document (
    id           bigserial PRIMARY KEY,
    action_id    bigint      NOT NULL REFERENCES enforcement_action (id) ON DELETE CASCADE,
    title        text        NOT NULL,
    sha256       char(64)    NOT NULL,
    content_type text        NOT NULL,
    size         int         NOT NULL,
    uploaded_by  bigint      NOT NULL REFERENCES staff (id),
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX enforcement_document_once ON enforcement_document (action_id, sha256);

-- Candidates for enforcement raised by the rules: each once (its key), whatever the number of instances running them.
CREATE TABLE enforcement_candidate (
    id             bigserial PRIMARY KEY,
    rule           text        NOT NULL CHECK (rule IN ('unrectified', 'art113', 'restart_overdue')),
    dedup_key      text        NOT NULL UNIQUE,
    enterprise_id  bigint REFERENCES enterprise (id),
    enterprise_name text,
    case_id        bigint REFERENCES case_record (id),
    case_number    text,
    action_id      bigint REFERENCES enforcement_action (id), -- the evidence: a failed order, the completing penalty, the suspension
    area_code      varchar(15) NOT NULL REFERENCES area (code),
    department_id  bigint REFERENCES department (id),          -- the department expected to act (its sector's regulator)
    reason         text        NOT NULL,
    since          date        NOT NULL,
    state          text        NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acted', 'dismissed')),
    acted_by       bigint REFERENCES enforcement_action (id),
    dismissed_reason text,
    closed_by      bigint REFERENCES staff (id),
    closed_at      timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enforcement_candidate_area ON enforcement_candidate (area_code text_pattern_ops, state);
CREATE INDEX enforcement_candidate_enterprise ON enforcement_candidate (enterprise_id, state) WHERE enterprise_id IS NOT NULL;
