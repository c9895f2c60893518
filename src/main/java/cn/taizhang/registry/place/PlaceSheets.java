package cn.taizhang.registry.place;

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

/** The place ledger as Excel: the export of any filtered list (streamed, any length), the import template, the import. */
@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "registry", description = "台账：企业、场所、人员、项目")
class PlaceSheets {

    private final Places places;
    private final PlaceImport imports;
    private final PlaceLedger ledger;
    private final PlaceTypes types;

    PlaceSheets(Places places, PlaceImport imports, PlaceLedger ledger, PlaceTypes types) {
        this.places = places;
        this.imports = imports;
        this.ledger = ledger;
        this.types = types;
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出场所台账（Excel，与列表同样的筛选和排序）")
    ResponseEntity<StreamingResponseBody> export(Scope scope, @ParameterObject PlaceQuery query, @RequestParam(required = false) String sort) {
        PlaceFilter filter = places.filter(query);
        PlaceRepository.ORDER.orderBy(sort); // a bad sort is refused before the download starts
        String name = filter.type() == null ? "场所台账" : types.find(filter.type()).map(t -> t.name().replace('/', '、') + "台账").orElse("场所台账");
        return ExcelSheet.stream(name + ".xlsx", name, ledger.ledger().headers(),
                sink -> places.each(scope, filter, sort, p -> sink.add(ledger.ledger().row(p))));
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "场所台账导入模板（列与导出相同，另附填写说明）")
    ResponseEntity<byte[]> template() {
        return ImportSheets.template("场所台账导入模板.xlsx", "场所台账", imports.format().templateColumns());
    }

    @PostMapping("/imports")
    @Operation(summary = "从 Excel 导入场所（本网格的网格员或本辖区的指挥员）：逐行校验，错误按行、列返回（IMPORT_REJECTED）；场所没有编码，"
            + "以场所类型、名称和所在网格认定同一场所：已登记的更新，没有变化的不动，同一文件再次导入不会重复登记；mode=all（默认）有错则全部不写入，"
            + "mode=valid 只写入无误的行；dryRun=true 只校验不写入")
    PlaceImport.Result importSheet(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) Boolean dryRun) throws IOException {
        return imports.run(caller, LedgerImport.upload(file), LedgerImport.Mode.of(mode), Boolean.TRUE.equals(dryRun));
    }

    @PostMapping("/imports/errors.xlsx")
    @Operation(summary = "场所导入错误清单（Excel）：上传同一文件，得到每个错误的行、列和原因")
    ResponseEntity<byte[]> errors(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file) throws IOException {
        PlaceImport.Result checked;
        try {
            checked = imports.run(caller, LedgerImport.upload(file), LedgerImport.Mode.VALID, true);
        } catch (ImportRejected rejected) {
            return ImportSheets.errors("场所台账导入错误清单.xlsx", rejected.importErrors());
        }
        return ImportSheets.errors("场所台账导入错误清单.xlsx", checked.errors());
    }

}
