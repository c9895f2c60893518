-- Access: API tokens and the append-only audit trail.

CREATE TABLE api_token (
    id         bigserial PRIMARY KEY,
    token_hash text        NOT NULL UNIQUE, -- SHA-256 of the token: a leaked table grants nothing
    staff_id   bigint      NOT NULL REFERENCES staff (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX api_token_staff ON api_token (staff_id);

CREATE TABLE audit_event (
    id                 bigserial PRIMARY KEY,
    at                 timestamptz NOT NULL DEFAULT now(),
    action             text        NOT NULL, -- SIGN_IN, SIGN_IN_FAILED, TOKEN_ISSUED, TOKEN_REVOKED, CHANGE, PERSONAL_DATA_VIEWED
    actor_id           bigint,
    actor_username     text,
    actor_jurisdiction varchar(15),
    source_address     text,
    method             text,
    path               text,
    status             int,
    target_type        text,
    target_id          text,
    before_ref         text,
    after_ref          text,
    detail             text
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_actor_jurisdiction ON audit_event (actor_jurisdiction text_pattern_ops);

-- Append-only for everyone, the schema owner included: the application's role also lacks the
-- privileges (see afterMigrate.sql); these triggers hold even where the roles are not separated.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'permission denied: audit_event is append-only, % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
