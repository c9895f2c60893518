package cn.taizhang.figures;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a briefing is about: an area (its code and name) over [from, to] ({@code to} inclusive) as seen on {@code today},
 * within the caller's scope; {@code lead} is how each paragraph begins ("今年以来，大十字街道"). {@code narrowing} holds
 * the narrowing parameters given (e.g. {@code source=citizen}); a contributor that does not know one of them returns
 * nothing, since its figures cannot be narrowed so.
 */
public record BriefingRequest(String area, String areaName, LocalDate from, LocalDate to, LocalDate today, String lead,
        Map<String, String> narrowing, Scope scope) {

    public BriefingRequest {
        narrowing = Map.copyOf(narrowing);
    }

    /** True when nothing but these keys narrows the briefing. */
    public boolean narrowedOnlyBy(String... keys) {
        return Set.of(keys).containsAll(narrowing.keySet());
    }
}
