-- Live, exact case statistics at any scale (issue 4 §1). Every count except "overdue" depends only on
-- the case row, so it is kept as a sum: a statement-level trigger appends, for every statement that
-- inserts or updates cases, the change of those sums (old rows subtracted, new rows added) as delta rows;
-- appending never contends for a hot row. A compactor (CaseTallyCompactor, one at a time through an
-- advisory lock) moves the deltas into case_tally in one transaction, and a query reads case_tally plus
-- the deltas not yet moved in one statement, so every figure is exact and a change shows at once.

-- The change of the counts per grid, reporting day (Asia/Shanghai) and narrowing keys.
CREATE TABLE case_tally_delta (
    id             bigserial PRIMARY KEY,
    area_code      varchar(15) NOT NULL, -- the grid
    day            date        NOT NULL,
    type_code      text        NOT NULL,
    severity       text        NOT NULL,
    source         text        NOT NULL,
    unit_id        bigint,
    sector         text,
    reported       int NOT NULL,
    registered     int NOT NULL,
    rejected       int NOT NULL,
    dispatched     int NOT NULL,
    returned       int NOT NULL,
    handled        int NOT NULL,
    closed         int NOT NULL,
    closed_on_time int NOT NULL,
    open           int NOT NULL,
    reworked       int NOT NULL,
    extended       int NOT NULL,
    deferred       int NOT NULL,
    supervised     int NOT NULL
);
CREATE INDEX case_tally_delta_area ON case_tally_delta (area_code text_pattern_ops, day);

-- The counts per area (code of 6, 9, 12 or 15 digits) and grain: the year, month or day starting at
-- "period". Each area and period has a total row (type_code and source '*') for the queries that do not
-- narrow, and rows per narrowing key, by day only for the county and the 镇街 (below, a day holds hardly
-- more than one case per key: those days are counted from case_record). Severity is summed away.
CREATE TABLE case_tally (
    area           varchar(15) NOT NULL,
    grain          char(1)     NOT NULL CHECK (grain IN ('d', 'm', 'y')),
    period         date        NOT NULL,
    type_code      text        NOT NULL,
    source         text        NOT NULL,
    unit_id        bigint,
    sector         text,
    reported       int NOT NULL,
    registered     int NOT NULL,
    rejected       int NOT NULL,
    dispatched     int NOT NULL,
    returned       int NOT NULL,
    handled        int NOT NULL,
    closed         int NOT NULL,
    closed_on_time int NOT NULL,
    open           int NOT NULL,
    reworked       int NOT NULL,
    extended       int NOT NULL,
    deferred       int NOT NULL,
    supervised     int NOT NULL
);
CREATE UNIQUE INDEX case_tally_key ON case_tally (area, grain, period, type_code, source, unit_id, sector) NULLS NOT DISTINCT;

-- The counts of a set of case rows with a sign (+1 new, -1 old), summed per key, as a statement that
-- appends them to case_tally_delta; keys whose counts did not change (a reminder, a pending extension)
-- get no delta. The one place where a case's facts are defined.
CREATE FUNCTION case_tally_delta_sql(signed_rows text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT $sql$
        INSERT INTO case_tally_delta (area_code, day, type_code, severity, source, unit_id, sector, reported, registered,
                                      rejected, dispatched, returned, handled, closed, closed_on_time, open, reworked,
                                      extended, deferred, supervised)
        SELECT * FROM (
            SELECT c.area_code, (c.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, c.type_code, c.severity, c.source,
                   c.unit_id, c.sector,
                   sum(c.sign) AS reported,
                   sum(c.sign * (c.state NOT IN ('reported', 'rejected'))::int) AS registered,
                   sum(c.sign * (c.state = 'rejected')::int) AS rejected,
                   sum(c.sign * (c.dispatched_at IS NOT NULL OR c.return_count > 0 OR c.reopened_count > 0)::int) AS dispatched,
                   sum(c.sign * (c.return_count > 0)::int) AS returned,
                   sum(c.sign * (c.state IN ('handled', 'closed'))::int) AS handled,
                   sum(c.sign * (c.state = 'closed')::int) AS closed,
                   sum(c.sign * (c.state = 'closed' AND c.closed_at <= c.deadline IS TRUE)::int) AS closed_on_time,
                   sum(c.sign * (c.state NOT IN ('closed', 'rejected'))::int) AS open,
                   sum(c.sign * (c.rework_count > 0)::int) AS reworked,
                   sum(c.sign * (c.extension_count > 0)::int) AS extended,
                   sum(c.sign * (c.state = 'deferred')::int) AS deferred,
                   sum(c.sign * (c.supervised_count > 0)::int) AS supervised
            FROM ($sql$ || signed_rows || $sql$) c
            GROUP BY 1, 2, 3, 4, 5, 6, 7) d
        WHERE (reported, registered, rejected, dispatched, returned, handled, closed, closed_on_time, open, reworked,
               extended, deferred, supervised) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    $sql$
$fn$;

-- Transition tables are visible only to the trigger function itself, so it runs the statement.
CREATE FUNCTION case_tally_capture() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE case_tally_delta_sql(CASE TG_OP WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
                                 ELSE 'SELECT -1 AS sign, * FROM old_rows UNION ALL SELECT 1, * FROM new_rows' END);
    RETURN NULL;
END $$;

CREATE TRIGGER case_tally_on_insert AFTER INSERT ON case_record
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_tally_capture();
CREATE TRIGGER case_tally_on_update AFTER UPDATE ON case_record
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_tally_capture();

-- The cases past their deadline are counted live (it depends on the clock) from the open dispatched
-- ones, read from these indexes alone: by reporting time for large areas, by area for small ones.
CREATE INDEX case_record_dispatched_created ON case_record (created_at)
    INCLUDE (area_code, deadline, type_code, source, unit_id, sector) WHERE state = 'dispatched';
CREATE INDEX case_record_dispatched_area ON case_record (area_code text_pattern_ops, created_at)
    INCLUDE (deadline, type_code, source, unit_id, sector) WHERE state = 'dispatched';

-- The case rows of an area and period (the edge days of a 村社区 or grid, the baseline recount): replaces
-- the index on area_code alone, whose prefix searches this one serves as well.
DROP INDEX case_record_area;
CREATE INDEX case_record_area_created ON case_record (area_code text_pattern_ops, created_at);

-- Cases loaded before this migration start as deltas.
DO $$ BEGIN EXECUTE case_tally_delta_sql('SELECT 1 AS sign, * FROM case_record'); END $$;
