-- Sign-in security (GB/T 22239-2019 8.1.4.1): one account per username whatever its case, forced and
-- periodic password changes, the last passwords kept to refuse their reuse, failed sign-ins limited.

-- Demo-Leader and demo-leader are one account; sign-in looks names up by lower(username).
CREATE UNIQUE INDEX staff_username_lower ON staff (lower(username));

-- Existing accounts (the demo's among them) count as changed now and are not forced to change.
ALTER TABLE staff
    ADD COLUMN must_change_password boolean     NOT NULL DEFAULT false,
    ADD COLUMN password_changed_at  timestamptz NOT NULL DEFAULT now();

-- Replaced passwords (argon2id, like the current one), newest first, so that a change cannot reuse one.
CREATE TABLE password_history (
    staff_id      bigint      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    password_hash text        NOT NULL,
    replaced_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX password_history_staff ON password_history (staff_id, replaced_at DESC);

-- Failed sign-ins counted per account (lower-case username, existing or not) and per source address,
-- in the database so that a lock holds across restarts and instances.
CREATE TABLE sign_in_throttle (
    kind            text        NOT NULL CHECK (kind IN ('account', 'address')),
    subject         text        NOT NULL,
    failures        int         NOT NULL,
    window_start    timestamptz NOT NULL,
    last_failure_at timestamptz NOT NULL,
    locked_until    timestamptz,
    PRIMARY KEY (kind, subject)
);
