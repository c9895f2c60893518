package cn.taizhang.stats;

import cn.taizhang.cases.Counts;

import java.time.LocalDate;

/**
 * The figures of {@code GET /api/v1/stats/summary} as a Java value, for other modules (briefings):
 * the area and its name, the period ({@code to} inclusive), the case type if one was chosen (code and
 * name, else null), the {@link Counts} and their {@link Rates}.
 */
public record CaseSummary(String area, String name, LocalDate from, LocalDate to, String type, String typeName,
        Counts counts, Rates rates) {
}
