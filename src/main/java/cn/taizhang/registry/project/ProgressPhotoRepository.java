package cn.taizhang.registry.project;

import cn.taizhang.platform.photos.Photo;
import cn.taizhang.platform.photos.PhotoReferences;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of progress notes' photos; the bytes live in the photo store, which keeps the files these rows name. */
@Repository
class ProgressPhotoRepository implements PhotoReferences {

    /** A photo's row: what serving it needs. */
    record Stored(long id, long progressId, String sha256, String contentType, int size) {
    }

    private final JdbcClient jdbc;

    ProgressPhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String referencedQuery() {
        return "SELECT sha256 FROM project_progress_photo";
    }

    /** Locks the note of this project (uploads to one note are serialised, so its limit holds); false if there is none. */
    boolean lockNote(long projectId, long progressId) {
        return jdbc.sql("SELECT id FROM project_progress WHERE id = :note AND project_id = :project FOR UPDATE")
                .param("note", progressId).param("project", projectId).query(Long.class).optional().isPresent();
    }

    int count(long progressId) {
        return jdbc.sql("SELECT count(*) FROM project_progress_photo WHERE progress_id = :note").param("note", progressId)
                .query(Integer.class).single();
    }

    long insert(long progressId, Photo photo, long uploadedBy) {
        return jdbc.sql("""
                INSERT INTO project_progress_photo (progress_id, sha256, content_type, size, uploaded_by)
                VALUES (:note, :sha, :type, :size, :by) RETURNING id
                """).param("note", progressId).param("sha", photo.sha256()).param("type", photo.contentType()).param("size", photo.size())
                .param("by", uploadedBy).query(Long.class).single();
    }

    /** The photos of these notes of a project, by note, in the order they were added. */
    Map<Long, List<ProgressPhoto>> of(long projectId, Collection<Long> progressIds) {
        if (progressIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, progress_id, sha256, content_type, size FROM project_progress_photo WHERE progress_id IN (:notes) ORDER BY id")
                .param("notes", progressIds).query(Stored.class).list().stream()
                .map(s -> ProgressPhoto.of(s.id(), projectId, s.progressId(), s.contentType(), s.size()))
                .collect(Collectors.groupingBy(ProgressPhoto::progressId));
    }

    /** The photo of this note of this project. */
    Optional<Stored> find(long projectId, long progressId, long id) {
        return jdbc.sql("""
                SELECT f.id, f.progress_id, f.sha256, f.content_type, f.size
                FROM project_progress_photo f JOIN project_progress n ON n.id = f.progress_id
                WHERE f.id = :id AND f.progress_id = :note AND n.project_id = :project
                """).param("id", id).param("note", progressId).param("project", projectId).query(Stored.class).optional();
    }
}
