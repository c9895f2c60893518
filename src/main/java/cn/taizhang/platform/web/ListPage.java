package cn.taizhang.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One page of a list page (事件, 人员, 账号, 通知 …) as the shared list fragment ({@code fragments/list.html}) shows it:
 * where the list lives ({@code path}), its filters as a query string (without page and sort, so that the filter state
 * is in the URL and in every link), the column it is sorted by ({@code sort}: a key, or {@code -key} for descending;
 * empty for the list's own order), the page (from 0), its size and the total of the filtered list.
 */
public record ListPage(String path, String query, String sort, int page, int size, long total) {

    public ListPage {
        sort = sort == null ? "" : sort;
    }

    /** The query string of the non-blank parameters, in the map's order. */
    public static String query(Map<String, ?> parameters) {
        StringJoiner q = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                q.add(name + "=" + URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** The 1-based number of the first and the last item shown (0 and 0 for an empty list). */
    public long first() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long last() {
        return Math.min(total, (long) (page + 1) * size);
    }

    /** The link to page {@code p} with the same filters and order. */
    public String href(long p) {
        return link(sort, p);
    }

    /** The link that sorts by {@code key}: ascending first, descending when already ascending; from the first page. */
    public String sortHref(String key) {
        return link(sort.equals(key) ? "-" + key : key, 0);
    }

    /** ▲ or ▼ after the column the list is sorted by, else nothing. */
    public String sortMark(String key) {
        return sort.equals(key) ? " ▲" : sort.equals("-" + key) ? " ▼" : "";
    }

    /** The filters and the order, without the page: what an export of exactly what is shown takes. */
    public String filtersAndSort() {
        return parameters(sort, 0);
    }

    private String link(String order, long p) {
        String q = parameters(order, p);
        return q.isEmpty() ? path : path + "?" + q;
    }

    private String parameters(String order, long p) {
        StringJoiner q = new StringJoiner("&");
        if (!query.isEmpty()) {
            q.add(query);
        }
        if (!order.isEmpty()) {
            q.add("sort=" + order);
        }
        if (p > 0) {
            q.add("page=" + p);
        }
        return q.toString();
    }
}
