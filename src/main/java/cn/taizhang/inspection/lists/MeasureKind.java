package cn.taizhang.inspection.lists;

import cn.taizhang.registry.Choice;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a measure (制度措施) sets up: a rule to write, a mechanism, a training to hold, or something else. */
public enum MeasureKind implements Choice {
    RULE("rule", "制度"),
    MECHANISM("mechanism", "机制"),
    TRAINING("training", "培训"),
    OTHER("other", "其他");

    private final String id;
    private final String label;

    MeasureKind(String id, String label) {
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
