package cn.taizhang.registry.person;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.RegistryHistory;
import cn.taizhang.registry.codes.IdNumber;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class PersonController {

    private final Persons persons;
    private final PersonCategories categories;

    PersonController(Persons persons, PersonCategories categories) {
        this.persons = persons;
        this.categories = categories;
    }

    @GetMapping("/person-categories")
    @Operation(summary = "人员类别目录（keyPerson 为重点人员类别），按显示顺序（position）；retired 为已停用的类别：仍列出，已有的人员照旧显示，"
            + "新登记和改换类别不能再选")
    ListResponse<PersonCategory> categories() {
        return ListResponse.of(categories.all());
    }

    @PostMapping("/person-categories")
    @PreAuthorize("hasRole('SYSADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增人员类别（系统管理员）：{code, name, keyPerson}")
    PersonCategory addCategory(@RequestBody JsonNode body) {
        return categories.add(body);
    }

    @PutMapping("/person-categories/{code}")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "修改人员类别（系统管理员）：{name?, keyPerson?, position?, retired?}，未给出的字段不变，编码不能修改；"
            + "retired: true 停用，false 恢复；类别不存在则 404，名称已被其他类别使用则 409")
    public PersonCategory updateCategory(@PathVariable String code, @RequestBody JsonNode body) {
        return categories.update(code, body);
    }

    @GetMapping("/persons")
    @Operation(summary = "人员台账（按辖区）。身份证号码和电话一律脱敏；无权查看者看到的重点人员姓名也脱敏（张**）。"
            + "idNumber 按完整身份证号码精确查找；sort：name、area、updatedAt，前加 - 为倒序")
    ListResponse<Person> list(@AuthenticationPrincipal Caller caller, Scope scope, @ParameterObject PersonQuery query,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, 50);
        return persons.list(caller, scope, query.filter(persons::lookupHash), sort, paging.page(), paging.size());
    }

    @GetMapping("/persons/{id}")
    @Operation(summary = "一名人员（脱敏；ETag 为版本号，修改时放入 If-Match）")
    ResponseEntity<Person> get(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id) {
        Person p = persons.find(caller, scope, id).orElseThrow(Persons::notFound);
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(p);
    }

    @PostMapping("/persons")
    @Operation(summary = "登记人员（本网格的网格员、本辖区的指挥员）：{name, idNumber, phone?, address?, gridCode 或 location, category, "
            + "followUp?, followUpCaseId?, notes?}；身份证号码校验位、出生日期、省份代码有误则拒绝；同一身份证号码只能登记一次（409）")
    ResponseEntity<Saved> create(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
        Person saved = persons.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + saved.id())).eTag(Versions.etag(saved.version()))
                .body(new Saved(saved, warnings(body)));
    }

    @PutMapping("/persons/{id}")
    @Operation(summary = "修改人员（须带 If-Match：读取时的版本；他人已修改则 412）。name、idNumber、phone 不传或按读取时的脱敏值传回则保持不变；"
            + "phone 传 null 或空串则删除")
    ResponseEntity<Saved> update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Person saved = persons.update(caller, id, Versions.expected(ifMatch, "人员"), body);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(new Saved(saved, warnings(body)));
    }

    @GetMapping("/persons/{id}/history")
    @Operation(summary = "人员的修改记录：谁、何时、哪些字段由何值改为何值（最新在前；身份证号码和电话只记脱敏值）")
    ListResponse<RegistryHistory.Entry> history(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id) {
        return ListResponse.of(persons.history(caller, scope, id));
    }

    @GetMapping("/persons/{id}/id-number")
    @Operation(summary = "查看完整身份证号码（默认领导、指挥员，见 taizhang.persons.plain-roles）：须说明原因，查看人、对象、原因记入审计日志")
    ResponseEntity<Map<String, String>> idNumber(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id,
            @Parameter(description = "查看原因（必填，最多 200 字，记入审计日志）", required = true) @RequestParam(required = false) String reason) {
        return plain(Map.of("idNumber", persons.plainIdNumber(caller, scope, id, reason)));
    }

    @GetMapping("/persons/{id}/phone")
    @Operation(summary = "查看完整联系电话（默认领导、指挥员，见 taizhang.persons.plain-roles）：须说明原因，查看人、对象、原因记入审计日志")
    ResponseEntity<Map<String, String>> phone(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id,
            @Parameter(description = "查看原因（必填，最多 200 字，记入审计日志）", required = true) @RequestParam(required = false) String reason) {
        return plain(Map.of("phone", persons.plainPhone(caller, scope, id, reason)));
    }

    /** A plain value is kept by no cache. */
    private static ResponseEntity<Map<String, String>> plain(Map<String, String> body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    /** A stored person and what its writer should still check (a county prefix no longer in force). */
    record Saved(@JsonUnwrapped Person person, List<String> warnings) {
    }

    /** The warnings of the ID number sent, if one was (a stored person is answered only once it passed the checks). */
    private static List<String> warnings(JsonNode body) {
        JsonNode id = body.get("idNumber");
        return id != null && id.isString() ? IdNumber.check(id.asString(), Persons.today()).warnings() : List.of();
    }
}
