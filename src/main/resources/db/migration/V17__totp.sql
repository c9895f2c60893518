-- Two factors (GB/T 22239-2019 8.1.4.1 d): a TOTP secret per account and its one-time recovery codes.

-- The secret is encrypted with the personal-data key (AES-256-GCM), like phones: a copy of the database alone cannot
-- make codes. An enrolment is pending until its first code is typed (confirmed_at).
CREATE TABLE two_factor (
    staff_id         bigint      PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
    secret_encrypted text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    confirmed_at     timestamptz,
    -- the newest 30-second step whose code was accepted: that code, and any of an earlier step, is refused from then on
    -- (RFC 6238 5.2), here rather than in memory so that it holds on every instance
    last_step        bigint
);

-- SHA-256 of each 80-bit random code; a code is used once.
CREATE TABLE two_factor_recovery_code (
    staff_id  bigint      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    code_hash text        NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (staff_id, code_hash)
);
