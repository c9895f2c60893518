-- In-app notices per staff member, and the outbox of the optional outbound webhook.
CREATE TABLE notice (
    id         bigserial PRIMARY KEY,
    staff_id   bigint      NOT NULL REFERENCES staff (id),
    kind       text        NOT NULL,
    title      text        NOT NULL,
    body       text,
    link       text,
    dedup_key  text,
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at    timestamptz,
    UNIQUE (staff_id, dedup_key) -- the same notice is never sent twice to the same person
);
CREATE INDEX notice_unread ON notice (staff_id) WHERE read_at IS NULL;

CREATE TABLE webhook_delivery (
    id              bigserial PRIMARY KEY,
    notice_id       bigint      NOT NULL REFERENCES notice (id),
    payload         text        NOT NULL,
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    last_error      text
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE delivered_at IS NULL;
