-- Photos of an outing's visits (检查照片): of one checklist item, or of the visit as a whole (item_code null). A phone
-- uploads them after the outing is recorded, and retries: the same photo of the same item of a visit is one row.
CREATE TABLE inspection_photo (
    id           bigserial PRIMARY KEY,
    visit_id     bigint      NOT NULL REFERENCES inspection_visit (id) ON DELETE CASCADE,
    item_code    text,
    sha256       char(64)    NOT NULL,
    content_type text        NOT NULL,
    size         int         NOT NULL,
    uploaded_by  bigint      NOT NULL REFERENCES staff (id),
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX inspection_photo_once ON inspection_photo (visit_id, coalesce(item_code, ''), sha256);
CREATE INDEX inspection_photo_visit ON inspection_photo (visit_id, id);
