-- 已整改 beside each hazard: its case is closed. The inspections module keeps it as each case closes or opens again
-- (cases.CaseStateChanged, in the case's own transaction), so that the figures count in one statement; filled here
-- from the cases as they stand.
ALTER TABLE inspection_hazard ADD COLUMN rectified boolean NOT NULL DEFAULT false;
UPDATE inspection_hazard h SET rectified = true FROM case_record c WHERE c.id = h.case_id AND c.state = 'closed';
