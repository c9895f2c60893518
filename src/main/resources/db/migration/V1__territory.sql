-- Territory: the area tree (county 6 digits, town 9, village 12, grid 15) and overlays.
-- Codes are prefix codes: an area's descendants all start with its code, so
-- "is X inside Y" is X LIKE Y || '%', served by the text_pattern_ops index.
CREATE TABLE area (
    code              varchar(15) PRIMARY KEY,
    name              text        NOT NULL,
    level             text        NOT NULL CHECK (level IN ('county', 'town', 'village', 'grid')),
    parent_code       varchar(15) REFERENCES area (code),
    urban_rural_class varchar(3),
    lng               double precision,
    lat               double precision,
    boundary          text, -- GeoJSON geometry (WGS-84), grids only
    CHECK (length(code) = CASE level WHEN 'county' THEN 6 WHEN 'town' THEN 9 WHEN 'village' THEN 12 ELSE 15 END),
    CHECK (parent_code IS NULL OR code LIKE parent_code || '%')
);
CREATE INDEX area_parent ON area (parent_code);
CREATE INDEX area_code_prefix ON area (code text_pattern_ops);
CREATE INDEX area_name ON area (name text_pattern_ops);

-- Overlays: named groups of areas outside the tree (development zones, resettlement areas).
CREATE TABLE overlay (
    code text PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('development_zone', 'resettlement_area'))
);
CREATE TABLE overlay_member (
    overlay_code text        NOT NULL REFERENCES overlay (code),
    area_code    varchar(15) NOT NULL REFERENCES area (code),
    PRIMARY KEY (overlay_code, area_code)
);
