package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "access", description = "登录与访问令牌")
class PasswordController {

    record PasswordChange(@NotBlank(message = "不能为空") String currentPassword, @NotBlank(message = "不能为空") String newPassword) {
    }

    record TemporaryPassword(long staffId, String temporaryPassword, boolean mustChangePassword) {
    }

    private final PasswordChanges changes;
    private final Organisation organisation;

    PasswordController(PasswordChanges changes, Organisation organisation) {
        this.changes = changes;
        this.organisation = organisation;
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改自己的密码（至少 10 位，大写字母、小写字母、数字、符号至少三类，不含用户名，非常见密码，不与最近 5 次相同）")
    void change(@Valid @RequestBody PasswordChange change, HttpServletRequest request, HttpServletResponse response) {
        changes.change(AuditTrail.currentCaller(), change.currentPassword(), change.newPassword(), request, response);
    }

    @PostMapping("/staff/{id}/password-reset")
    @PreAuthorize("hasRole('SECADMIN')")
    @Operation(summary = "重置密码为一次性临时密码，下次登录须修改（安全管理员；管理员账号的密码只能在服务器命令行重置）")
    TemporaryPassword reset(Scope scope, @PathVariable long id) {
        String temporary = organisation.resetPassword(scope, id).orElseThrow(() -> Problem.notFound("人员"));
        return new TemporaryPassword(id, temporary, true);
    }
}
