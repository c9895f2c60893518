package cn.taizhang.inspection;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.photos.Photo;
import cn.taizhang.platform.photos.PhotoStore;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of a visit (检查照片), of one item or of the visit as a whole: uploaded after the outing is recorded by its own
 * inspectors, seen by everyone who sees the outing. A phone retries, so the same photo of the same item is stored once
 * (the retry answers the first one). The file is stored just before its row, as for progress photos.
 */
@Service
class InspectionPhotos {

    static final int MAX_PER_ITEM = 9;

    /** A photo and whether this request stored it (false: a retry found it). */
    record Added(Inspection.Photo photo, boolean created) {
    }

    /** A photo's bytes and how to serve them. */
    record Download(String contentType, byte[] bytes) {
    }

    private final Inspections inspections;
    private final InspectionPhotoRepository photos;
    private final PhotoStore store;
    private final TransactionTemplate tx;

    InspectionPhotos(Inspections inspections, InspectionPhotoRepository photos, PhotoStore store, TransactionTemplate tx) {
        this.inspections = inspections;
        this.photos = photos;
        this.store = store;
        this.tx = tx;
    }

    Added add(Caller caller, long inspectionId, long visitId, String item, MultipartFile file) throws IOException {
        if (!photos.isInspectorOf(inspectionId, caller.id())) {
            inspections.find(caller.scope(), inspectionId).orElseThrow(() -> Problem.notFound("检查记录"));
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有本次检查的检查人员可以上传照片");
        }
        String itemCode = item == null || item.isBlank() ? null : item.strip();
        Photo photo = Photo.of(file); // decoded outside the transaction: no connection held meanwhile
        return tx.execute(status -> {
            if (!photos.lockVisit(inspectionId, visitId)) {
                throw Problem.notFound("检查对象");
            }
            if (itemCode != null && !photos.hasItem(visitId, itemCode)) {
                throw Problem.invalid(List.of(new FieldProblem("item", "UNKNOWN_ITEM", "item：本次检查没有检查项 " + shortened(itemCode))));
            }
            var earlier = photos.same(visitId, itemCode, photo.sha256());
            if (earlier.isPresent()) {
                return new Added(view(inspectionId, earlier.get()), false);
            }
            if (photos.count(visitId, itemCode) >= MAX_PER_ITEM) {
                throw new Problem(Problem.Kind.INVALID, "TOO_MANY_IMAGES", "每个检查项最多上传 " + MAX_PER_ITEM + " 张照片");
            }
            store.put(photo.bytes());
            long id = photos.insert(visitId, itemCode, photo, caller.id());
            AuditNote.created("inspection_photo", Long.toString(id));
            return new Added(new Inspection.Photo(id, itemCode, url(inspectionId, visitId, id)), true);
        });
    }

    Download get(Scope scope, long inspectionId, long visitId, long id) {
        inspections.find(scope, inspectionId).orElseThrow(() -> Problem.notFound("检查记录"));
        InspectionPhotoRepository.Stored stored = photos.find(inspectionId, visitId, id).orElseThrow(() -> Problem.notFound("照片"));
        return new Download(stored.contentType(), store.get(stored.sha256()));
    }

    static Inspection.Photo view(long inspectionId, InspectionPhotoRepository.Stored s) {
        return new Inspection.Photo(s.id(), s.itemCode(), url(inspectionId, s.visitId(), s.id()));
    }

    private static String url(long inspectionId, long visitId, long id) {
        return "/api/v1/inspections/" + inspectionId + "/visits/" + visitId + "/photos/" + id;
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
