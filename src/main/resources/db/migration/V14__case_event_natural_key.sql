-- A case's events are identified by the case and their place in its timeline (the unique, non-null
-- (case_id, seq)); the surrogate id was read by nothing and cost every event a sequence number and an index
-- entry of its own. (Turning the unique constraint into the primary key would rebuild its index: minutes on
-- a history of 50 million events.)
ALTER TABLE case_event DROP CONSTRAINT case_event_pkey;
ALTER TABLE case_event DROP COLUMN id;
ALTER TABLE case_event REPLICA IDENTITY USING INDEX case_event_case_id_seq_key;

-- Implied by case_record_type_code_severity_fkey (a severity belongs to an existing type), and checked again
-- by every insert.
ALTER TABLE case_record DROP CONSTRAINT case_record_type_code_fkey;
