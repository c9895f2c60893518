package cn.taizhang.stats;

import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.Scope;
import org.springframework.stereotype.Component;

/**
 * Whose figures a page, sheet or briefing shows: an area's, or — for a department's staff, who see only their own
 * department's cases — the department's in that area, "市应急管理局（凯里市）", so no one reads them as the whole city's.
 */
@Component
public class Whose {

    private final Organisation organisation;

    Whose(Organisation organisation) {
        this.organisation = organisation;
    }

    public String figures(String areaName, Scope scope) {
        if (scope.departmentId() == null) {
            return areaName;
        }
        return organisation.department(scope.departmentId()).map(Department::name).map(d -> d + "（" + areaName + "）").orElse(areaName);
    }
}
