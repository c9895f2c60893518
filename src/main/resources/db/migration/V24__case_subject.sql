-- What a case is about, when it is about a registry record: an enterprise's hazard, a place's problem, a key person's
-- follow-up. The registry owns the record; the case keeps only its kind and id (cases.CaseSubjects resolves them).
ALTER TABLE case_record ADD COLUMN subject_kind text CHECK (subject_kind IN ('enterprise', 'place', 'person'));
ALTER TABLE case_record ADD COLUMN subject_id bigint;
ALTER TABLE case_record ADD CONSTRAINT case_record_subject_whole CHECK ((subject_kind IS NULL) = (subject_id IS NULL));
CREATE INDEX case_record_subject ON case_record (subject_kind, subject_id) WHERE subject_id IS NOT NULL;
