-- The registries' catalogues are edited by the system administrator: an entry is retired (停用) rather than removed.
-- A retired entry is still listed and named on the records that have it; new records and changes cannot take it.
ALTER TABLE place_type ADD COLUMN retired boolean NOT NULL DEFAULT false;
ALTER TABLE project_kind ADD COLUMN retired boolean NOT NULL DEFAULT false;
ALTER TABLE person_category ADD COLUMN retired boolean NOT NULL DEFAULT false;
