package cn.taizhang.inspection.lists;

import cn.taizhang.registry.Choice;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a measure stands as stored; overdue (逾期) is not a status but computed from the due date when read. */
public enum MeasureStatus implements Choice {
    PLANNED("planned", "未开始"),
    IN_PROGRESS("in_progress", "推进中"),
    DONE("done", "已完成");

    private final String id;
    private final String label;

    MeasureStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
