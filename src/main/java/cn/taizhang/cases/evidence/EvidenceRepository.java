package cn.taizhang.cases.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Photo metadata; the bytes live in {@link cn.taizhang.platform.photos.PhotoStore}. */
@Repository
public class EvidenceRepository {

    record Evidence(long id, long caseId, String sha256, String kind, String contentType, int size) {
    }

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, String sha256, String kind, String contentType, int size, long uploadedBy) {
        return jdbc.sql("""
                        INSERT INTO case_evidence (case_id, sha256, kind, content_type, size, uploaded_by)
                        VALUES (:case, :sha, :kind, :type, :size, :by) RETURNING id
                        """)
                .param("case", caseId).param("sha", sha256).param("kind", kind).param("type", contentType).param("size", size)
                .param("by", uploadedBy).query(Long.class).single();
    }

    List<Evidence> all(long caseId) {
        return jdbc.sql("SELECT id, case_id, sha256, kind, content_type, size FROM case_evidence WHERE case_id = :case ORDER BY id")
                .param("case", caseId).query(Evidence.class).list();
    }

    int count(long caseId) {
        return jdbc.sql("SELECT count(*) FROM case_evidence WHERE case_id = :case").param("case", caseId).query(Integer.class).single();
    }

    Optional<Evidence> find(long caseId, long id) {
        return jdbc.sql("SELECT id, case_id, sha256, kind, content_type, size FROM case_evidence WHERE case_id = :case AND id = :id")
                .param("case", caseId).param("id", id).query(Evidence.class).optional();
    }

    public boolean allBelongTo(long caseId, List<Long> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        long found = jdbc.sql("SELECT count(*) FROM case_evidence WHERE case_id = :case AND id IN (:ids)")
                .param("case", caseId).param("ids", ids).query(Long.class).single();
        return found == ids.stream().distinct().count();
    }
}
