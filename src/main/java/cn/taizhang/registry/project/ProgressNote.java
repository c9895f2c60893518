package cn.taizhang.registry.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A dated note of a project's progress (进展), who wrote it and its photos. */
public record ProgressNote(long id, long projectId, LocalDate date, String text, Long authorId, String authorName, OffsetDateTime createdAt,
        List<ProgressPhoto> photos) {

    ProgressNote withPhotos(List<ProgressPhoto> photos) {
        return new ProgressNote(id, projectId, date, text, authorId, authorName, createdAt, List.copyOf(photos));
    }
}
