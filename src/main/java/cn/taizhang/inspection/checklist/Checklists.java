package cn.taizhang.inspection.checklist;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The checklists (检查表) of the sectors: read by everyone (inspections walk them), written by the 系统管理员 in versions.
 * An edit writes version n+1 with all its items; a version once written never changes, so a visit keeps the version it
 * used ({@link #version}). An edit that changes nothing writes nothing.
 */
@Service
public class Checklists {

    private final ChecklistRepository repository;
    private final Organisation organisation;

    Checklists(ChecklistRepository repository, Organisation organisation) {
        this.repository = repository;
        this.organisation = organisation;
    }

    /** The latest version of every checklist, or of a sector's (null: all), in display order. */
    public List<Checklist> currentOf(String sectorOrNull) {
        return repository.currentOf(sectorOrNull);
    }

    /** The latest version of one checklist. */
    public Optional<Checklist> current(String code) {
        return repository.current(code);
    }

    /** A given version of one checklist, as it was written. */
    public Optional<Checklist> version(String code, int version) {
        return repository.version(code, version);
    }

    /** The number of the latest version, without its items. */
    public Optional<Integer> currentVersion(String code) {
        return repository.currentVersion(code);
    }

    /** The versions of a checklist, newest first. */
    List<ChecklistRepository.VersionLine> versions(String code) {
        return repository.versions(code);
    }

    /** Sector names by code, in the catalogue's order. */
    Map<String, String> sectorNames() {
        return organisation.sectors().stream()
                .collect(Collectors.toMap(Sector::code, Sector::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The checklists of a sector (null: all); an unknown sector is a 400 naming {@code sector}. */
    List<Checklist> ofSector(String sector) {
        if (sector != null && !sectorNames().containsKey(sector)) {
            throw Problem.invalid(List.of(new FieldProblem("sector", "UNKNOWN_SECTOR", "sector：没有编码为 " + sector + " 的行业领域")));
        }
        return currentOf(sector);
    }

    /** Adds a checklist as version 1; 409 {@code CODE_TAKEN} if its code is. */
    @Transactional
    public Checklist create(JsonNode body) {
        ChecklistForm.Draft draft = ChecklistForm.creation(body, sectorNames().keySet());
        repository.currentVersion(draft.code()).ifPresent(taken -> {
            throw codeTaken(draft.code());
        });
        Checklist created = new Checklist(draft.code(), draft.sector(), draft.name(), 1, draft.items());
        try {
            repository.insert(created.code(), created.sector());
        } catch (DuplicateKeyException raced) {
            throw codeTaken(draft.code());
        }
        repository.write(created);
        AuditNote.created("checklist", created.code());
        return created;
    }

    /** Writes version n+1 with these items (and name); the current version if nothing changes. 404 for an unknown code. */
    @Transactional
    public Checklist edit(String code, JsonNode body) {
        int current = repository.lockCurrentVersion(code).orElseThrow(() -> notFound(code));
        ChecklistForm.Draft draft = ChecklistForm.edit(body);
        Checklist before = repository.version(code, current).orElseThrow(() -> notFound(code));
        Checklist after = new Checklist(code, before.sector(), draft.name() == null ? before.name() : draft.name(), current + 1, draft.items());
        if (after.name().equals(before.name()) && after.items().equals(before.items())) {
            return before;
        }
        repository.write(after);
        AuditNote.changed("checklist", code, code + "@" + current, code + "@" + after.version());
        return after;
    }

    static Problem notFound(String code) {
        return Problem.notFound("检查表 " + code + " ");
    }

    private static Problem codeTaken(String code) {
        return new Problem(Problem.Kind.CONFLICT, "CODE_TAKEN", "检查表编码 " + code + " 已存在");
    }
}
