package cn.taizhang.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The answer to a file import refused as a whole: 400 IMPORT_REJECTED carrying every bad row as the importer reported it. */
public final class ImportRejection {

    private ImportRejection() {
    }

    public static ResponseEntity<ProblemDetail> of(List<?> errors, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "导入被拒绝：发现" + errors.size() + "处错误，未写入任何数据");
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setInstance(URI.create(instance));
        problem.setProperty("code", "IMPORT_REJECTED");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
