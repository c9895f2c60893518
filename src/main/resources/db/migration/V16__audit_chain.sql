-- The audit trail's hash chain (issue 14 §3, GB/T 22239-2019 8.1.4.3).
--
-- xact: the transaction that wrote the row. The sealer (AuditSealer) looks for rows it has not sealed yet only
-- among those written by transactions at or after the oldest one that was still running at its previous pass
-- (pg_snapshot_xmin): a row that becomes visible later can only come from such a transaction.
-- An existing row gets the migration's transaction id; the first pass of a sealer reads every row anyway.
ALTER TABLE audit_event ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX audit_event_xact ON audit_event (xact);

-- The chain, in the order the sealer first saw the rows committed: seq 1, 2, 3 … with no gap;
-- hash = SM3(previous hash ‖ seq ‖ canonical form of the audit row), see cn.taizhang.access.chain.AuditChain.
CREATE TABLE audit_seal (
    seq       bigint      PRIMARY KEY CHECK (seq > 0),
    audit_id  bigint      NOT NULL UNIQUE,
    hash      bytea       NOT NULL CHECK (octet_length(hash) = 32),
    sealed_at timestamptz NOT NULL DEFAULT now()
);

-- Append-only like the trail itself (grants in afterMigrate.sql).
CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'permission denied: % is append-only, % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_seal_no_update_delete BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
