package cn.taizhang.platform.web;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.List;
import tools.jackson.core.JacksonException;

/** A Jackson failure to read a field as the caller's problem, named by the field's path. */
public final class JsonFailures {

    private JsonFailures() {
    }

    /** True if the failure says which field it was (or was about the characters of a bare string). */
    public static boolean namesField(JacksonException e) {
        return e instanceof InputJson.ForbiddenCharacters || !e.getPath().isEmpty();
    }

    /** The problem with the field at {@code prefix} followed by the failure's path. */
    public static Problem problem(JacksonException e, String prefix) {
        String path = prefix + pathOf(e);
        String field = path.isEmpty() ? "body" : path;
        if (e instanceof InputJson.ForbiddenCharacters) {
            return TextCharacters.refused(List.of(TextCharacters.problem(field)));
        }
        return Problem.invalid(List.of(new FieldProblem(field, "INVALID_FIELD", "字段 " + field + " 的值类型或格式不正确")));
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
