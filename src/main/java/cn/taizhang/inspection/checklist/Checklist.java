package cn.taizhang.inspection.checklist;

import java.util.List;
import java.util.Optional;

/** One version of a checklist (检查表) of a sector, with its items in display order. A written version never changes. */
public record Checklist(String code, String sector, String name, int version, List<ChecklistItem> items) {

    public Checklist {
        items = List.copyOf(items);
    }

    /** The item of this code, if this version has it. */
    public Optional<ChecklistItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
