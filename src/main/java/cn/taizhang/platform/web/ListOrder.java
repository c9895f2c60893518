package cn.taizhang.platform.web;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The orders a list may be sorted in by its {@code sort} parameter: a column key for ascending, {@code -key} for
 * descending, each key naming a trusted SQL expression (never the parameter itself), with a tie-breaker so that pages
 * never overlap. Plain Java.
 */
public final class ListOrder {

    private final Map<String, String> columns;
    private final String tieBreaker;
    private final String defaultSort;

    private ListOrder(Map<String, String> columns, String tieBreaker, String defaultSort) {
        this.columns = columns;
        this.tieBreaker = tieBreaker;
        this.defaultSort = defaultSort;
    }

    /** {@code keysAndColumns}: key, SQL expression, key, SQL expression …, in the order an error message lists them. */
    public static ListOrder of(String defaultSort, String tieBreaker, String... keysAndColumns) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndColumns.length; i += 2) {
            columns.put(keysAndColumns[i], keysAndColumns[i + 1]);
        }
        ListOrder order = new ListOrder(columns, tieBreaker, defaultSort);
        order.sql(defaultSort).orElseThrow(() -> new IllegalArgumentException("not one of the columns: " + defaultSort));
        return order;
    }

    /** The ORDER BY clause's body for {@code sort} (blank: the default), or empty for a sort this list does not know. */
    private Optional<String> sql(String sort) {
        String s = sort == null || sort.isBlank() ? defaultSort : sort.strip();
        boolean descending = s.startsWith("-");
        String column = columns.get(descending ? s.substring(1) : s);
        if (column == null) {
            return Optional.empty();
        }
        String direction = descending ? " DESC" : " ASC";
        return Optional.of(column + direction + " NULLS LAST, " + tieBreaker + direction);
    }

    /** The ORDER BY clause's body for {@code sort}, or a 400 naming {@code sort} and listing the orders there are. */
    public String orderBy(String sort) {
        return sql(sort).orElseThrow(() -> Problem.invalid(List.of(new FieldProblem("sort", "INVALID_FIELD", "排序须为 " + keys() + " 之一"))));
    }

    /** "createdAt、-createdAt、deadline、-deadline": what a 400 lists. */
    public String keys() {
        return columns.keySet().stream().map(k -> k + "、-" + k).collect(Collectors.joining("、"));
    }
}
