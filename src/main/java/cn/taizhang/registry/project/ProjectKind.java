package cn.taizhang.registry.project;

import cn.taizhang.registry.CatalogueEntry;

/**
 * A kind of project in the catalogue: its code (what the API takes), its Chinese name, and the words a report's sentence
 * uses for it — the unit it counts in (条, 个, 处), the verb and object (改造背街小巷), the name of its length (道路总长);
 * its place in lists and whether it is retired (停用).
 */
public record ProjectKind(String code, String name, String unit, String phrase, String lengthLabel, int position, boolean retired)
        implements CatalogueEntry {

    ProjectSentence.Wording wording() {
        return new ProjectSentence.Wording(phrase, unit, lengthLabel);
    }
}
