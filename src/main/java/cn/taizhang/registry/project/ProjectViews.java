package cn.taizhang.registry.project;

import cn.taizhang.platform.Scope;
import cn.taizhang.territory.AreaLevel;
import cn.taizhang.territory.Territory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Turns stored rows into what the API and pages show, looking the names up once per batch of rows. */
@Component
class ProjectViews {

    private final Territory territory;
    private final ProjectKinds kinds;

    ProjectViews(Territory territory, ProjectKinds kinds) {
        this.territory = territory;
        this.kinds = kinds;
    }

    List<Project> of(List<ProjectRow> rows) {
        Names names = new Names(kinds.byCode());
        names.learn(rows);
        return rows.stream().map(names::view).toList();
    }

    Project of(ProjectRow row) {
        return of(List.of(row)).get(0);
    }

    /** A converter for a stream of rows too long to look names up all at once: areas are remembered as met. */
    Function<ProjectRow, Project> streaming() {
        Names names = new Names(kinds.byCode());
        return row -> {
            names.learn(List.of(row));
            return names.view(row);
        };
    }

    private final class Names {
        private final Map<String, ProjectKind> kinds;
        private final Map<String, String> areas = new HashMap<>();

        Names(Map<String, ProjectKind> kinds) {
            this.kinds = kinds;
        }

        void learn(List<ProjectRow> rows) {
            Set<String> codes = new HashSet<>();
            for (ProjectRow r : rows) {
                codes.add(r.areaCode());
                codes.add(r.areaCode().substring(0, 9));
            }
            codes.removeAll(areas.keySet());
            if (!codes.isEmpty()) {
                areas.putAll(territory.names(codes, Scope.area("")));
            }
        }

        Project view(ProjectRow r) {
            String town = r.areaCode().substring(0, 9);
            ProjectKind kind = kinds.get(r.kindCode());
            String level = r.areaCode().length() == 9 ? AreaLevel.TOWN.id() : r.areaCode().length() == 12 ? AreaLevel.VILLAGE.id() : AreaLevel.GRID.id();
            return new Project(r.id(), r.kindCode(), kind == null ? r.kindCode() : kind.name(), r.name(), r.areaCode(), areas.get(r.areaCode()),
                    level, town, areas.get(town), r.year(), r.status().id(), r.status().label(), r.households(), r.beneficiaries(), r.lengthM(),
                    r.areaM2(), r.investment(), r.notes(), r.version(), r.createdAt(), r.updatedAt());
        }
    }
}
