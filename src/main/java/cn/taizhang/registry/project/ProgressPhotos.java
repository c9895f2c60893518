package cn.taizhang.registry.project;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.photos.Photo;
import cn.taizhang.platform.photos.PhotoStore;
import java.io.IOException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of a project's progress notes (进展照片): added by those who write the notes, seen by everyone who sees the
 * project. A photo is checked to be a whole JPEG or PNG before anything is written; its file is stored just before its
 * row, so a refused upload leaves no file and a committed row always has its bytes.
 */
@Service
class ProgressPhotos {

    static final int MAX_PER_NOTE = 9;

    /** A photo's bytes and how to serve them. */
    record Download(String contentType, byte[] bytes) {
    }

    private final ProjectRepository projects;
    private final ProgressPhotoRepository photos;
    private final PhotoStore store;
    private final TransactionTemplate tx;

    ProgressPhotos(ProjectRepository projects, ProgressPhotoRepository photos, PhotoStore store, TransactionTemplate tx) {
        this.projects = projects;
        this.photos = photos;
        this.store = store;
        this.tx = tx;
    }

    ProgressPhoto add(Caller caller, long projectId, long progressId, MultipartFile file) throws IOException {
        Scope scope = Projects.writerScope(caller);
        projects.find(projectId, scope).orElseThrow(Projects::notFound);
        Photo photo = Photo.of(file); // decoded outside the transaction: no connection held meanwhile
        return tx.execute(status -> {
            if (!photos.lockNote(projectId, progressId)) {
                throw Problem.notFound("项目进展");
            }
            if (photos.count(progressId) >= MAX_PER_NOTE) {
                throw new Problem(Problem.Kind.INVALID, "TOO_MANY_IMAGES", "每条进展最多上传 " + MAX_PER_NOTE + " 张照片");
            }
            store.put(photo.bytes());
            long id = photos.insert(progressId, photo, caller.id());
            AuditNote.created("project_progress_photo", Long.toString(id));
            return ProgressPhoto.of(id, projectId, progressId, photo.contentType(), photo.size());
        });
    }

    Download get(Scope scope, long projectId, long progressId, long id) {
        projects.find(projectId, scope).orElseThrow(Projects::notFound);
        ProgressPhotoRepository.Stored stored = photos.find(projectId, progressId, id).orElseThrow(() -> Problem.notFound("照片"));
        return new Download(stored.contentType(), store.get(stored.sha256()));
    }
}
