package cn.taizhang.registry.project;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.RegistryHistory;
import cn.taizhang.territory.AreaLevel;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The project registry (项目台账). Everyone sees the projects in their jurisdiction; the 指挥员 and the leaders of the area
 * register and edit them and note their progress. Every change is written with its history line and its audit row in
 * one transaction; an edit carries the version it read. The roll-up adds up, per year, kind and status, what the caller
 * sees, and writes each line as a report's sentence.
 */
@Service
public class Projects {

    static final String REGISTRY = "project";
    static final int MAX_PROGRESS = 1000;
    private static final Set<String> PROGRESS_FIELDS = Set.of("date", "text");

    private final ProjectRepository projects;
    private final ProjectViews views;
    private final ProjectKinds kinds;
    private final RegistryHistory history;
    private final Territory territory;
    private final ProjectLedger ledger;
    private final ProgressPhotoRepository photos;

    Projects(ProjectRepository projects, ProjectViews views, ProjectKinds kinds, RegistryHistory history, Territory territory,
            ProjectLedger ledger, ProgressPhotoRepository photos) {
        this.projects = projects;
        this.views = views;
        this.kinds = kinds;
        this.history = history;
        this.territory = territory;
        this.ledger = ledger;
        this.photos = photos;
    }

    public Optional<Project> find(Scope scope, long id) {
        return projects.find(id, scope).map(views::of);
    }

    public ListResponse<Project> list(Scope scope, ProjectFilter filter, String sort, int page, int size) {
        String orderBy = ProjectRepository.ORDER.orderBy(sort);
        return new ListResponse<>(views.of(projects.list(scope, filter, orderBy, page * size, size)), projects.count(scope, filter));
    }

    /** Every project the filter selects, in order, one at a time (an export of any length). */
    @Transactional(readOnly = true)
    public void each(Scope scope, ProjectFilter filter, String sort, Consumer<Project> consumer) {
        String orderBy = ProjectRepository.ORDER.orderBy(sort);
        var view = views.streaming();
        projects.each(scope, filter, orderBy, row -> consumer.accept(view.apply(row)));
    }

    /** The projects the caller sees and the filter selects, added up per year, kind and status, each with its sentence. */
    public List<ProjectSummary> summary(Scope scope, ProjectFilter filter) {
        return summaries(projects.sums(scope, filter));
    }

    /** Sums per year, kind and status as the roll-up shows them: with the kind's name and the report's sentence. */
    List<ProjectSummary> summaries(List<ProjectRepository.Sums> sums) {
        Map<String, ProjectKind> byCode = kinds.byCode();
        return sums.stream().map(s -> {
            ProjectKind kind = byCode.get(s.kindCode());
            ProjectSentence.Wording wording = kind == null ? new ProjectSentence.Wording("实施项目", "个", "总长") : kind.wording();
            String sentence = ProjectSentence.of(wording, new ProjectSentence.Figures(s.year(), s.status(), s.count(), s.households(),
                    s.beneficiaries(), s.lengthM(), s.areaM2(), s.investment()));
            return new ProjectSummary(s.year(), s.kindCode(), kind == null ? s.kindCode() : kind.name(), s.status().id(), s.status().label(),
                    s.count(), s.households(), s.beneficiaries(), s.lengthM(), s.areaM2(), s.investment(), sentence);
        }).toList();
    }

    /** A progress note to store in bulk ({@link #storeProgressAll}): the project's id, its day and text, and who wrote it. */
    public record NewProgress(long projectId, LocalDate date, String text, String authorName) {
    }

    /** Stores projects as they are, in one batch without history lines (the demo's ledger); answers their ids in order. */
    @Transactional
    public List<Long> storeAll(List<NewProject> all) {
        return projects.insertAll(all);
    }

    /** Stores progress notes as they are, without an author account (the demo's ledger); callers vouch for every field. */
    @Transactional
    public void storeProgressAll(List<NewProgress> notes) {
        notes.forEach(n -> projects.addProgress(n.projectId(), n.date(), n.text(), null, n.authorName()));
    }

    /**
     * The form as an import runs it row after row: the same checks as {@link #create}, the catalogue read once. A row may
     * keep a retired kind when it names a project registered with it (an exported sheet imported again), as an edit may.
     */
    Function<JsonNode, NewProject> form(Scope scope) {
        ProjectForm.Lookups lookups = lookups(scope);
        return body -> ProjectForm.read(body, lookups, keptKind(body, lookups));
    }

    /** The row's kind if it is retired and the row's key (kind, name, year) names a registered project; else null. */
    private String keptKind(JsonNode body, ProjectForm.Lookups lookups) {
        String kind = FormReader.plainText(body.get("kind"));
        String name = FormReader.plainText(body.get("name"));
        JsonNode year = body.get("year");
        if (kind == null || name == null || year == null || !year.canConvertToInt() || lookups.kind(kind).filter(ProjectKind::retired).isEmpty()) {
            return null;
        }
        NewProject key = new NewProject(kind, name, null, year.intValue(), null, null, null, null, null, null, null);
        return projects.findByKeys(List.of(key)).isEmpty() ? null : kind;
    }

    /** Checks list parameters, the kind against the catalogue. */
    ProjectFilter filter(ProjectQuery query) {
        return query.filter(this::kindKnown);
    }

    ProjectFilter filter(ProjectSummaryQuery query) {
        return query.filter(this::kindKnown);
    }

    private boolean kindKnown(String code) {
        return kinds.find(code).isPresent();
    }

    public List<RegistryHistory.Entry> history(Scope scope, long id) {
        find(scope, id).orElseThrow(Projects::notFound);
        return history.of(REGISTRY, id);
    }

    @Transactional
    public Project create(Caller caller, JsonNode body) {
        Scope scope = writerScope(caller);
        NewProject p = ProjectForm.read(body, lookups(scope), null);
        long id = projects.insert(p);
        Project saved = find(scope, id).orElseThrow();
        history.created(REGISTRY, id, caller, ledger.ledger().labels(), ledger.ledger().texts(saved));
        return saved;
    }

    @Transactional
    public Project update(Caller caller, long id, int expectedVersion, JsonNode body) {
        Scope scope = writerScope(caller);
        Project before = find(scope, id).orElseThrow(Projects::notFound);
        if (before.version() != expectedVersion) {
            throw Versions.stale("项目");
        }
        NewProject p = ProjectForm.read(body, lookups(scope), before.kind());
        if (!projects.update(id, expectedVersion, p)) {
            throw Versions.stale("项目");
        }
        Project after = find(scope, id).orElseThrow();
        history.updated(REGISTRY, id, caller, ledger.ledger().labels(), ledger.ledger().texts(before), ledger.ledger().texts(after), before.version(),
                after.version());
        return after;
    }

    /** A project's progress notes with their photos, the latest day first. */
    public List<ProgressNote> progress(Scope scope, long id) {
        find(scope, id).orElseThrow(Projects::notFound);
        List<ProgressNote> notes = projects.progress(id);
        Map<Long, List<ProgressPhoto>> byNote = photos.of(id, notes.stream().map(ProgressNote::id).toList());
        return notes.stream().map(n -> n.withPhotos(byNote.getOrDefault(n.id(), List.of()))).toList();
    }

    /** Notes a project's progress on a day (not after today); the project's own record and version are left as they are. */
    @Transactional
    public ProgressNote addProgress(Caller caller, long id, JsonNode body) {
        Scope scope = writerScope(caller);
        find(scope, id).orElseThrow(Projects::notFound);
        FormReader form = new FormReader();
        if (!form.object(body, PROGRESS_FIELDS, "")) {
            form.check();
        }
        LocalDate date = form.date(body.get("date"), "date", "进展日期");
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        if (date != null && date.isAfter(today)) {
            form.problem("date", "IN_FUTURE", "date：进展日期不能晚于今天 " + today);
        }
        String text = form.text(body.get("text"), "text", "进展情况", MAX_PROGRESS, true);
        form.check();
        long noteId = projects.addProgress(id, date, text, caller.id(), caller.name());
        AuditNote.created("project_progress", Long.toString(noteId));
        return projects.progressNote(noteId).orElseThrow();
    }

    /** True if the caller registers and edits projects: a 指挥员 or a leader of an area (not of a department). */
    public static boolean writer(Caller caller) {
        return caller.departmentId() == null && (caller.has(Role.DISPATCHER) || caller.has(Role.LEADER));
    }

    static Scope writerScope(Caller caller) {
        if (!writer(caller)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有本辖区的指挥员和领导可以登记、修改项目和填写项目进展");
        }
        return caller.scope();
    }

    private ProjectForm.Lookups lookups(Scope scope) {
        Map<String, ProjectKind> known = kinds.byCode();
        Map<String, Boolean> reach = new HashMap<>(); // an area looked up once per form or import
        return new ProjectForm.Lookups() {
            @Override
            public Optional<ProjectKind> kind(String kindCode) {
                return Optional.ofNullable(known.get(kindCode));
            }

            @Override
            public boolean areaInReach(String areaCode) {
                return reach.computeIfAbsent(areaCode, code -> territory.find(code, scope).filter(a -> a.level() != AreaLevel.COUNTY).isPresent());
            }
        };
    }

    static Problem notFound() {
        return Problem.notFound("项目");
    }
}
