package cn.taizhang.registry.project;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.excel.ImportRejected;
import cn.taizhang.platform.excel.ImportSheets;
import cn.taizhang.registry.LedgerImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The project ledger as Excel: the export of any filtered list (streamed, any length), the import template, the import. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class ProjectSheets {

    private final Projects projects;
    private final ProjectImport imports;
    private final ProjectLedger ledger;
    private final ProjectKinds kinds;

    ProjectSheets(Projects projects, ProjectImport imports, ProjectLedger ledger, ProjectKinds kinds) {
        this.projects = projects;
        this.imports = imports;
        this.ledger = ledger;
        this.kinds = kinds;
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出项目台账（Excel，与列表同样的筛选和排序）")
    ResponseEntity<StreamingResponseBody> export(Scope scope, @ParameterObject ProjectQuery query, @RequestParam(required = false) String sort) {
        ProjectFilter filter = projects.filter(query);
        ProjectRepository.ORDER.orderBy(sort); // a bad sort is refused before the download starts
        String name = (filter.year() == null ? "" : filter.year() + "年")
                + (filter.kind() == null ? "项目台账" : kinds.find(filter.kind()).map(k -> k.name().replace('/', '、') + "项目台账").orElse("项目台账"));
        return ExcelSheet.stream(name + ".xlsx", name, ledger.ledger().headers(),
                sink -> projects.each(scope, filter, sort, p -> sink.add(ledger.ledger().row(p))));
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "项目台账导入模板（列与导出相同，另附填写说明）")
    ResponseEntity<byte[]> template() {
        return ImportSheets.template("项目台账导入模板.xlsx", "项目台账", imports.format().templateColumns());
    }

    @PostMapping("/imports")
    @Operation(summary = "从 Excel 导入项目（本辖区的指挥员或领导）：逐行校验，错误按行、列返回（IMPORT_REJECTED）；"
            + "以项目类别、名称和计划年度认定同一项目：已登记的更新，没有变化的不动，同一文件再次导入不会重复登记；mode=all（默认）有错则全部不写入，"
            + "mode=valid 只写入无误的行；dryRun=true 只校验不写入")
    ProjectImport.Result importSheet(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) Boolean dryRun) throws IOException {
        return imports.run(caller, LedgerImport.upload(file), LedgerImport.Mode.of(mode), Boolean.TRUE.equals(dryRun));
    }

    @PostMapping("/imports/errors.xlsx")
    @Operation(summary = "项目导入错误清单（Excel）：上传同一文件，得到每个错误的行、列和原因")
    ResponseEntity<byte[]> errors(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file) throws IOException {
        ProjectImport.Result checked;
        try {
            checked = imports.run(caller, LedgerImport.upload(file), LedgerImport.Mode.VALID, true);
        } catch (ImportRejected rejected) {
            return ImportSheets.errors("项目台账导入错误清单.xlsx", rejected.importErrors());
        }
        return ImportSheets.errors("项目台账导入错误清单.xlsx", checked.errors());
    }

}
