package cn.taizhang.registry;

import cn.taizhang.platform.BeijingTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A registry's ledger: its columns in order, shared by the export (one row per record), the import (a row read back into
 * the same JSON the API takes, so one form checks both) and the history (each column's value as text, compared before
 * and after a change). An exported sheet, edited and imported again, therefore reads as it was written.
 */
public final class Ledger<T> {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final List<LedgerColumn<T>> columns;

    @SafeVarargs
    public Ledger(LedgerColumn<T>... columns) {
        this.columns = List.of(columns);
    }

    public List<LedgerColumn<T>> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(LedgerColumn::header).toList();
    }

    /** The headers an import reads (the template's columns). */
    public List<String> importedHeaders() {
        return columns.stream().filter(LedgerColumn::imported).map(LedgerColumn::header).toList();
    }

    /** One record as a sheet's row, typed (numbers, dates, 是/否). */
    public List<Object> row(T record) {
        List<Object> row = new ArrayList<>(columns.size());
        columns.forEach(c -> row.add(c.value().apply(record)));
        return row;
    }

    /** The imported columns' values as text, by field, in column order: what the history compares. */
    public Map<String, String> texts(T record) {
        Map<String, String> texts = new LinkedHashMap<>();
        columns.stream().filter(LedgerColumn::imported).forEach(c -> texts.put(c.field(), text(c.value().apply(record))));
        return texts;
    }

    /** The imported columns' headers by field, for the history's labels. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        columns.forEach(c -> labels.putIfAbsent(c.field(), c.header()));
        return labels;
    }

    /** An imported row (header → cell text) as the API's JSON; blank cells are left out. */
    public ObjectNode json(Map<String, String> cells) {
        ObjectNode body = JsonMapper.shared().createObjectNode();
        for (LedgerColumn<T> c : columns) {
            String text = cells.get(c.header());
            if (c.imported() && text != null && !text.isBlank()) {
                c.reader().read(text.strip(), body, c.field());
            }
        }
        return body;
    }

    /** The header of the column that reads {@code field} (or the nearest enclosing one: "location.lat" → the location's). */
    public Optional<String> headerOf(String field) {
        for (String f = field; ; f = f.substring(0, f.lastIndexOf('.'))) {
            String candidate = f;
            Optional<String> header = columns.stream().filter(c -> c.imported() && c.field().equals(candidate)).map(LedgerColumn::header).findFirst();
            if (header.isPresent() || !f.contains(".")) {
                return header;
            }
        }
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof OffsetDateTime t) {
            return MINUTE.format(t.atZoneSameInstant(BeijingTime.ZONE));
        }
        if (v instanceof Instant t) {
            return MINUTE.format(t.atZone(BeijingTime.ZONE));
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }

    /** The column, which an import file must have, filled as {@code format} says (the template's 填写说明). */
    public static <T> LedgerColumn<T> required(LedgerColumn<T> column, String format) {
        return column.required(format);
    }

    /** The column, optional in an import file, filled as {@code format} says. */
    public static <T> LedgerColumn<T> optional(LedgerColumn<T> column, String format) {
        return column.optional(format);
    }

    // Readers of the usual kinds of cell.

    public static <T> LedgerColumn<T> text(String field, String header, Function<T, Object> value) {
        return new LedgerColumn<>(field, header, value, (text, into, f) -> LedgerColumn.parent(into, f).put(LedgerColumn.leaf(f), text));
    }

    /** A column shown and exported only. */
    public static <T> LedgerColumn<T> shown(String header, Function<T, Object> value) {
        return new LedgerColumn<>(header, header, value, null);
    }

    public static <T> LedgerColumn<T> integer(String field, String header, Function<T, Object> value) {
        return new LedgerColumn<>(field, header, value, (text, into, f) -> {
            ObjectNode parent = LedgerColumn.parent(into, f);
            try {
                parent.put(LedgerColumn.leaf(f), Long.parseLong(text));
            } catch (NumberFormatException e) {
                parent.put(LedgerColumn.leaf(f), text);
            }
        });
    }

    public static <T> LedgerColumn<T> decimal(String field, String header, Function<T, Object> value) {
        return new LedgerColumn<>(field, header, value, (text, into, f) -> {
            ObjectNode parent = LedgerColumn.parent(into, f);
            try {
                parent.put(LedgerColumn.leaf(f), new BigDecimal(text));
            } catch (NumberFormatException e) {
                parent.put(LedgerColumn.leaf(f), text);
            }
        });
    }

    /** 是/否 (or true/false) as a JSON boolean. */
    public static <T> LedgerColumn<T> yesNo(String field, String header, Function<T, Object> value) {
        return new LedgerColumn<>(field, header, value, (text, into, f) -> {
            ObjectNode parent = LedgerColumn.parent(into, f);
            switch (text) {
                case "是", "true", "TRUE" -> parent.put(LedgerColumn.leaf(f), true);
                case "否", "false", "FALSE" -> parent.put(LedgerColumn.leaf(f), false);
                default -> parent.put(LedgerColumn.leaf(f), text);
            }
        });
    }

    /** A label of a {@link Choice} (or its id) as the id the API takes; shown by label. */
    public static <T, E extends Enum<E> & Choice> LedgerColumn<T> choice(String field, String header, Function<T, E> value, Class<E> type) {
        return new LedgerColumn<>(field, header, r -> {
            E e = value.apply(r);
            return e == null ? null : e.label();
        }, (text, into, f) -> LedgerColumn.parent(into, f).put(LedgerColumn.leaf(f), Choice.parse(type, text).map(Choice::id).orElse(text)));
    }

    /** A name (or code) as the code the API takes, by {@code code}; a name it does not know is kept as written. */
    public static <T> LedgerColumn<T> named(String field, String header, Function<T, Object> value, Function<String, Optional<String>> code) {
        return new LedgerColumn<>(field, header, value, (text, into, f) -> LedgerColumn.parent(into, f).put(LedgerColumn.leaf(f),
                code.apply(text).orElse(text)));
    }

    /** Names separated by 、 , ， ; or ；, each turned into its code by {@code code} (a name it does not know is kept as written). */
    public static <T> LedgerColumn<T> list(String field, String header, Function<T, Object> value, Function<String, Optional<String>> code) {
        return new LedgerColumn<>(field, header, value, (text, into, f) -> {
            ArrayNode array = LedgerColumn.parent(into, f).putArray(LedgerColumn.leaf(f));
            Arrays.stream(text.split("[、,，;；]")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(name -> array.add(code.apply(name).orElse(name)));
        });
    }
}
