package cn.taizhang.platform.web;

import java.util.List;

/** The envelope of every list in the API: {"items": [...], "total": N}. */
public record ListResponse<T>(List<T> items, long total) {

    public static <T> ListResponse<T> of(List<T> items) {
        return new ListResponse<>(items, items.size());
    }
}
