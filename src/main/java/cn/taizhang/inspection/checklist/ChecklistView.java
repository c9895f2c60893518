package cn.taizhang.inspection.checklist;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A checklist as the API answers it: the version with its sector's name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChecklistView(String code, String sector, String sectorName, String name, int version, List<ChecklistItem> items) {

    static ChecklistView of(Checklist c, String sectorName) {
        return new ChecklistView(c.code(), c.sector(), sectorName, c.name(), c.version(), c.items());
    }
}
