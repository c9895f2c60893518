package cn.taizhang.registry.person;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.PersonalDataExported;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.excel.ImportRejected;
import cn.taizhang.platform.excel.ImportSheets;
import cn.taizhang.registry.LedgerImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The persons ledger as Excel: the export of any filtered list (streamed, any length) masked exactly as the list shows
 * it — ID numbers and phones always, key persons' names for those without the right — and audited, one row per export
 * naming who took what; the import template; the import.
 */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class PersonSheets {

    private final Persons persons;
    private final PersonImport imports;
    private final PersonLedger ledger;
    private final PersonCategories categories;
    private final ApplicationEventPublisher events;

    PersonSheets(Persons persons, PersonImport imports, PersonLedger ledger, PersonCategories categories, ApplicationEventPublisher events) {
        this.persons = persons;
        this.imports = imports;
        this.ledger = ledger;
        this.categories = categories;
        this.events = events;
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出人员台账（Excel，与列表同样的筛选）：身份证号码、电话一律脱敏，重点人员姓名对无权查看者脱敏，与页面所见相同；"
            + "每次导出记入审计日志（导出人、筛选条件、条数）。q 只按姓名查找，含身份证号码或电话号码则拒绝（400）")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Caller caller, Scope scope, @ParameterObject PersonQuery query,
            @RequestParam(required = false) String sort) {
        PersonFilter filter = query.filter(persons::lookupHash);
        Persons.order(persons.seesPlainly(caller)).orderBy(sort); // a bad sort is refused before the download starts
        long rows = persons.count(caller, scope, filter);
        events.publishEvent(new PersonalDataExported(Persons.REGISTRY, "人员台账导出：" + filter.describe(this::categoryName) + "；共 " + rows
                + " 条；身份证号码、联系电话脱敏" + (persons.seesPlainly(caller) ? "" : "，重点人员姓名脱敏")));
        return ExcelSheet.stream("人员台账.xlsx", "人员台账", ledger.ledger().headers(),
                sink -> persons.each(caller, scope, filter, sort, p -> sink.add(ledger.ledger().row(p))));
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "人员台账导入模板（列与导出相同，另附填写说明）")
    ResponseEntity<byte[]> template() {
        return ImportSheets.template("人员台账导入模板.xlsx", "人员台账", imports.format().templateColumns());
    }

    @PostMapping("/imports")
    @Operation(summary = "从 Excel 导入人员（本网格的网格员、本辖区的指挥员）：逐行校验，错误按行、列返回（IMPORT_REJECTED，不含身份证号码和电话）；"
            + "按身份证号码识别已登记的人员：有变化则更新，无变化不动；导出的台账保留“人员编号”列，脱敏的身份证号码、电话保持原值；"
            + "mode=all（默认）有错则全部不写入，mode=valid 只写入无误的行；dryRun=true 只校验不写入；同一文件再次导入不会重复登记")
    PersonImport.Result importSheet(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) Boolean dryRun) throws IOException {
        return imports.run(caller, LedgerImport.upload(file), LedgerImport.Mode.of(mode), Boolean.TRUE.equals(dryRun));
    }

    @PostMapping("/imports/errors.xlsx")
    @Operation(summary = "人员导入错误清单（Excel）：上传同一文件，得到每个错误的行、列和原因")
    ResponseEntity<byte[]> errors(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file) throws IOException {
        PersonImport.Result checked;
        try {
            checked = imports.run(caller, LedgerImport.upload(file), LedgerImport.Mode.VALID, true);
        } catch (ImportRejected rejected) {
            return ImportSheets.errors("人员台账导入错误清单.xlsx", rejected.importErrors());
        }
        return ImportSheets.errors("人员台账导入错误清单.xlsx", checked.errors());
    }

    private String categoryName(String code) {
        return categories.find(code).map(PersonCategory::name).orElse(code);
    }

}
