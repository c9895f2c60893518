package cn.taizhang.inspection.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as checked by {@link CampaignForm}, ready to store. Public for {@link Campaigns#storeAll} (the demo's
 * campaigns), whose callers vouch for every field.
 */
public record NewCampaign(String name, LocalDate from, LocalDate to, String areaCode, CampaignStage stage, List<String> sectors,
        Long leadDepartmentId, List<String> measures, String notes) {

    public NewCampaign {
        sectors = List.copyOf(sectors);
        measures = List.copyOf(measures);
    }
}
