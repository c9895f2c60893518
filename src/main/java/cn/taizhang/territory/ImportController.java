package cn.taizhang.territory;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ImportRejection;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of division lists and grid polygons by the system administrator. The handlers are public so
 * that method security, once enabled, proxies them whatever proxy style it uses.
 */
@RestController
@PreAuthorize("hasRole('SYSADMIN')")
class ImportController {

    private final TerritoryImport imports;

    ImportController(TerritoryImport imports) {
        this.imports = imports;
    }

    @PostMapping("/api/v1/territory/imports/divisions")
    public ResponseEntity<?> divisions(@RequestParam(required = false) MultipartFile file, HttpServletRequest request) throws IOException {
        try (InputStream in = upload(file)) {
            return answer(imports.importDivisions(in), request);
        }
    }

    @PostMapping("/api/v1/territory/imports/grids")
    public ResponseEntity<?> grids(@RequestParam(required = false) MultipartFile file, HttpServletRequest request) throws IOException {
        try (InputStream in = upload(file)) {
            return answer(imports.importGrids(in), request);
        }
    }

    private static InputStream upload(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw Problem.invalid(List.of(new FieldProblem("file", "REQUIRED", "file：请上传要导入的文件")));
        }
        return file.getInputStream();
    }

    // A rejection carries the report's own errors (line or index, code, detail) rather than field problems.
    private static ResponseEntity<?> answer(ImportReport report, HttpServletRequest request) {
        if (report.imported()) {
            return ResponseEntity.ok(report);
        }
        return ImportRejection.of(report.errors(), request.getRequestURI());
    }
}
