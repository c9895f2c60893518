package cn.taizhang.access;

import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.NewStaff;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.platform.web.ProblemResponses;
import cn.taizhang.territory.Territory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 安全管理员's accounts (账号管理): search and pages, create, edit roles and jurisdiction, disable and enable, reset
 * a password — the temporary one shown once, on the next page only — and unlock. Plain forms, each answered by a redirect
 * to the account in the list; the checks are the API's ({@link Organisation}), administrators' accounts are read-only.
 */
@Controller
@PreAuthorize("hasRole('SECADMIN')")
class AccountPages {

    private static final int PAGE_SIZE = 30;

    private final Organisation organisation;
    private final Territory territory;
    private final AccountLocks locks;
    private final Validator validator;

    AccountPages(Organisation organisation, Territory territory, AccountLocks locks, Validator validator) {
        this.organisation = organisation;
        this.territory = territory;
        this.locks = locks;
        this.validator = validator;
    }

    @GetMapping("/accounts")
    String list(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) String area, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        StaffFilter filter = new StaffFilter(q, role, area, null);
        ListResponse<StaffMember> accounts = organisation.staff(scope, filter, sort, paging.page(), paging.size());
        model.addAttribute("accounts", accounts);
        model.addAttribute("areaNames", territory.names(accounts.items().stream().map(StaffMember::jurisdictionCode).distinct().toList(), scope));
        model.addAttribute("roles", Role.values());
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("area", area);
        model.addAttribute("list", new ListPage("/accounts", ListPage.query(filter.parameters()), sort, paging.page(), paging.size(), accounts.total()));
        return "access/accounts";
    }

    @GetMapping("/accounts/new")
    String newAccount(Scope scope, Model model) {
        return form(scope, model, AccountForm.empty(), null, List.of());
    }

    @PostMapping("/accounts/new")
    String create(Scope scope, AccountForm form, Model model, HttpServletResponse response, RedirectAttributes next) {
        NewStaff member = form.toNewStaff();
        try {
            StaffMember created = organisation.create(scope, checked(member));
            next.addFlashAttribute("temporary", new Temporary(created.username(), member.password()));
            next.addFlashAttribute("message", "已新建账号 " + created.username());
            return listOf(created.username(), next);
        } catch (Problem problem) {
            response.setStatus(ProblemResponses.status(problem).value());
            return form(scope, model, form, null, problems(problem));
        }
    }

    @GetMapping("/accounts/{id}")
    String edit(Scope scope, @PathVariable long id, Model model) {
        StaffMember member = member(scope, id);
        return form(scope, model, AccountForm.of(member), member, List.of());
    }

    @PostMapping("/accounts/{id}")
    String update(Scope scope, @PathVariable long id, AccountForm form, Model model, HttpServletResponse response, RedirectAttributes next) {
        StaffMember member = member(scope, id);
        try {
            StaffMember updated = organisation.update(scope, id, checked(form.toEdit())).orElseThrow(() -> Problem.notFound("人员"));
            next.addFlashAttribute("message", "已保存账号 " + updated.username());
            return listOf(updated.username(), next);
        } catch (Problem problem) {
            response.setStatus(ProblemResponses.status(problem).value());
            return form(scope, model, form, member, problems(problem));
        }
    }

    @PostMapping("/accounts/{id}/disable")
    String disable(Scope scope, @PathVariable long id, RedirectAttributes next) {
        return act(scope, id, next, m -> organisation.setEnabled(scope, id, false).map(x -> "已停用账号 " + m.username() + "，其登录和访问令牌已失效"));
    }

    @PostMapping("/accounts/{id}/enable")
    String enable(Scope scope, @PathVariable long id, RedirectAttributes next) {
        return act(scope, id, next, m -> organisation.setEnabled(scope, id, true).map(x -> "已启用账号 " + m.username()));
    }

    @PostMapping("/accounts/{id}/password-reset")
    String resetPassword(Scope scope, @PathVariable long id, RedirectAttributes next) {
        return act(scope, id, next, m -> organisation.resetPassword(scope, id).map(temporary -> {
            next.addFlashAttribute("temporary", new Temporary(m.username(), temporary));
            return "已重置账号 " + m.username() + " 的密码";
        }));
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(Scope scope, @PathVariable long id, HttpServletRequest request, RedirectAttributes next) {
        return act(scope, id, next, m -> locks.unlock(scope, id, request.getRemoteAddr())
                .map(u -> u.wasLocked() ? "已解除账号 " + m.username() + " 的登录锁定" : "账号 " + m.username() + " 未被锁定，已清除其登录失败记录"));
    }

    /** A temporary password, shown once on the page after the one that made it. */
    record Temporary(String username, String password) {
    }

    private String act(Scope scope, long id, RedirectAttributes next, Function<StaffMember, Optional<String>> action) {
        StaffMember member = member(scope, id);
        try {
            next.addFlashAttribute("message", action.apply(member).orElseThrow(() -> Problem.notFound("人员")));
        } catch (Problem problem) {
            next.addFlashAttribute("problems", problems(problem));
        }
        return listOf(member.username(), next);
    }

    private static String listOf(String username, RedirectAttributes next) {
        next.addAttribute("q", username);
        return "redirect:/accounts";
    }

    private String form(Scope scope, Model model, AccountForm form, StaffMember editing, List<String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("problems", problems);
        model.addAttribute("roles", AccountForm.GRANTABLE);
        model.addAttribute("departments", organisation.departmentsWithinReach(scope).stream()
                .sorted(Comparator.comparing(Department::kind).thenComparing(Department::name)).toList());
        return "access/account-form";
    }

    private StaffMember member(Scope scope, long id) {
        return organisation.staffMember(scope, id).orElseThrow(() -> Problem.notFound("人员"));
    }

    /** The input if its fields are well-formed, else the bad ones refused as the API refuses them (400). */
    private <T> T checked(T input) {
        List<FieldProblem> problems = validator.validate(input).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), "INVALID_FIELD", v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field)).toList();
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return input;
    }

    private static List<String> problems(Problem problem) {
        return problem.errors().isEmpty() ? List.of(problem.getMessage())
                : problem.errors().stream().map(e -> AccountForm.LABELS.getOrDefault(e.field(), e.field()) + "：" + e.detail()).toList();
    }
}
