-- Campaigns (专项整治): a named period of concentrated inspection and remediation of some sectors in an area (the city,
-- a 镇街 or a 村社区), in one of four stages, led by a department, asking for a list of measures (措施). Inspections count
-- toward a campaign; their figures live with the inspections, not here.
CREATE TABLE campaign (
    id                 bigserial PRIMARY KEY,
    name               text        NOT NULL,
    starts_on          date        NOT NULL,
    ends_on            date        NOT NULL,
    area_code          varchar(15) NOT NULL REFERENCES area (code)  -- the city, a 镇街 or a 村社区
                       CHECK (length(area_code) IN (6, 9, 12)),
    stage              text        NOT NULL CHECK (stage IN ('mobilisation', 'investigation', 'tackling', 'consolidation')),
    lead_department_id bigint REFERENCES department (id),
    measures           text[]      NOT NULL DEFAULT '{}',          -- the measures it asks for, in order
    notes              text,
    version            int         NOT NULL DEFAULT 1,
    created_at         timestamptz NOT NULL DEFAULT now(),
    created_by         bigint REFERENCES staff (id),
    created_by_name    text,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    updated_by         bigint REFERENCES staff (id),
    updated_by_name    text,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX campaign_area ON campaign (area_code text_pattern_ops);
CREATE INDEX campaign_period ON campaign (starts_on, ends_on);

-- The sectors (重点行业领域) a campaign covers, in the order it lists them; none: every sector.
CREATE TABLE campaign_sector (
    campaign_id bigint NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    sector_code text   NOT NULL REFERENCES sector (code),
    position    int    NOT NULL,
    PRIMARY KEY (campaign_id, sector_code)
);
CREATE INDEX campaign_sector_sector ON campaign_sector (sector_code);

-- A campaign's history is kept with the registries' (registry.RegistryHistory), field by field.
ALTER TABLE registry_change DROP CONSTRAINT registry_change_registry_check;
ALTER TABLE registry_change ADD CONSTRAINT registry_change_registry_check
    CHECK (registry IN ('enterprise', 'place', 'person', 'project', 'campaign'));
