package cn.taizhang.registry.enterprise;

import cn.taizhang.cases.CaseSubject;
import cn.taizhang.cases.CaseSubjects;
import cn.taizhang.platform.Scope;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Cases may be about an enterprise (its hazards, its problems): the case engine finds it here, within the reporter's reach. */
@Component
class EnterpriseSubjects implements CaseSubjects {

    private final Enterprises enterprises;

    EnterpriseSubjects(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public String kind() {
        return Enterprises.REGISTRY;
    }

    @Override
    public Optional<CaseSubject> find(long id, Scope scope) {
        return enterprises.find(scope, id).map(e -> new CaseSubject(kind(), e.id(), e.name(), e.gridCode(), "/enterprises/" + e.id()));
    }
}
