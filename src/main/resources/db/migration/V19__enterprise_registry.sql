-- Registries (台账), first the enterprises (企业). The three union ledgers of the seeds (建会企业信息库, 注销企业登记库,
-- 失联企业报备库) are filtered views of this one table (三库合一).
CREATE TABLE enterprise (
    id                   bigserial PRIMARY KEY,
    uscc                 char(18)    NOT NULL UNIQUE,  -- 统一社会信用代码, checked by registry.codes.CreditCode
    name                 text        NOT NULL,
    legal_representative text,
    address              text,
    area_code            varchar(15) NOT NULL REFERENCES area (code), -- its grid
    zone_code            text REFERENCES overlay (code),               -- a development zone it lies in, if any
    lat                  float8,
    lng                  float8,
    employees            int CHECK (employees >= 0),
    risk_level           text        NOT NULL CHECK (risk_level IN ('red', 'orange', 'yellow', 'blue')),
    status               text        NOT NULL CHECK (status IN ('active', 'deregistered', 'lost_contact')),
    status_since         date,
    status_reason        text,
    union_founded        boolean     NOT NULL DEFAULT false,
    union_members        int CHECK (union_members >= 0),
    union_engagement     text CHECK (union_engagement IN ('proactive', 'stalled', 'resistant')),
    leader_id            bigint REFERENCES staff (id),                 -- 包保: the leader who looks after it
    version              int         NOT NULL DEFAULT 1,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_area ON enterprise (area_code text_pattern_ops);
CREATE INDEX enterprise_zone ON enterprise (zone_code) WHERE zone_code IS NOT NULL;
CREATE INDEX enterprise_leader ON enterprise (leader_id) WHERE leader_id IS NOT NULL;
CREATE INDEX enterprise_name ON enterprise (name text_pattern_ops);

CREATE TABLE enterprise_sector (
    enterprise_id bigint NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    sector_code   text   NOT NULL REFERENCES sector (code),
    PRIMARY KEY (enterprise_id, sector_code)
);
CREATE INDEX enterprise_sector_code ON enterprise_sector (sector_code, enterprise_id);

-- Every change of a registry record, as the history pages show it: who, when, and each field from → to (labels and
-- values as shown; personal data masked). Written in the change's own transaction.
CREATE TABLE registry_change (
    id         bigserial PRIMARY KEY,
    registry   text        NOT NULL CHECK (registry IN ('enterprise', 'place', 'person', 'project')),
    record_id  bigint      NOT NULL,
    at         timestamptz NOT NULL DEFAULT now(),
    actor_id   bigint REFERENCES staff (id),
    actor_name text,
    action     text        NOT NULL CHECK (action IN ('created', 'updated', 'imported')),
    changes    jsonb       NOT NULL -- [{field, label, from, to}]
);
CREATE INDEX registry_change_record ON registry_change (registry, record_id, id);
