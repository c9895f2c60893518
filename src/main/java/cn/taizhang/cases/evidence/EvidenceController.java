package cn.taizhang.cases.evidence;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.Actor;
import cn.taizhang.cases.CaseProblems;
import cn.taizhang.cases.CaseRepository;
import cn.taizhang.cases.CaseRow;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.photos.Photo;
import cn.taizhang.platform.photos.PhotoStore;
import cn.taizhang.platform.web.ListResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/cases/{id}/evidence")
@Tag(name = "cases", description = "事项办理闭环：上报、立案、派遣、处置、核查结案")
class EvidenceController {

    static final int MAX_PER_CASE = 9;

    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final PhotoStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    EvidenceController(CaseRepository cases, EvidenceRepository evidence, PhotoStore store, JdbcClient jdbc, TransactionTemplate tx) {
        this.cases = cases;
        this.evidence = evidence;
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    record Uploaded(long id, String kind, String contentType, int size, String sha256) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传事项照片（整改前 before / 整改后 after；JPEG 或 PNG，按内容完整解码校验，每张不超过 5MB，每件最多 9 张）")
    ResponseEntity<Uploaded> upload(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam("kind") String kind) throws IOException {
        Actor actor = Actor.of(caller);
        CaseRow row = cases.find(id, actor.visibility()).orElseThrow(CaseProblems::notFound);
        if (actor.capacities(row).isEmpty() && row.reporterId() != actor.id()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "您不参与办理该事项，不能上传照片");
        }
        if (!row.state().open()) {
            throw new Problem(Problem.Kind.CONFLICT, "CASE_CLOSED", "事项已办结或不予立案，不能再上传照片");
        }
        if (!Set.of("before", "after").contains(kind)) {
            throw CaseProblems.field("kind", "INVALID_FIELD", "kind 须为 before（整改前）或 after（整改后）");
        }
        Photo photo = Photo.of(file);
        long evidenceId = tx.execute(status -> {
            // the case row lock serialises uploads to one case, so the limit holds under concurrency
            jdbc.sql("SELECT id FROM case_record WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
            if (evidence.count(id) >= MAX_PER_CASE) {
                throw new Problem(Problem.Kind.INVALID, "TOO_MANY_IMAGES", "每件事项最多上传 " + MAX_PER_CASE + " 张照片");
            }
            // after every check, so a refused upload writes no file; before the row, so a committed row has its bytes
            store.put(photo.bytes());
            long inserted = evidence.insert(id, photo.sha256(), kind, photo.contentType(), photo.size(), actor.id());
            AuditNote.created("case_evidence", Long.toString(inserted));
            return inserted;
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(new Uploaded(evidenceId, kind, photo.contentType(), photo.size(), photo.sha256()));
    }

    @GetMapping
    @Operation(summary = "事项的照片清单")
    ListResponse<Uploaded> list(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        CaseRow row = cases.find(id, Actor.of(caller).visibility()).orElseThrow(CaseProblems::notFound);
        return ListResponse.of(evidence.all(row.id()).stream()
                .map(e -> new Uploaded(e.id(), e.kind(), e.contentType(), e.size(), e.sha256())).toList());
    }

    @GetMapping("/{evidenceId}")
    @Operation(summary = "查看事项照片（仅限可查看该事项者）")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long evidenceId) {
        CaseRow row = cases.find(id, Actor.of(caller).visibility()).orElseThrow(CaseProblems::notFound);
        EvidenceRepository.Evidence e = evidence.find(row.id(), evidenceId).orElseThrow(() -> Problem.notFound("照片"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.contentType()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, max-age=3600")
                .body(store.get(e.sha256()));
    }
}
