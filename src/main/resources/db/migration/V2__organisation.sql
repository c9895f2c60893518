-- Organisation: the sector catalogue, departments and 镇街 offices, staff and their roles.

-- Key sectors (重点行业领域): "管行业必须管安全" — the department regulating a sector answers for its hazards.
CREATE TABLE sector (
    code     text PRIMARY KEY,
    name     text NOT NULL UNIQUE,
    source   text NOT NULL, -- where the sector comes from (seed article, national plan, local practice)
    position int  NOT NULL
);

-- kind: department = 行业主管部门 (city level), office = a 镇街's own office (办事处/镇政府)
CREATE TABLE department (
    id        bigserial PRIMARY KEY,
    code      text        NOT NULL UNIQUE,
    name      text        NOT NULL UNIQUE,
    kind      text        NOT NULL CHECK (kind IN ('department', 'office')),
    area_code varchar(15) NOT NULL REFERENCES area (code)
);
CREATE INDEX department_area ON department (area_code text_pattern_ops);

CREATE TABLE department_sector (
    department_id bigint NOT NULL REFERENCES department (id),
    sector_code   text   NOT NULL REFERENCES sector (code),
    PRIMARY KEY (department_id, sector_code)
);

CREATE TABLE staff (
    id                bigserial PRIMARY KEY,
    username          text        NOT NULL UNIQUE,
    name              text        NOT NULL,
    phone_encrypted   text,                -- AES-GCM, see PersonalDataCipher
    phone_masked      text,                -- 138****1234, what lists show
    jurisdiction_code varchar(15) NOT NULL REFERENCES area (code),
    department_id     bigint REFERENCES department (id),
    password_hash     text        NOT NULL,
    enabled           boolean     NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_jurisdiction ON staff (jurisdiction_code text_pattern_ops);
CREATE INDEX staff_department ON staff (department_id);

CREATE TABLE staff_role (
    staff_id bigint NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role     text   NOT NULL CHECK (role IN ('GRID_WORKER', 'DISPATCHER', 'HANDLER', 'INSPECTOR', 'ENFORCER',
                                             'LEADER', 'SYSADMIN', 'SECADMIN', 'AUDITOR')),
    PRIMARY KEY (staff_id, role)
);
-- 三权分立: no account holds two of the three administrator roles.
CREATE UNIQUE INDEX staff_single_administrator_role ON staff_role (staff_id)
    WHERE role IN ('SYSADMIN', 'SECADMIN', 'AUDITOR');

INSERT INTO sector (code, name, source, position) VALUES
    ('hazardous_chemicals', '危险化学品', 'seed', 1),
    ('fire_safety', '消防', 'seed', 2),
    ('transport', '交通运输', 'seed', 3),
    ('road_transport', '道路运输', 'three_year_campaign', 4),
    ('coal_mining', '煤矿', 'three_year_campaign', 5),
    ('non_coal_mining', '非煤矿山', 'three_year_campaign', 6),
    ('urban_construction', '城市建设', 'three_year_campaign', 7),
    ('industrial_parks', '工业园区等功能区', 'three_year_campaign', 8),
    ('hazardous_waste', '危险废物', 'three_year_campaign', 9),
    ('fireworks', '烟花爆竹', 'local_practice', 10),
    ('industry_trade', '工贸', 'local_practice', 11),
    ('special_equipment', '特种设备', 'local_practice', 12),
    ('town_gas', '城镇燃气', 'local_practice', 13),
    ('tourism', '旅游', 'local_practice', 14),
    ('education', '教育', 'local_practice', 15),
    ('health_care', '医疗卫生', 'local_practice', 16);
