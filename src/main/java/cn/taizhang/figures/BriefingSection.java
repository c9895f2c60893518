package cn.taizhang.figures;

import java.util.List;
import java.util.Map;

/**
 * One section of a briefing: its heading (without the numeral the briefing adds), its paragraph, and the figures it
 * was written from, by their keys in the contributor's catalogue — {@code counts} (e.g. reported, closed, or 组次, 家次)
 * and {@code rates} in [0, 1] (null: nothing to divide by) — so that a reader can check every number in the text.
 * {@code types} are the case types the section covers (empty: all, or not about cases).
 */
public record BriefingSection(String heading, String text, List<String> types, Map<String, Long> counts, Map<String, Double> rates) {

    public BriefingSection {
        types = List.copyOf(types);
    }
}
