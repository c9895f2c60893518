package cn.taizhang.registry.place;

import cn.taizhang.cases.CaseSubject;
import cn.taizhang.cases.CaseSubjects;
import cn.taizhang.platform.Scope;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Cases may be about a place (a school's broken fence, a park's fallen tree): the case engine finds it here, within the reporter's reach. */
@Component
class PlaceSubjects implements CaseSubjects {

    private final Places places;

    PlaceSubjects(Places places) {
        this.places = places;
    }

    @Override
    public String kind() {
        return Places.REGISTRY;
    }

    @Override
    public Optional<CaseSubject> find(long id, Scope scope) {
        return places.find(scope, id).map(p -> new CaseSubject(kind(), p.id(), p.name(), p.gridCode(), "/places/" + p.id()));
    }
}
