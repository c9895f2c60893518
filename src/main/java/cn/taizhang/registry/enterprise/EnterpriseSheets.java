package cn.taizhang.registry.enterprise;

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

/** The enterprise ledger as Excel: the export of any filtered list (streamed, any length), the import template, the import. */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class EnterpriseSheets {

    private final Enterprises enterprises;
    private final EnterpriseImport imports;
    private final EnterpriseLedger ledger;

    EnterpriseSheets(Enterprises enterprises, EnterpriseImport imports, EnterpriseLedger ledger) {
        this.enterprises = enterprises;
        this.imports = imports;
        this.ledger = ledger;
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出企业台账（Excel，与列表同样的筛选；三库合一各库分别导出：unionFounded=true、status=deregistered、status=lost_contact）")
    ResponseEntity<StreamingResponseBody> export(Scope scope, @ParameterObject EnterpriseQuery query, @RequestParam(required = false) String sort) {
        EnterpriseFilter filter = query.filter();
        EnterpriseRepository.ORDER.orderBy(sort); // a bad sort is refused before the download starts
        String name = title(filter);
        return ExcelSheet.stream(name + ".xlsx", name, ledger.ledger().headers(),
                sink -> enterprises.each(scope, filter, sort, e -> sink.add(ledger.ledger().row(e))));
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "企业台账导入模板（列与导出相同，另附填写说明）")
    ResponseEntity<byte[]> template() {
        return ImportSheets.template("企业台账导入模板.xlsx", "企业台账", imports.format().templateColumns());
    }

    @PostMapping("/imports")
    @Operation(summary = "从 Excel 导入企业（本辖区指挥员或监管部门检查、处置人员）：逐行校验，错误按行、列返回（IMPORT_REJECTED）；mode=all（默认）"
            + "有错则全部不写入，mode=valid 只写入无误的行；dryRun=true 只校验不写入；同一文件再次导入不会重复登记")
    EnterpriseImport.Result importSheet(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) Boolean dryRun) throws IOException {
        return imports.run(caller, LedgerImport.upload(file), LedgerImport.Mode.of(mode), Boolean.TRUE.equals(dryRun));
    }

    @PostMapping("/imports/errors.xlsx")
    @Operation(summary = "导入错误清单（Excel）：上传同一文件，得到每个错误的行、列和原因")
    ResponseEntity<byte[]> errors(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file) throws IOException {
        EnterpriseImport.Result checked;
        try {
            checked = imports.run(caller, LedgerImport.upload(file), LedgerImport.Mode.VALID, true);
        } catch (ImportRejected rejected) {
            return ImportSheets.errors("企业台账导入错误清单.xlsx", rejected.importErrors());
        }
        return ImportSheets.errors("企业台账导入错误清单.xlsx", checked.errors());
    }


    /** The file's name: the union ledger it is, if it is one of the three (三库合一), else the registry's. */
    private static String title(EnterpriseFilter f) {
        if (EnterpriseStatus.DEREGISTERED == f.status()) {
            return "注销企业登记库";
        }
        if (EnterpriseStatus.LOST_CONTACT == f.status()) {
            return "失联企业报备库";
        }
        return Boolean.TRUE.equals(f.unionFounded()) ? "建会企业信息库" : "企业台账";
    }
}
