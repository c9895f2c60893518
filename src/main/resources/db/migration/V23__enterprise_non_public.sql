-- 非公有制企业: union work (建会) and the seeds' figures ("入驻非公企业130家") count the non-public enterprises.
ALTER TABLE enterprise ADD COLUMN non_public boolean NOT NULL DEFAULT true;
