package cn.taizhang.registry.project;

/** A photo of a progress note, with the address that serves it to those who see the project. */
public record ProgressPhoto(long id, long progressId, String contentType, int size, String url) {

    static ProgressPhoto of(long id, long projectId, long progressId, String contentType, int size) {
        return new ProgressPhoto(id, progressId, contentType, size, "/api/v1/projects/" + projectId + "/progress/" + progressId + "/photos/" + id);
    }
}
