package cn.taizhang.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The new state of an account's name, roles, jurisdiction and department. The phone is optional: without one the
 * account keeps its own (the 安全管理员 sees phones masked only, so it could not send the old one back).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record StaffEdit(
        @NotBlank(message = "不能为空") @Size(max = 40, message = "不能超过 40 个字") String name,
        @Pattern(regexp = "1[3-9][0-9]{9}", message = "须为 11 位手机号码") String phone,
        @NotEmpty(message = "至少要有一个角色") Set<Role> roles,
        @NotBlank(message = "不能为空") String jurisdictionCode,
        Long departmentId) {
}
