-- Photos of a project's progress (进展照片): the bytes in the photo store by their SHA-256, as a case's evidence.
CREATE TABLE project_progress_photo (
    id           bigserial PRIMARY KEY,
    progress_id  bigint      NOT NULL REFERENCES project_progress (id) ON DELETE CASCADE,
    sha256       char(64)    NOT NULL,
    content_type text        NOT NULL,
    size         int         NOT NULL,
    uploaded_by  bigint REFERENCES staff (id),
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_progress_photo_note ON project_progress_photo (progress_id, id);
