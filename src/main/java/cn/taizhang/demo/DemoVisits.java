package cn.taizhang.demo;

import cn.taizhang.service.Coordinators;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The demo's enterprise service: the city's coordinating unit (产投委) appointed once its departments exist. */
@Component
class DemoVisits {

    private final Coordinators coordinators;

    DemoVisits(Coordinators coordinators) {
        this.coordinators = coordinators;
    }

    /** Appoints the city's enterprise-service coordinator, given the demo's department ids by code. */
    void appoint(Map<String, Long> departmentIds) {
        coordinators.appoint(KailiOrganisation.CITY, departmentIds.get(KailiOrganisation.ENTERPRISE_SERVICE));
    }
}
