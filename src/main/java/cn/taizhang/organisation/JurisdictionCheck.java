package cn.taizhang.organisation;

import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import org.springframework.stereotype.Component;

/** A staff member's jurisdiction must be an existing area. */
@Component
class JurisdictionCheck {

    private final Territory territory;

    JurisdictionCheck(Territory territory) {
        this.territory = territory;
    }

    boolean exists(String areaCode) {
        return areaCode != null && territory.find(areaCode, Scope.area(areaCode)).isPresent();
    }
}
