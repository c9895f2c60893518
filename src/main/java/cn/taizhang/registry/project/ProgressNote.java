package cn.taizhang.registry.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A dated note of a project's progress (进展) and who wrote it. */
public record ProgressNote(long id, long projectId, LocalDate date, String text, Long authorId, String authorName, OffsetDateTime createdAt) {
}
