-- The 制度措施清单: a measure (a rule to write, a mechanism to set up, a training to hold) that a unit answers for by a
-- date. Overdue (not done after its due date, Beijing date) is computed when read, never stored.
CREATE TABLE institutional_measure (
    id                  bigserial PRIMARY KEY,
    area_code           varchar(15) NOT NULL REFERENCES area (code),
    title               text        NOT NULL,
    kind                text        NOT NULL CHECK (kind IN ('rule', 'mechanism', 'training', 'other')),
    owner_department_id bigint      NOT NULL REFERENCES department (id),
    campaign_id         bigint REFERENCES campaign (id),
    due_date            date        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('planned', 'in_progress', 'done')),
    done_at             timestamptz,
    done_by             bigint REFERENCES staff (id),
    evidence_note       text,
    notes               text,
    created_by          bigint      NOT NULL REFERENCES staff (id),
    created_by_name     text        NOT NULL,
    version             int         NOT NULL DEFAULT 1,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'done') = (done_at IS NOT NULL))
);
CREATE INDEX institutional_measure_area ON institutional_measure (area_code text_pattern_ops);
CREATE INDEX institutional_measure_owner ON institutional_measure (owner_department_id);
CREATE INDEX institutional_measure_due ON institutional_measure (due_date) WHERE status <> 'done';
