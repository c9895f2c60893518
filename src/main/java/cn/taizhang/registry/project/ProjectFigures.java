package cn.taizhang.registry.project;

import cn.taizhang.figures.BriefingContributor;
import cn.taizhang.figures.BriefingRequest;
import cn.taizhang.figures.BriefingSection;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.Placement;
import cn.taizhang.registry.RegistryFigures;
import cn.taizhang.territory.Overlay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The project registry's figures: the registry statistics (by year and kind, completed, under construction and planned,
 * with their sums and sentences) and a briefing section that says, for the briefing's area, what was done in each year
 * its period covers — in the newspaper's words ("2021年改造背街小巷31条，涉及6370户，受益25106人，道路总长7835米，
 * 总投资约1643.5万元"). No dashboard card: a year's projects do not move with the dashboard's period.
 */
@Component
@Order(40)
class ProjectFigures implements RegistryFigures, BriefingContributor {

    private final ProjectRepository repository;
    private final Projects projects;
    private final Placement placement;

    ProjectFigures(ProjectRepository repository, Projects projects, Placement placement) {
        this.repository = repository;
        this.projects = projects;
        this.placement = placement;
    }

    @Override
    public String key() {
        return "projects";
    }

    @Override
    public Object figures(String area, String zone, LocalDate date, Scope scope) {
        return counts(area, zone, date, scope);
    }

    ProjectCounts counts(String area, String zone, LocalDate date, Scope scope) {
        OffsetDateTime before = date.plusDays(1).atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
        String[] zonePrefixes = zone == null ? null : placement.zones().stream().filter(o -> o.code().equals(zone)).findFirst()
                .map(Overlay::members).orElse(List.of()).stream().map(m -> m.code() + "%").toArray(String[]::new);
        List<ProjectSummary> lines = projects.summaries(repository.sums(area, zonePrefixes, before, scope));
        Map<Integer, Map<String, List<ProjectSummary>>> grouped = new LinkedHashMap<>(); // the sums come in year, kind, status order
        for (ProjectSummary s : lines) {
            grouped.computeIfAbsent(s.year(), y -> new LinkedHashMap<>()).computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        List<ProjectCounts.YearCount> years = new ArrayList<>();
        grouped.forEach((year, kinds) -> {
            List<ProjectCounts.KindCount> counts = new ArrayList<>();
            kinds.forEach((kind, statuses) -> counts.add(kindCount(statuses)));
            years.add(new ProjectCounts.YearCount(year, counts.stream().mapToLong(ProjectCounts.KindCount::count).sum(), counts));
        });
        return new ProjectCounts(lines.stream().mapToLong(ProjectSummary::count).sum(), count(lines, ProjectStatus.COMPLETED),
                count(lines, ProjectStatus.UNDER_CONSTRUCTION), count(lines, ProjectStatus.PLANNED), years);
    }

    private static ProjectCounts.KindCount kindCount(List<ProjectSummary> statuses) {
        ProjectSummary first = statuses.get(0);
        return new ProjectCounts.KindCount(first.kind(), first.kindName(), statuses.stream().mapToLong(ProjectSummary::count).sum(),
                count(statuses, ProjectStatus.COMPLETED), count(statuses, ProjectStatus.UNDER_CONSTRUCTION), count(statuses, ProjectStatus.PLANNED),
                statuses.stream().mapToLong(ProjectSummary::households).sum(), statuses.stream().mapToLong(ProjectSummary::beneficiaries).sum(),
                sum(statuses.stream().map(ProjectSummary::lengthM).toList()), sum(statuses.stream().map(ProjectSummary::areaM2).toList()),
                sum(statuses.stream().map(ProjectSummary::investment).toList()), statuses.stream().map(ProjectSummary::sentence).toList());
    }

    private static long count(List<ProjectSummary> lines, ProjectStatus status) {
        return lines.stream().filter(s -> s.status().equals(status.id())).mapToLong(ProjectSummary::count).sum();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * 项目建设: the projects of the briefing's area for each year its period touches, one sentence per year, kind and
     * status ("大十字街道2021年改造背街小巷31条，…"); nothing when there are none, or when the briefing is narrowed (by
     * source: projects have none).
     */
    @Override
    public List<BriefingSection> sections(BriefingRequest r) {
        if (!r.narrowedOnlyBy()) {
            return List.of();
        }
        List<ProjectSummary> lines = new ArrayList<>();
        for (int year = r.from().getYear(); year <= r.to().getYear(); year++) {
            lines.addAll(projects.summary(r.scope(), new ProjectFilter(null, r.area(), null, year, null)));
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("projects", lines.stream().mapToLong(ProjectSummary::count).sum());
        figures.put("completed", count(lines, ProjectStatus.COMPLETED));
        figures.put("underConstruction", count(lines, ProjectStatus.UNDER_CONSTRUCTION));
        figures.put("planned", count(lines, ProjectStatus.PLANNED));
        figures.put("households", lines.stream().mapToLong(ProjectSummary::households).sum());
        figures.put("beneficiaries", lines.stream().mapToLong(ProjectSummary::beneficiaries).sum());
        String text = ProjectSentence.paragraph(r.areaName(), lines.stream().map(ProjectSummary::sentence).toList());
        return List.of(new BriefingSection("项目建设", text, List.of(), figures, Map.of()));
    }
}
