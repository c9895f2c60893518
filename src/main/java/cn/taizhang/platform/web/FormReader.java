package cn.taizhang.platform.web;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reads the fields of a JSON body one by one, collecting a Chinese problem per bad field (named by its path). */
public final class FormReader {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** True if the body is a JSON object whose fields are all among {@code known}. */
    public boolean object(JsonNode body, Set<String> known, String prefix) {
        if (body == null || !body.isObject()) {
            problem(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "INVALID_FIELD",
                    (prefix.isEmpty() ? "请求体" : prefix.substring(0, prefix.length() - 1)) + "须为 JSON 对象");
            return false;
        }
        unknown(body, known, prefix);
        return true;
    }

    /** A problem for each field of {@code object} that is not among {@code known}. */
    public void unknown(JsonNode object, Set<String> known, String prefix) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!known.contains(e.getKey())) {
                problem(prefix + e.getKey(), "UNKNOWN_FIELD", prefix + e.getKey() + "：不认识的字段");
            }
        }
    }

    /** A number in [min, max] with at most {@code scale} decimals. */
    public BigDecimal decimal(JsonNode n, String field, String label, BigDecimal min, BigDecimal max, int scale) {
        if (missing(n)) {
            problem(field, "REQUIRED", field + "：请填写" + label);
        } else if (!n.isNumber()) {
            problem(field, "INVALID_FIELD", field + "：" + label + "须为数字");
        } else if (n.decimalValue().compareTo(min) < 0 || n.decimalValue().compareTo(max) > 0) {
            problem(field, "OUT_OF_RANGE", field + "：" + label + "须在 " + min.toPlainString() + " 到 " + max.toPlainString() + " 之间");
        } else if (n.decimalValue().stripTrailingZeros().scale() > scale) {
            problem(field, "INVALID_FIELD", field + "：" + label + "最多 " + scale + " 位小数");
        } else {
            return n.decimalValue().setScale(scale);
        }
        return null;
    }

    public Integer integer(JsonNode n, String field, String label, int min, int max) {
        if (missing(n)) {
            problem(field, "REQUIRED", field + "：请填写" + label);
        } else if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            problem(field, "INVALID_FIELD", field + "：" + label + "须为整数");
        } else if (n.intValue() < min || n.intValue() > max) {
            problem(field, "OUT_OF_RANGE", field + "：" + label + "须在 " + min + " 到 " + max + " 之间");
        } else {
            return n.intValue();
        }
        return null;
    }

    /** Stripped text of at most {@code max} characters; null (and a problem if {@code required}) when absent or blank. */
    public String text(JsonNode n, String field, String label, int max, boolean required) {
        if (missing(n) || (n.isString() && n.asString().isBlank())) {
            if (required) {
                problem(field, "REQUIRED", field + "：请填写" + label);
            }
        } else if (!n.isString()) {
            problem(field, "INVALID_FIELD", field + "：" + label + "须为文本");
        } else if (n.asString().strip().length() > max) {
            problem(field, "TOO_LONG", field + "：" + label + "不能超过 " + max + " 个字");
        } else {
            return n.asString().strip();
        }
        return null;
    }

    public LocalDate date(JsonNode n, String field, String label) {
        String text = text(n, field, label, 10, true);
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (Days.plausible(day)) {
                return day;
            }
            problems.add(Days.outOfRange(field));
            return null;
        } catch (DateTimeParseException e) {
            problem(field, "INVALID_DATE", field + "：" + label + "应为 yyyy-MM-dd 格式，如 2026-09-15");
            return null;
        }
    }

    /** A text field's stripped value as sent, without checking anything; null when it is absent, blank or no text. */
    public static String plainText(JsonNode n) {
        return n == null || !n.isString() || n.asString().isBlank() ? null : n.asString().strip();
    }

    public static boolean missing(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    /** A record's number: a positive integer; null (and a problem) when it is anything else. */
    public Long id(JsonNode n, String field, String label) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 1) {
            problem(field, "INVALID_FIELD", field + "：" + label + "编号须为正整数");
            return null;
        }
        return n.longValue();
    }

    /**
     * A phone's or page's id for a write ({@code clientId}), a UUID in its canonical text, that makes its retries safe:
     * null when absent, with a problem saying {@code requiredDetail} when that is not null.
     */
    public UUID clientId(JsonNode n, String requiredDetail) {
        if (missing(n)) {
            if (requiredDetail != null) {
                problem("clientId", "REQUIRED", requiredDetail);
            }
            return null;
        }
        if (n.isString()) {
            try {
                UUID id = UUID.fromString(n.asString());
                if (id.toString().equalsIgnoreCase(n.asString())) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // named below
            }
        }
        problem("clientId", "INVALID_FIELD", "clientId：须为 UUID");
        return null;
    }

    /** Distinct record numbers ({@link #id}), at most {@code max}; absent is none. */
    public List<Long> ids(JsonNode list, String field, String label, int max) {
        List<Long> ids = new ArrayList<>();
        if (missing(list)) {
            return ids;
        }
        if (!list.isArray()) {
            problem(field, "INVALID_FIELD", field + "：" + label + "须为编号的数组");
            return ids;
        }
        if (list.size() > max) {
            problem(field, "TOO_MANY", field + "：" + label + "最多 " + max + " 个");
            return ids;
        }
        for (int i = 0; i < list.size(); i++) {
            Long id = id(list.get(i), field + "[" + i + "]", label);
            if (id != null && ids.contains(id)) {
                problem(field + "[" + i + "]", "DUPLICATE", field + "[" + i + "]：" + label + " " + id + " 重复");
            } else if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    public void problem(String field, String code, String detail) {
        problems.add(new FieldProblem(field, code, detail));
    }

    /** A boolean; {@code absent} is the value when it is left out, null meaning it is required. */
    public Boolean bool(JsonNode n, String field, String label, Boolean absent) {
        if (missing(n)) {
            if (absent == null) {
                problem(field, "REQUIRED", field + "：请填写" + label);
            }
            return absent;
        }
        if (!n.isBoolean()) {
            problem(field, "INVALID_FIELD", field + "：" + label + "须为 true 或 false");
            return null;
        }
        return n.booleanValue();
    }

    /** The problems found so far, in the order found. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** Throws a 400 naming every bad field, if there is one. */
    public void check() {
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }
}
