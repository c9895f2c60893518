-- Cases are reported without a unit, and most of them keep none until they are dispatched: the index on
-- unit_id took a NULL entry for every new case, an index write each report paid for and no query reads
-- (every query by unit asks for one, which implies it is not NULL).
DROP INDEX case_record_unit;
CREATE INDEX case_record_unit ON case_record (unit_id) WHERE unit_id IS NOT NULL;
