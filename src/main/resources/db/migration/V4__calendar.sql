-- The working-day calendar: the dates that differ from "Monday to Friday worked, Saturday and Sunday
-- off". Official days come from the State Council's yearly notice (节假日安排, with 调休 make-up
-- working days); local days are the overlay decided locally (黔东南州's 苗年, 侗年 ...). A date may have
-- one of each; the local one is in force.
--
-- The official days are not inserted here but loaded at start-up from the bundled
-- classpath:calendar/cn-official-calendar.csv (cn.taizhang.calendar.CalendarSeed), because:
--  * the CSV stays the single copy of the data, read and checked by the same code as an administrator's
--    import, instead of being transcribed into SQL;
--  * a release that adds next year's notice only updates the CSV: no new migration number to agree on
--    between modules, and a database that already holds the year changes nothing;
--  * rows an administrator has since replaced (created_by other than 'system') are never overwritten.
CREATE TABLE calendar_day (
    day        date        NOT NULL,
    source     text        NOT NULL CHECK (source IN ('official', 'local')),
    kind       text        NOT NULL CHECK (kind IN ('off', 'work')),
    name       text        NOT NULL,
    created_by text        NOT NULL, -- who wrote this version of the row: a username, 'system' (bundled data) or 'cli'
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (day, source),
    -- a weekday is worked anyway: only a Saturday or Sunday can be a make-up working day
    CHECK (kind = 'off' OR extract(isodow FROM day) IN (6, 7))
);
