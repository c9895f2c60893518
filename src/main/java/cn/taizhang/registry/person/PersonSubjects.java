package cn.taizhang.registry.person;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.CaseSubject;
import cn.taizhang.cases.CaseSubjects;
import cn.taizhang.platform.Scope;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Cases may be about a person (a key person's follow-up, a visit to an elderly person living alone): the case engine
 * finds them here, within the reporter's reach. A key person's name is shown as the one asking may see it: masked
 * (张**) unless they hold a plain role; nothing else of the person leaves the registry.
 */
@Component
class PersonSubjects implements CaseSubjects {

    private final Persons persons;

    PersonSubjects(Persons persons) {
        this.persons = persons;
    }

    @Override
    public String kind() {
        return Persons.REGISTRY;
    }

    @Override
    public Optional<CaseSubject> find(long id, Scope scope) {
        return persons.find(currentCaller(), scope, id)
                .map(p -> new CaseSubject(kind(), p.id(), p.name() + "（" + p.categoryName() + "）", p.gridCode(), "/persons/" + p.id()));
    }

    /** The one asking, if signed in; nobody (who sees key persons' names masked) otherwise. */
    private static Caller currentCaller() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Caller c ? c : null;
    }
}
