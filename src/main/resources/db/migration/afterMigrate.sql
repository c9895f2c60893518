-- Runs after every migration: the application's role may read and write the business tables
-- but may only append to the audit trail. Skipped when the application itself owns the schema
-- (an external database with no separate owner); the audit triggers still refuse changes then.
DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user
            AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${appRole}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), '${appRole}');
        EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${appRole}');
        IF to_regclass('case_tally') IS NOT NULL THEN -- rebuilt wholesale after a bulk load (TallyCompactor.rebuild)
            EXECUTE format('GRANT TRUNCATE ON case_tally, case_tally_delta TO %I', '${appRole}');
        END IF;
        IF to_regclass('audit_event') IS NOT NULL THEN
            EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', '${appRole}');
        END IF;
        IF to_regclass('audit_seal') IS NOT NULL THEN
            EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal FROM %I', '${appRole}');
        END IF;
    END IF;
END $$;
