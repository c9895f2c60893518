-- The unit of the inspector who recorded an outing (null for staff of no unit): a department's inspection work in the
-- evaluation is that of the outings its inspectors record.
ALTER TABLE inspection ADD COLUMN department_id bigint;
CREATE INDEX inspection_department ON inspection (department_id, day) WHERE department_id IS NOT NULL;
