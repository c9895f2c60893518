package cn.taizhang.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A staff member to create: exactly one jurisdiction, optional department, one or more roles. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record NewStaff(
        @NotBlank(message = "不能为空") @Pattern(regexp = "[A-Za-z0-9._-]{3,40}", message = "须为 3-40 位字母、数字或 ._-") String username,
        @NotBlank(message = "不能为空") @Size(max = 40, message = "不能超过 40 个字") String name,
        @Pattern(regexp = "1[3-9][0-9]{9}", message = "须为 11 位手机号码") String phone,
        @NotEmpty(message = "至少要有一个角色") Set<Role> roles,
        @NotBlank(message = "不能为空") String jurisdictionCode,
        Long departmentId,
        @NotBlank(message = "不能为空") @Size(min = 10, max = 64, message = "长度须为 10-64 位") String password) {
}
