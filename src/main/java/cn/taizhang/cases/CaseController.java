package cn.taizhang.cases;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.reporting.BatchReporting;
import cn.taizhang.cases.reporting.CaseReporting;
import cn.taizhang.cases.reporting.NewCase;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.JsonFailures;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.ProblemResponses;
import cn.taizhang.platform.web.TextCharacters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases", description = "事项办理闭环：上报、立案、派遣、处置、核查结案")
class CaseController {

    static final int MAX_BATCH = 500;

    private final CaseReporting reporting;
    private final BatchReporting batches;
    private final CaseActions actions;
    private final CaseRepository cases;
    private final CaseViews views;
    private final JsonMapper json;

    CaseController(CaseReporting reporting, BatchReporting batches, CaseActions actions, CaseRepository cases, CaseViews views,
            JsonMapper json) {
        this.json = json;
        this.reporting = reporting;
        this.batches = batches;
        this.actions = actions;
        this.cases = cases;
        this.views = views;
    }

    @PostMapping
    @Operation(summary = "上报事项（可凭 clientId 或 Idempotency-Key 安全重试）")
    ResponseEntity<CaseView> report(@AuthenticationPrincipal Caller caller, @RequestBody NewCase report,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Actor actor = Actor.of(caller);
        CaseReporting.Reported reported = reporting.report(actor, report, key);
        if (!reported.created()) { // a retry: its row, written after the answer, names the earlier case
            AuditNote.changed("case", Long.toString(reported.row().id()), null, null);
        }
        return ResponseEntity.created(URI.create("/api/v1/cases/" + reported.row().id()))
                .eTag(CaseProblems.etag(reported.row().version())).body(views.reported(List.of(reported.row()), actor).get(0));
    }

    @PostMapping("/batch")
    @Operation(summary = "批量上报事项（每条须带 clientId，逐条答复，可整批重放）")
    ListResponse<JsonNode> batch(@AuthenticationPrincipal Caller caller, @RequestBody Batch batch) {
        if (batch.items() == null || batch.items().isEmpty() || batch.items().size() > MAX_BATCH) {
            throw CaseProblems.field("items", "OUT_OF_RANGE", "一次须上报 1 到 " + MAX_BATCH + " 条");
        }
        Actor actor = Actor.of(caller);
        List<ObjectNode> answers = new ArrayList<>();
        List<NewCase> reports = new ArrayList<>();
        List<ObjectNode> pending = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            JsonNode item = batch.items().get(i);
            String clientId = item != null && item.path("clientId").isString() ? item.path("clientId").asString() : null;
            ObjectNode answer = json.createObjectNode().put("clientId", TextCharacters.replaced(clientId));
            answers.add(answer);
            Problem refused = item == null || !item.isObject()
                    ? CaseProblems.field("items[" + i + "]", "INVALID_FIELD", "items[" + i + "]：每条上报须为 JSON 对象")
                    : null;
            if (refused == null) {
                try {
                    // the application's mapper, which checks the characters of every string (platform.web.InputJson)
                    reports.add(json.treeToValue(item, NewCase.class));
                    pending.add(answer);
                } catch (tools.jackson.core.JacksonException e) {
                    refused = JsonFailures.problem(e, "items[" + i + "].");
                }
            }
            if (refused != null) {
                answer.put("status", 400);
                answer.set("problem", problem(refused));
            }
        }
        List<BatchReporting.Outcome> outcomes = batches.reportAll(actor, reports);
        List<CaseView> views = this.views.reported(outcomes.stream().filter(o -> o.reported() != null).map(o -> o.reported().row()).toList(), actor);
        int next = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            BatchReporting.Outcome outcome = outcomes.get(i);
            ObjectNode answer = pending.get(i);
            if (outcome.problem() != null) {
                answer.put("status", ProblemResponses.status(outcome.problem()).value());
                answer.set("problem", problem(outcome.problem()));
            } else {
                answer.put("status", outcome.reported().created() ? 201 : 200);
                answer.set("case", json.valueToTree(views.get(next++)));
            }
        }
        return ListResponse.of(answers.stream().map(a -> (JsonNode) a).toList());
    }

    record Batch(List<JsonNode> items) {
    }

    /** The same members as a problem+json answer, for one item of a batch. */
    private JsonNode problem(Problem p) {
        var node = json.createObjectNode().put("status", ProblemResponses.status(p).value()).put("code", p.code()).put("detail", p.getMessage());
        if (!p.errors().isEmpty()) {
            node.set("errors", json.valueToTree(p.errors()));
        }
        return node;
    }

    @GetMapping("/{id}")
    @Operation(summary = "事项详情（ETag 为版本号）")
    ResponseEntity<CaseView> get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        Actor actor = Actor.of(caller);
        CaseRow row = cases.find(id, actor.visibility()).orElseThrow(CaseProblems::notFound);
        return ResponseEntity.ok().eTag(CaseProblems.etag(row.version())).body(views.of(row, actor));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "事项办理过程（时间线）")
    ListResponse<TimelineEntry> timeline(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        CaseRow row = cases.find(id, Actor.of(caller).visibility()).orElseThrow(CaseProblems::notFound);
        return ListResponse.of(cases.timeline(row.id()));
    }

    @PostMapping("/{id}/actions/{action}")
    @Operation(summary = "办理操作：立案、不予立案、派遣、退回、处置、核查、延期、缓办、督办、重新办理（须带 If-Match）")
    ResponseEntity<CaseView> act(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @Parameter(schema = @Schema(allowableValues = {"register", "reject", "dispatch", "return", "handle", "verify",
                    "request-extension", "approve-extension", "refuse-extension", "defer", "resume", "supervise", "reopen"}))
            @PathVariable String action,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody(required = false) ActionRequest body) {
        Action a = Action.fromCode(action).orElseThrow(() -> Problem.notFound("操作 " + action));
        Actor actor = Actor.of(caller);
        CaseRow row = actions.perform(actor, id, a, ifMatch, body);
        return ResponseEntity.ok().eTag(CaseProblems.etag(row.version())).body(views.of(row, actor));
    }
}
