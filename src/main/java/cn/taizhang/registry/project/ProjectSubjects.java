package cn.taizhang.registry.project;

import cn.taizhang.cases.CaseSubject;
import cn.taizhang.cases.CaseSubjects;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Cases may be about a project (a problem a leader's visit collected there): the case engine finds it here, within the
 * reporter's reach. A project lies in a 镇街, 村社区 or grid, a case in a grid: one in a larger area is placed in its first
 * grid, which keeps the case inside the project's area for everyone's scope.
 */
@Component
class ProjectSubjects implements CaseSubjects {

    private final Projects projects;
    private final Territory territory;

    ProjectSubjects(Projects projects, Territory territory) {
        this.projects = projects;
        this.territory = territory;
    }

    @Override
    public String kind() {
        return Projects.REGISTRY;
    }

    @Override
    public Optional<CaseSubject> find(long id, Scope scope) {
        return projects.find(scope, id).flatMap(p -> grid(p.areaCode())
                .map(grid -> new CaseSubject(kind(), p.id(), p.name(), grid, "/projects/" + p.id())));
    }

    private Optional<String> grid(String areaCode) {
        if (areaCode.length() == 15) {
            return Optional.of(areaCode);
        }
        return territory.gridNames(areaCode, Scope.area(areaCode)).keySet().stream().findFirst();
    }
}
