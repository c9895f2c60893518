package cn.taizhang.enforcement;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.photos.Photo;
import cn.taizhang.platform.photos.PhotoReferences;
import cn.taizhang.platform.photos.PhotoStore;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of an action (文书): the scanned decision, the notice served, a photo of the seal — images decoded in
 * full before anything is stored, the file written just before its row; the same image twice is one document.
 */
@Service
class EnforcementDocuments implements PhotoReferences {

    static final int MAX_PER_ACTION = 20;

    /** A document and whether this request stored it (false: a retry found it). */
    record Added(EnforcementAction.Document document, boolean created) {
    }

    /** A document's bytes and how to serve them. */
    record Download(String contentType, byte[] bytes) {
    }

    private final ActionRepository actions;
    private final PhotoStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    EnforcementDocuments(ActionRepository actions, PhotoStore store, JdbcClient jdbc, TransactionTemplate tx) {
        this.actions = actions;
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public String referencedQuery() {
        return "SELECT sha256 FROM enforcement_document";
    }

    Added add(Caller caller, long actionId, String title, MultipartFile file) throws IOException {
        ActionRow action = actions.find(actionId, caller.scope()).orElseThrow(() -> Problem.notFound("执法文书"));
        if (!caller.has(Role.ENFORCER)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有执法人员可以上传执法文书材料");
        }
        String name = title == null || title.isBlank() ? "执法文书" : title.strip();
        if (name.length() > 100) {
            throw Problem.invalid(List.of(new FieldProblem("title", "TOO_LONG", "title：材料名称不能超过 100 字")));
        }
        Photo photo = Photo.of(file); // decoded outside the transaction: no connection held meanwhile
        return tx.execute(status -> {
            actions.lock(action.id());
            Optional<Long> earlier = jdbc.sql("SELECT id FROM enforcement_document WHERE action_id = :a AND sha256 = :s")
                    .param("a", actionId).param("s", photo.sha256()).query(Long.class).optional();
            if (earlier.isPresent()) {
                return new Added(document(actionId, earlier.get()), false);
            }
            long count = jdbc.sql("SELECT count(*) FROM enforcement_document WHERE action_id = :a").param("a", actionId).query(Long.class).single();
            if (count >= MAX_PER_ACTION) {
                throw new Problem(Problem.Kind.INVALID, "TOO_MANY_IMAGES", "每份执法文书最多上传 " + MAX_PER_ACTION + " 份材料");
            }
            store.put(photo.bytes());
            long id = jdbc.sql("""
                    INSERT INTO enforcement_document (action_id, title, sha256, content_type, size, uploaded_by)
                    VALUES (:a, :t, :s, :c, :n, :by) RETURNING id
                    """).param("a", actionId).param("t", name).param("s", photo.sha256()).param("c", photo.contentType())
                    .param("n", photo.size()).param("by", caller.id()).query(Long.class).single();
            actions.event(actionId, caller.id(), "上传材料", name);
            AuditNote.created("enforcement_document", Long.toString(id));
            return new Added(document(actionId, id), true);
        });
    }

    Download get(Scope scope, long actionId, long id) {
        actions.find(actionId, scope).orElseThrow(() -> Problem.notFound("执法文书"));
        return jdbc.sql("SELECT content_type, sha256 FROM enforcement_document WHERE action_id = :a AND id = :id").param("a", actionId).param("id", id)
                .query((rs, n) -> new Download(rs.getString("content_type"), store.get(rs.getString("sha256")))).optional()
                .orElseThrow(() -> Problem.notFound("材料"));
    }

    private EnforcementAction.Document document(long actionId, long id) {
        return actions.documents(actionId).stream().filter(d -> d.id() == id).findFirst()
                .map(d -> new EnforcementAction.Document(d.id(), d.title(), EnforcementViews.documentUrl(actionId, d.id()), d.uploadedAt())).orElseThrow();
    }
}
