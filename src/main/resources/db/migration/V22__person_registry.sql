-- The persons registry (人员台账). Its categories are a catalogue the 系统管理员 extends; a category of key persons
-- (重点人员) masks their names for those without the right to see them and gives them a follow-up state.
CREATE TABLE person_category (
    code       text    PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    name       text    NOT NULL UNIQUE,
    key_person boolean NOT NULL DEFAULT false,
    position   int     NOT NULL
);
INSERT INTO person_category (code, name, key_person, position) VALUES
    ('epidemic', '疫情防控重点人员', true, 1),
    ('community_correction', '社区矫正人员', true, 2),
    ('mental_disorder', '严重精神障碍患者', true, 3),
    ('drug', '吸毒人员', true, 4),
    ('petition', '重点信访人员', true, 5),
    ('talent', '技术人才', false, 6),
    ('relocated', '易地扶贫搬迁群众', false, 7),
    ('elderly_alone', '独居老人', false, 8),
    ('other', '其他', false, 9);

-- A person. Never a plain ID number or phone (PIPL: sensitive personal information): each is stored encrypted
-- (AES-256-GCM, key outside the database) and masked; the ID number also as a keyed hash (HMAC-SHA256 under a key
-- derived from the same key), the only way to find a person by it, and unique: a person is registered once. The checks
-- below refuse a masked column that is not masked. No coordinates: a position only finds the grid.
CREATE TABLE person (
    id                  bigserial PRIMARY KEY,
    name                text        NOT NULL,
    id_number_encrypted text        NOT NULL,
    id_number_masked    varchar(18) NOT NULL CHECK (id_number_masked ~ '^[0-9]{6}\*{8}[0-9]{3}[0-9X]$'),
    id_number_hash      char(64)    NOT NULL UNIQUE CHECK (id_number_hash ~ '^[0-9a-f]{64}$'),
    phone_encrypted     text,
    phone_masked        text CHECK (phone_masked ~ '\*{4}'),
    address             text,
    area_code           varchar(15) NOT NULL REFERENCES area (code), -- its grid
    category_code       text        NOT NULL REFERENCES person_category (code),
    follow_up           text CHECK (follow_up IN ('in_care', 'released', 'lost')), -- key persons only: 在管, 已解除, 脱管
    follow_up_case_id   bigint CHECK (follow_up_case_id > 0), -- the case that follows them; the cases module's own, no FK
    notes               text,
    version             int         NOT NULL DEFAULT 1,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((phone_encrypted IS NULL) = (phone_masked IS NULL))
);
CREATE INDEX person_area ON person (area_code text_pattern_ops);
CREATE INDEX person_category_code ON person (category_code, area_code text_pattern_ops);
CREATE INDEX person_name ON person (name text_pattern_ops);
