-- "overdue" was counted live from every dispatched case (it depends on the clock): at the city level that
-- is every case still in the hands of a unit, 120,000 of them in a 5-million-case history, and most of a
-- summary's time. A dispatched case whose deadline has passed stays overdue until its row changes, so it is
-- now marked on the row (overdue_marked) — by the save that sees its deadline past, or by the sweep
-- (OverdueSweep) soon after the deadline — and counted in the tallies like any other fact. Live counting is
-- left with the dispatched cases past their deadline and not yet marked: those of the last minute.
-- Invariant: overdue_marked implies the case was dispatched and past its deadline when it was marked; every
-- save recomputes it, so a deadline moved forward (an extension, a new dispatch) clears it.
ALTER TABLE case_record ADD COLUMN overdue_marked boolean NOT NULL DEFAULT false;
ALTER TABLE case_tally_delta ADD COLUMN overdue int NOT NULL DEFAULT 0;
ALTER TABLE case_tally ADD COLUMN overdue int NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION case_tally_delta_sql(signed_rows text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT $sql$
        INSERT INTO case_tally_delta (area_code, day, type_code, severity, source, unit_id, sector, reported, registered,
                                      rejected, dispatched, returned, handled, closed, closed_on_time, open, overdue, reworked,
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
                   sum(c.sign * (c.state = 'dispatched' AND c.overdue_marked)::int) AS overdue,
                   sum(c.sign * (c.rework_count > 0)::int) AS reworked,
                   sum(c.sign * (c.extension_count > 0)::int) AS extended,
                   sum(c.sign * (c.state = 'deferred')::int) AS deferred,
                   sum(c.sign * (c.supervised_count > 0)::int) AS supervised
            FROM ($sql$ || signed_rows || $sql$) c
            GROUP BY 1, 2, 3, 4, 5, 6, 7) d
        WHERE (reported, registered, rejected, dispatched, returned, handled, closed, closed_on_time, open, overdue, reworked,
               extended, deferred, supervised) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    $sql$
$fn$;

-- The trigger functions are the statement above as static SQL (see V10), generated anew.
DO $do$
BEGIN
    EXECUTE format($f$CREATE OR REPLACE FUNCTION case_tally_capture_insert() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    %s;
    RETURN NULL;
END $body$$f$, case_tally_delta_sql('SELECT 1 AS sign, * FROM new_rows'));
    EXECUTE format($f$CREATE OR REPLACE FUNCTION case_tally_capture_update() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    %s;
    RETURN NULL;
END $body$$f$, case_tally_delta_sql('SELECT -1 AS sign, * FROM old_rows UNION ALL SELECT 1, * FROM new_rows'));
END $do$;

-- The live part: dispatched, past the deadline, not yet marked — a short range at the end of this index.
DROP INDEX case_record_dispatched_created;
DROP INDEX case_record_dispatched_area;
CREATE INDEX case_record_overdue_unmarked ON case_record (deadline)
    INCLUDE (area_code, created_at, type_code, source, unit_id, sector) WHERE state = 'dispatched' AND NOT overdue_marked;

-- Cases already overdue are marked now (the trigger appends their deltas).
UPDATE case_record SET overdue_marked = true WHERE state = 'dispatched' AND deadline < now();
