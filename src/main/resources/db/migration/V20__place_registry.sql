-- The place registry (场所台账): stations, schools, hospitals, cold-chain stores, parks, 党群服务中心 … in a grid, each
-- with its responsible unit (责任单位). No personal data: a place's people are kept in the person registry.

-- The kinds of place: an editable catalogue (the 系统管理员 adds kinds), in the order lists show them.
CREATE TABLE place_type (
    code     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    name     text NOT NULL UNIQUE,
    position int  NOT NULL
);
INSERT INTO place_type (code, name, position) VALUES
    ('station', '车站/检查站', 1),
    ('school', '学校', 2),
    ('hospital', '医院', 3),
    ('cold_chain', '冷链仓库', 4),
    ('internet_cafe', '网吧', 5),
    ('isolation', '隔离场所', 6),
    ('park', '公园', 7),
    ('fitness_point', '全民健身示范点', 8),
    ('party_service', '党群服务中心', 9),
    ('market', '农贸市场', 10),
    ('venue', '文体场馆', 11),
    ('other', '其他', 12);

CREATE TABLE place (
    id                bigserial PRIMARY KEY,
    type_code         text        NOT NULL REFERENCES place_type (code),
    name              text        NOT NULL,
    address           text,
    area_code         varchar(15) NOT NULL REFERENCES area (code), -- its grid
    lat               float8,
    lng               float8,
    responsible_unit  text,                                        -- 责任单位, as written
    notes             text,
    version           int         NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX place_area ON place (area_code text_pattern_ops);
CREATE INDEX place_type_code ON place (type_code, area_code);
CREATE INDEX place_name ON place (name text_pattern_ops);
