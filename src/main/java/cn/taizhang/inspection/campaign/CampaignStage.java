package cn.taizhang.inspection.campaign;

import cn.taizhang.registry.Choice;
import com.fasterxml.jackson.annotation.JsonValue;

/** The four stages a campaign (专项整治) goes through, in order: the id the API and the database use, the label pages show. */
public enum CampaignStage implements Choice {
    MOBILISATION("mobilisation", "动员部署"),
    INVESTIGATION("investigation", "排查整治"),
    TACKLING("tackling", "集中攻坚"),
    CONSOLIDATION("consolidation", "巩固提升");

    private final String id;
    private final String label;

    CampaignStage(String id, String label) {
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
