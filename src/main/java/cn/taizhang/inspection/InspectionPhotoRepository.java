package cn.taizhang.inspection;

import cn.taizhang.platform.photos.Photo;
import cn.taizhang.platform.photos.PhotoReferences;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of visits' photos; the bytes live in the photo store, which keeps the files these rows name. */
@Repository
class InspectionPhotoRepository implements PhotoReferences {

    /** A photo's row: what listing and serving it need. */
    record Stored(long id, long visitId, String itemCode, String sha256, String contentType, int size) {
    }

    private static final String COLUMNS = "f.id, f.visit_id, f.item_code, f.sha256, f.content_type, f.size";

    private final JdbcClient jdbc;

    InspectionPhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String referencedQuery() {
        return "SELECT sha256 FROM inspection_photo";
    }

    /** Locks the visit of this outing (uploads to one visit are serialised, so the limit holds); false if there is none. */
    boolean lockVisit(long inspectionId, long visitId) {
        return jdbc.sql("SELECT id FROM inspection_visit WHERE id = :visit AND inspection_id = :inspection FOR UPDATE")
                .param("visit", visitId).param("inspection", inspectionId).query(Long.class).optional().isPresent();
    }

    boolean isInspectorOf(long inspectionId, long staffId) {
        return jdbc.sql("SELECT count(*) FROM inspection_inspector WHERE inspection_id = :inspection AND staff_id = :staff")
                .param("inspection", inspectionId).param("staff", staffId).query(Integer.class).single() > 0;
    }

    boolean hasItem(long visitId, String itemCode) {
        return jdbc.sql("SELECT count(*) FROM inspection_answer WHERE visit_id = :visit AND item_code = :item")
                .param("visit", visitId).param("item", itemCode).query(Integer.class).single() > 0;
    }

    /** The photo already uploaded with these bytes to this item (or the visit as a whole): a retry's. */
    Optional<Stored> same(long visitId, String itemCode, String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_photo f WHERE f.visit_id = :visit AND coalesce(f.item_code, '') = coalesce(:item, '')"
                + " AND f.sha256 = :sha").param("visit", visitId).param("item", itemCode).param("sha", sha256).query(Stored.class).optional();
    }

    int count(long visitId, String itemCode) {
        return jdbc.sql("SELECT count(*) FROM inspection_photo WHERE visit_id = :visit AND coalesce(item_code, '') = coalesce(:item, '')")
                .param("visit", visitId).param("item", itemCode).query(Integer.class).single();
    }

    long insert(long visitId, String itemCode, Photo photo, long uploadedBy) {
        return jdbc.sql("""
                INSERT INTO inspection_photo (visit_id, item_code, sha256, content_type, size, uploaded_by)
                VALUES (:visit, :item, :sha, :type, :size, :by) RETURNING id
                """).param("visit", visitId).param("item", itemCode).param("sha", photo.sha256()).param("type", photo.contentType())
                .param("size", photo.size()).param("by", uploadedBy).query(Long.class).single();
    }

    /** The photos of an outing's visits, in the order they were added. */
    List<Stored> ofInspection(long inspectionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_photo f JOIN inspection_visit v ON v.id = f.visit_id"
                + " WHERE v.inspection_id = :id ORDER BY f.id").param("id", inspectionId).query(Stored.class).list();
    }

    /** The photo of this visit of this outing. */
    Optional<Stored> find(long inspectionId, long visitId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_photo f JOIN inspection_visit v ON v.id = f.visit_id"
                + " WHERE f.id = :id AND f.visit_id = :visit AND v.inspection_id = :inspection")
                .param("id", id).param("visit", visitId).param("inspection", inspectionId).query(Stored.class).optional();
    }
}
