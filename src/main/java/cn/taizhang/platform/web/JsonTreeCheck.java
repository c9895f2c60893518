package cn.taizhang.platform.web;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Bodies read as a JSON tree (and checked field by field by their endpoint) are first searched, at any
 * depth, for what no field may hold: strings or names with forbidden characters ({@link TextCharacters})
 * and numbers beyond what any field takes (an infinite double, an exponent of thousands), which would
 * otherwise fail deep inside the endpoint's arithmetic.
 */
@ControllerAdvice
class JsonTreeCheck extends RequestBodyAdviceAdapter {

    /** Far beyond any real figure, far below what makes BigDecimal arithmetic slow. */
    private static final int MAX_EXPONENT = 1000;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> c && JsonNode.class.isAssignableFrom(c);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldProblem> problems = new ArrayList<>();
        check((JsonNode) body, "", problems);
        if (problems.isEmpty()) {
            return body;
        }
        boolean characters = problems.stream().anyMatch(p -> p.code().equals("INVALID_CHARACTERS"));
        throw characters ? TextCharacters.refused(problems) : Problem.invalid(problems);
    }

    private static void check(JsonNode node, String path, List<FieldProblem> problems) {
        if (node.isString() && !TextCharacters.allowed(node.asString())) {
            problems.add(TextCharacters.problem(path.isEmpty() ? "body" : path));
        } else if (node.isNumber() && !plausible(node)) {
            String field = path.isEmpty() ? "body" : path;
            problems.add(new FieldProblem(field, "OUT_OF_RANGE", field + "：数值超出范围"));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (!TextCharacters.allowed(e.getKey())) {
                    problems.add(TextCharacters.problem(field));
                } else {
                    check(e.getValue(), field, problems);
                }
            }
        }
    }

    private static boolean plausible(JsonNode n) {
        if (n.isFloatingPointNumber() && !n.isBigDecimal()) {
            return Double.isFinite(n.doubleValue());
        }
        if (n.isBigDecimal()) {
            BigDecimal d = n.decimalValue();
            return Math.abs((long) d.precision() - d.scale()) <= MAX_EXPONENT && Math.abs((long) d.scale()) <= MAX_EXPONENT;
        }
        return true; // integers: the parser already limits their length
    }
}
