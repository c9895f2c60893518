-- Inspections (检查): one outing of one group (组次) with its inspectors (人次) and the enterprises and places it
-- visits (家次); every failed item and every finding is a 安全生产隐患 case, linked here to its visit and item.
CREATE TABLE inspection (
    id           bigserial PRIMARY KEY,
    client_id    uuid UNIQUE,               -- an inspector's phone retries: the same outing once
    request_hash text        NOT NULL,
    campaign_id  bigint,                    -- the campaign (专项整治) it was sent by, if any
    day          date        NOT NULL,
    group_name   text        NOT NULL,
    recorded_by  bigint      NOT NULL REFERENCES staff (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_day ON inspection (day);
CREATE INDEX inspection_campaign ON inspection (campaign_id, day) WHERE campaign_id IS NOT NULL;

CREATE TABLE inspection_inspector (
    inspection_id bigint NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    staff_id      bigint NOT NULL REFERENCES staff (id),
    PRIMARY KEY (inspection_id, staff_id)
);

-- A visit carries the grid of what it visited (scoping is a prefix match) and its outing's day (the figures' period).
CREATE TABLE inspection_visit (
    id                bigserial PRIMARY KEY,
    inspection_id     bigint NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    position          int    NOT NULL,
    day               date   NOT NULL,
    enterprise_id     bigint,
    place_id          bigint,
    subject_name      text   NOT NULL,
    area_code         text   NOT NULL,
    sector_code       text   NOT NULL,
    checklist_code    text   NOT NULL,
    checklist_version int    NOT NULL,
    CHECK ((enterprise_id IS NULL) <> (place_id IS NULL))
);
CREATE INDEX inspection_visit_area ON inspection_visit (area_code text_pattern_ops, day);
CREATE INDEX inspection_visit_inspection ON inspection_visit (inspection_id);
CREATE INDEX inspection_visit_enterprise ON inspection_visit (enterprise_id) WHERE enterprise_id IS NOT NULL;
CREATE INDEX inspection_visit_place ON inspection_visit (place_id) WHERE place_id IS NOT NULL;

CREATE TABLE inspection_answer (
    visit_id  bigint NOT NULL REFERENCES inspection_visit (id) ON DELETE CASCADE,
    item_code text   NOT NULL,
    position  int    NOT NULL,
    result    text   NOT NULL CHECK (result IN ('pass', 'fail', 'na')),
    note      text,
    PRIMARY KEY (visit_id, item_code)
);

-- A hazard: a failed item (item_code) or a finding (item_code null), and the case that runs its closed loop.
CREATE TABLE inspection_hazard (
    case_id     bigint PRIMARY KEY,
    visit_id    bigint  NOT NULL REFERENCES inspection_visit (id) ON DELETE CASCADE,
    item_code   text,
    description text    NOT NULL,
    major       boolean NOT NULL
);
CREATE INDEX inspection_hazard_visit ON inspection_hazard (visit_id);
