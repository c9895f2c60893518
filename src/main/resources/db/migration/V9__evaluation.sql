-- Evaluation (考评): 月观摩、季评比、年总结. The weights, the minimum sample and the weight of the
-- observation scores are data the system administrator edits; the defaults below are documented in the README.

-- One row per evaluated object kind: 镇街 (town), 行业主管部门 (department), 网格员 (gridworker).
CREATE TABLE evaluation_setting (
    object_kind        text         PRIMARY KEY CHECK (object_kind IN ('town', 'department', 'gridworker')),
    minimum_sample     int          NOT NULL CHECK (minimum_sample BETWEEN 1 AND 100000), -- 应结案数 before a unit is ranked
    observation_weight numeric(3,2) NOT NULL CHECK (observation_weight BETWEEN 0 AND 1), -- share of the 观摩 mean in the score
    version            int          NOT NULL DEFAULT 1
);

-- Relative weights (renormalised over the indicators that have a value), 0-100 each.
CREATE TABLE evaluation_weight (
    object_kind text         NOT NULL REFERENCES evaluation_setting (object_kind),
    indicator   text         NOT NULL CHECK (indicator IN ('closureRate', 'onTimeClosureRate', 'reworkRate', 'extensionRate',
                                                           'accurateRegistrationRate', 'accurateDispatchRate', 'rectificationRate')),
    weight      numeric(5,2) NOT NULL CHECK (weight BETWEEN 0 AND 100),
    PRIMARY KEY (object_kind, indicator)
);

INSERT INTO evaluation_setting (object_kind, minimum_sample, observation_weight) VALUES
    ('town', 30, 0.20), ('department', 20, 0.20), ('gridworker', 5, 0.00);

-- A 镇街 registers, dispatches and closes; a department handles what it is sent (registration and dispatch
-- are not its doing); a grid worker is judged first on reports that stand (准确立案率) and on the grid's closure.
INSERT INTO evaluation_weight (object_kind, indicator, weight) VALUES
    ('town', 'closureRate', 25), ('town', 'onTimeClosureRate', 25), ('town', 'reworkRate', 10), ('town', 'extensionRate', 10),
    ('town', 'accurateRegistrationRate', 10), ('town', 'accurateDispatchRate', 10), ('town', 'rectificationRate', 10),
    ('department', 'closureRate', 30), ('department', 'onTimeClosureRate', 30), ('department', 'reworkRate', 15),
    ('department', 'extensionRate', 10), ('department', 'accurateRegistrationRate', 0), ('department', 'accurateDispatchRate', 0),
    ('department', 'rectificationRate', 15),
    ('gridworker', 'closureRate', 20), ('gridworker', 'onTimeClosureRate', 20), ('gridworker', 'reworkRate', 10),
    ('gridworker', 'extensionRate', 0), ('gridworker', 'accurateRegistrationRate', 30), ('gridworker', 'accurateDispatchRate', 0),
    ('gridworker', 'rectificationRate', 20);

-- 观摩: a group visits a 镇街 or a department, scores 0-100 and comments. area_code is the visited 镇街, or the
-- area a visited department serves, so that scoping is the usual prefix match.
CREATE TABLE observation_visit (
    id            bigserial    PRIMARY KEY,
    group_name    varchar(50)  NOT NULL,
    visited_on    date         NOT NULL,
    area_code     varchar(15)  NOT NULL REFERENCES area (code),
    department_id bigint REFERENCES department (id),
    score         numeric(4,1) NOT NULL CHECK (score BETWEEN 0 AND 100),
    comment       varchar(500),
    recorded_by   text         NOT NULL, -- the recorder's username
    client_key    text,                  -- clientId or Idempotency-Key: a retry finds the same visit
    created_at    timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (recorded_by, client_key)
);
CREATE INDEX observation_visit_day ON observation_visit (visited_on);
CREATE INDEX observation_visit_area ON observation_visit (area_code text_pattern_ops);
