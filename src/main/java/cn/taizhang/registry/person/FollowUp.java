package cn.taizhang.registry.person;

import cn.taizhang.registry.Choice;

/** Where a key person's follow-up (管控) stands: 在管, 已解除 (no longer followed), 脱管 (lost from sight). */
public enum FollowUp implements Choice {
    IN_CARE("在管"),
    RELEASED("已解除"),
    LOST("脱管");

    private final String label;

    FollowUp(String label) {
        this.label = label;
    }

    @Override
    public String id() {
        return name().toLowerCase();
    }

    @Override
    public String label() {
        return label;
    }
}
