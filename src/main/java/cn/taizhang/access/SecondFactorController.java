package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Enrolling one's own second factor through the API, and the security administrator's reset of someone's. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "access", description = "登录与访问令牌")
class SecondFactorController {

    record Status(boolean required, boolean enrolled, int recoveryCodesLeft) {
    }

    record Confirmation(@NotBlank(message = "不能为空") String code) {
    }

    record RecoveryCodes(List<String> recoveryCodes) {
    }

    record Reset(long staffId, String username, boolean wasEnrolled) {
    }

    private final SecondFactors secondFactors;
    private final SecondFactorEnrolments enrolments;
    private final Organisation organisation;
    private final TokenCallers tokens;
    private final AuditTrail audit;

    SecondFactorController(SecondFactors secondFactors, SecondFactorEnrolments enrolments, Organisation organisation, TokenCallers tokens,
            AuditTrail audit) {
        this.secondFactors = secondFactors;
        this.enrolments = enrolments;
        this.organisation = organisation;
        this.tokens = tokens;
        this.audit = audit;
    }

    @GetMapping("/me/two-factor")
    @Operation(summary = "查看自己的动态口令：是否必须绑定、是否已绑定、剩余恢复码个数")
    Status status() {
        Caller caller = AuditTrail.currentCaller();
        boolean enrolled = secondFactors.enrolled(caller.id());
        return new Status(secondFactors.required(caller.roles()), enrolled, enrolled ? secondFactors.recoveryCodesLeft(caller.id()) : 0);
    }

    @PostMapping("/me/two-factor")
    @Operation(summary = "开始绑定动态口令：返回密钥（Base32）和 otpauth 地址，供身份验证器添加；再次调用返回同一密钥，直到确认")
    SecondFactors.Enrolment start() {
        Caller caller = AuditTrail.currentCaller();
        return secondFactors.start(caller.id(), caller.getUsername());
    }

    @PostMapping("/me/two-factor/confirm")
    @Operation(summary = "确认绑定动态口令：提交身份验证器显示的 6 位数字；返回 10 个一次性恢复码，只返回这一次，请妥善保存")
    RecoveryCodes confirm(@Valid @RequestBody Confirmation confirmation, HttpServletRequest request, HttpServletResponse response) {
        return new RecoveryCodes(enrolments.confirm(AuditTrail.currentCaller(), confirmation.code(), request, response));
    }

    @PostMapping("/staff/{id}/two-factor-reset")
    @PreAuthorize("hasRole('SECADMIN')")
    @Operation(summary = "重置人员的动态口令（如手机丢失）：密钥和恢复码作废，下次登录时重新绑定（安全管理员，记入审计日志）")
    Reset reset(Scope scope, @PathVariable long id, HttpServletRequest request) {
        // 三权分立: no administrator weakens another's sign-in; theirs is reset on the command line (admin reset-two-factor)
        StaffMember member = organisation.changeable(scope, id).orElseThrow(() -> Problem.notFound("人员"));
        boolean wasEnrolled = secondFactors.reset(id);
        tokens.forget(id);
        audit.secondFactorReset(AuditTrail.currentCaller(), id, member.username(), request.getRemoteAddr());
        return new Reset(id, member.username(), wasEnrolled);
    }
}
