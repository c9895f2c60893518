-- Patrols (巡查): lighter records of routine rounds — who went (staff and registered volunteers, e.g. the "五老"
-- internet-café monitors), when, in which grid, past which places or along which route, what was seen, and the
-- findings that became cases. Counted in patrols and person-times (人次).

-- Registered volunteers who are no staff accounts; the phone is personal data: encrypted, shown masked.
CREATE TABLE patrol_volunteer (
    id              bigserial PRIMARY KEY,
    name            text        NOT NULL,
    phone_encrypted text,
    phone_masked    text,
    kind            text        NOT NULL CHECK (kind IN ('wulao_internet_cafe', 'safety_volunteer', 'other')),
    area_code       varchar(15) NOT NULL REFERENCES area (code), -- the grid or area they serve
    active          boolean     NOT NULL DEFAULT true,
    version         int         NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX patrol_volunteer_area ON patrol_volunteer (area_code text_pattern_ops);

-- A round carries its grid: scoping is a prefix match on it.
CREATE TABLE patrol (
    id           bigserial PRIMARY KEY,
    client_id    uuid UNIQUE,                -- a phone retries: the same round once
    request_hash text        NOT NULL,
    day          date        NOT NULL,
    kind         text        NOT NULL,
    grid_code    varchar(15) NOT NULL REFERENCES area (code),
    route        text,
    seen         text        NOT NULL,
    recorded_by  bigint      NOT NULL REFERENCES staff (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX patrol_grid ON patrol (grid_code text_pattern_ops, day);
CREATE INDEX patrol_day ON patrol (day);

CREATE TABLE patrol_staff (
    patrol_id bigint NOT NULL REFERENCES patrol (id) ON DELETE CASCADE,
    staff_id  bigint NOT NULL REFERENCES staff (id),
    PRIMARY KEY (patrol_id, staff_id)
);

CREATE TABLE patrol_volunteer_on (
    patrol_id    bigint NOT NULL REFERENCES patrol (id) ON DELETE CASCADE,
    volunteer_id bigint NOT NULL REFERENCES patrol_volunteer (id),
    PRIMARY KEY (patrol_id, volunteer_id)
);
CREATE INDEX patrol_volunteer_on_volunteer ON patrol_volunteer_on (volunteer_id);

-- The places passed, with their name as it was then.
CREATE TABLE patrol_place (
    patrol_id bigint NOT NULL REFERENCES patrol (id) ON DELETE CASCADE,
    place_id  bigint NOT NULL,
    position  int    NOT NULL,
    name      text   NOT NULL,
    PRIMARY KEY (patrol_id, place_id)
);
CREATE INDEX patrol_place_place ON patrol_place (place_id);

-- A finding and the case that runs its closed loop.
CREATE TABLE patrol_finding (
    case_id     bigint PRIMARY KEY,
    patrol_id   bigint NOT NULL REFERENCES patrol (id) ON DELETE CASCADE,
    position    int    NOT NULL,
    description text   NOT NULL,
    place_id    bigint
);
CREATE INDEX patrol_finding_patrol ON patrol_finding (patrol_id);
