-- The project registry (项目台账): 背街小巷改造, 全民健身示范点建设, 安置区配套, roads … planned, under construction or
-- completed in a 镇街, a 村社区 or a grid, with the figures the reports add up (households, beneficiaries, length, area,
-- investment) and dated progress notes.

-- The kinds of project: an editable catalogue (the 系统管理员 adds kinds), in the order lists show them, with the words
-- a report's sentence uses: "2021年{phrase}31{unit}，涉及6370户，受益25106人，{length_label}7835米，总投资约1643.5万元".
CREATE TABLE project_kind (
    code         text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    name         text NOT NULL UNIQUE,
    unit         text NOT NULL,                 -- what a project counts as: 条, 个, 处
    phrase       text NOT NULL,                 -- the verb and object of a report: 改造背街小巷
    length_label text NOT NULL DEFAULT '总长',   -- how a report names the length: 道路总长
    position     int  NOT NULL
);
INSERT INTO project_kind (code, name, unit, phrase, length_label, position) VALUES
    ('back_alley', '背街小巷改造', '条', '改造背街小巷', '道路总长', 1),
    ('fitness_point', '全民健身示范点建设', '个', '建设全民健身示范点', '总长', 2),
    ('resettlement_facilities', '安置区配套', '处', '建设安置区配套设施', '总长', 3),
    ('road', '道路建设', '条', '建设道路', '道路总长', 4),
    ('other', '其他', '个', '实施其他项目', '总长', 5);

CREATE TABLE project (
    id            bigserial PRIMARY KEY,
    kind_code     text          NOT NULL REFERENCES project_kind (code),
    name          text          NOT NULL,
    area_code     varchar(15)   NOT NULL REFERENCES area (code)       -- a 镇街, a 村社区 or a grid
                  CHECK (length(area_code) IN (9, 12, 15)),
    year          int           NOT NULL CHECK (year BETWEEN 1900 AND 2199), -- the year it is planned for
    status        text          NOT NULL CHECK (status IN ('planned', 'under_construction', 'completed')),
    households    int           CHECK (households >= 0),              -- 涉及户数
    beneficiaries int           CHECK (beneficiaries >= 0),           -- 受益人数
    length_m      numeric(12, 2) CHECK (length_m >= 0),               -- 米
    area_m2       numeric(14, 2) CHECK (area_m2 >= 0),                -- 平方米
    investment    numeric(14, 2) CHECK (investment >= 0),             -- 万元
    notes         text,
    version       int           NOT NULL DEFAULT 1,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX project_area ON project (area_code text_pattern_ops);
CREATE INDEX project_year_kind ON project (year, kind_code);
CREATE INDEX project_name ON project (name text_pattern_ops);

-- A project's progress, note by note (进展). Photos will hang off a note by its id, in a table of their own
-- (project_progress_photo (progress_id REFERENCES project_progress, …)), as a case's photos hang off the case.
CREATE TABLE project_progress (
    id          bigserial PRIMARY KEY,
    project_id  bigint      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    day         date        NOT NULL,
    text        text        NOT NULL,
    author_id   bigint REFERENCES staff (id),
    author_name text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_progress_project ON project_progress (project_id, day DESC, id DESC);
