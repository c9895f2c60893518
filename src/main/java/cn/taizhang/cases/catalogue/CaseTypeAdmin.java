package cn.taizhang.cases.catalogue;

import cn.taizhang.cases.CaseProblems;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system administrator's changes to the case type catalogue. A change is all or nothing: every bad
 * field is named and nothing is written; an edit must name the version it was made on (the type row is
 * locked while it is checked and written), and a severity that cases carry cannot be removed. Changes
 * apply to what happens afterwards: the deadline of a case is fixed when it is dispatched.
 */
@Service
class CaseTypeAdmin {

    /** A type before and after an edit. */
    record Edited(int before, CaseType after) {
    }

    private final CaseTypes types;
    private final TransactionTemplate tx;

    CaseTypeAdmin(CaseTypes types, TransactionTemplate tx) {
        this.types = types;
        this.tx = tx;
    }

    CaseType create(CaseTypeForm form) {
        if (form.code() != null && types.find(form.code()).isPresent()) {
            throw exists(form.code());
        }
        List<FieldProblem> problems = withNameCheck(form);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        CaseType type = form.toType(1);
        try {
            return tx.execute(status -> {
                if (!types.insert(type)) {
                    throw exists(type.code());
                }
                AuditNote.created("case_type", type.code());
                return types.find(type.code()).orElseThrow();
            });
        } catch (DuplicateKeyException raced) {
            throw nameTaken(type.name());
        }
    }

    Edited update(String code, int expectedVersion, CaseTypeForm form) {
        try {
            return tx.execute(status -> {
                int current = types.lock(code).orElseThrow(() -> Problem.notFound("事项类型 " + code + " "));
                if (current != expectedVersion) {
                    throw CaseProblems.typeVersionMismatch(code);
                }
                List<FieldProblem> problems = withNameCheck(form);
                if (!problems.isEmpty()) {
                    throw Problem.invalid(problems);
                }
                CaseType type = form.toType(current);
                CaseType before = types.find(code).orElseThrow();
                List<String> kept = type.severities().stream().map(CaseType.Severity::code).toList();
                List<String> removed = before.severities().stream().map(CaseType.Severity::code).filter(s -> !kept.contains(s)).toList();
                List<String> inUse = types.severitiesInUse(code, removed);
                if (!inUse.isEmpty()) {
                    throw severityInUse(before, inUse);
                }
                if (!types.update(type, expectedVersion)) {
                    throw CaseProblems.typeVersionMismatch(code);
                }
                CaseType after = types.find(code).orElseThrow();
                AuditNote.changed("case_type", code, Integer.toString(current), Integer.toString(after.version()));
                return new Edited(current, after);
            });
        } catch (DuplicateKeyException raced) {
            throw nameTaken(form.name());
        } catch (DataIntegrityViolationException raced) {
            if (!foreignKeyViolation(raced)) {
                throw raced;
            }
            // a case of a removed severity was reported while the edit was being written
            throw new Problem(Problem.Kind.CONFLICT, "SEVERITY_IN_USE", "要删除的等级刚被新上报的事项使用，不能删除，请刷新后重试");
        }
    }

    private static boolean foreignKeyViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23503".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private List<FieldProblem> withNameCheck(CaseTypeForm form) {
        List<FieldProblem> problems = new ArrayList<>(form.problems());
        if (form.name() != null && form.code() != null && types.nameTaken(form.name(), form.code())) {
            problems.add(nameProblem(form.name()));
        }
        return problems;
    }

    private static FieldProblem nameProblem(String name) {
        return new FieldProblem("name", "DUPLICATE_NAME", "name：已有名为“" + name + "”的事项类型");
    }

    private static Problem nameTaken(String name) {
        return Problem.invalid(List.of(nameProblem(name)));
    }

    private static Problem exists(String code) {
        return new Problem(Problem.Kind.CONFLICT, "CASE_TYPE_EXISTS", "事项类型 " + code + " 已存在，如需修改请用 PUT /api/v1/case-types/" + code);
    }

    private static Problem severityInUse(CaseType type, List<String> inUse) {
        List<String> named = inUse.stream()
                .map(code -> type.severity(code).map(s -> s.name() + "（" + code + "）").orElse(code)).toList();
        return new Problem(Problem.Kind.CONFLICT, "SEVERITY_IN_USE",
                type.name() + "的等级 " + String.join("、", named) + " 已有事项使用，不能删除",
                inUse.stream().map(code -> new FieldProblem("severities", "SEVERITY_IN_USE", "等级 " + code + " 已有事项使用，不能删除")).toList());
    }
}
