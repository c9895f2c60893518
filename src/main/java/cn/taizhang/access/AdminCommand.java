package cn.taizhang.access;

import cn.taizhang.organisation.Administrators;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.cli.Command;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code admin grant|revoke|reset-password|reset-two-factor|list}: the only way to make the three administrators (三权分立), run by the
 * server's operator — also how a new deployment gets its first ones. Each change is written to the audit trail in its
 * own transaction, with the operating-system user as the actor ({@code cli:USER}).
 */
@Component
class AdminCommand implements Command {

    private final Administrators administrators;
    private final SecondFactors secondFactors;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    AdminCommand(Administrators administrators, SecondFactors secondFactors, AuditTrail audit, TransactionTemplate transaction) {
        this.administrators = administrators;
        this.secondFactors = secondFactors;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String usage() {
        return "grant USERNAME ROLE [AREA] | revoke USERNAME ROLE | reset-password USERNAME | reset-two-factor USERNAME | list  "
                + "管理系统管理员（SYSADMIN）、安全管理员（SECADMIN）、审计管理员（AUDITOR）账号：授予（账号不存在则新建，显示一次临时密码）、"
                + "撤销（账号随之停用）、重置密码、重置动态口令（下次登录重新绑定）、列出；记入审计日志";
    }

    @Override
    public int run(List<String> args) {
        String what = args.isEmpty() ? "" : args.get(0);
        try {
            return switch (what) {
                case "grant" -> args.size() == 3 || args.size() == 4 ? grant(args) : wrongUsage();
                case "revoke" -> args.size() == 3 ? revoke(args) : wrongUsage();
                case "reset-password" -> args.size() == 2 ? resetPassword(args) : wrongUsage();
                case "reset-two-factor" -> args.size() == 2 ? resetTwoFactor(args) : wrongUsage();
                case "list" -> args.size() == 1 ? list() : wrongUsage();
                default -> wrongUsage();
            };
        } catch (Administrators.Refused | IllegalArgumentException e) {
            System.err.println("拒绝 / refused: " + e.getMessage());
            return 1;
        }
    }

    private int grant(List<String> args) {
        Role role = role(args.get(2));
        Administrators.Granted granted = transaction.execute(status -> {
            Administrators.Granted g = administrators.grant(args.get(1), role, args.size() == 4 ? args.get(3) : null);
            if (g.outcome() != Administrators.Outcome.ALREADY_HELD) {
                audit.commandLine("ADMIN_ROLE_GRANTED", "admin " + String.join(" ", args), g.account().id(), role.name());
            }
            return g;
        });
        StaffMember account = granted.account();
        switch (granted.outcome()) {
            case CREATED -> {
                System.out.printf("已新建账号 %s（%s，辖区 %s）/ account created%n", account.username(), role.label(), account.jurisdictionCode());
                System.out.println("临时密码（只显示这一次，首次登录须修改）/ temporary password, shown once, to be changed at the first sign-in: "
                        + granted.temporaryPassword());
            }
            case GRANTED -> System.out.printf("已授予 %s %s / granted%n", account.username(), role.label());
            case ALREADY_HELD -> System.out.printf("%s 已是%s，未作更改 / already held, nothing changed%n", account.username(), role.label());
        }
        return 0;
    }

    private int revoke(List<String> args) {
        Role role = role(args.get(2));
        StaffMember account = transaction.execute(status -> {
            StaffMember m = administrators.revoke(args.get(1), role);
            audit.commandLine("ADMIN_ROLE_REVOKED", "admin " + String.join(" ", args), m.id(), role.name());
            return m;
        });
        System.out.printf("已撤销 %s 的%s，账号已停用 / revoked; the account is disabled%n", account.username(), role.label());
        return 0;
    }

    private int resetPassword(List<String> args) {
        Administrators.Reset reset = transaction.execute(status -> {
            Administrators.Reset r = administrators.resetPassword(args.get(1));
            audit.commandLine("ADMIN_PASSWORD_RESET", "admin " + String.join(" ", args), r.account().id(), null);
            return r;
        });
        System.out.println("临时密码（只显示这一次，下次登录须修改）/ temporary password, shown once, to be changed at the next sign-in: "
                + reset.temporaryPassword());
        return 0;
    }

    /** An administrator who lost both the authenticator and the recovery codes: nobody in the system may do this. */
    private int resetTwoFactor(List<String> args) {
        StaffMember account = administrators.list().stream().filter(m -> m.username().equalsIgnoreCase(args.get(1))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("账号 " + args.get(1) + " 不是管理员账号；业务账号的动态口令由安全管理员重置"));
        transaction.executeWithoutResult(status -> {
            secondFactors.reset(account.id());
            audit.commandLine("TWO_FACTOR_RESET", "admin " + String.join(" ", args), account.id(), null);
        });
        System.out.printf("已重置 %s 的动态口令，下次登录时重新绑定 / second factor cleared, to be enrolled at the next sign-in%n", account.username());
        return 0;
    }

    private int list() {
        List<StaffMember> admins = administrators.list();
        for (StaffMember m : admins) {
            Role role = m.roles().stream().filter(Role::administrator).findFirst().orElseThrow();
            System.out.printf("%-24s %-8s %s  %s%s%n", m.username(), role.name(), role.label(), m.jurisdictionCode(), m.enabled() ? "" : "  已停用 / disabled");
        }
        System.out.printf("共 %d 个管理员账号 / administrator accounts%n", admins.size());
        return 0;
    }

    private int wrongUsage() {
        System.err.println("用法 / usage: admin " + usage());
        return 1;
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("角色须为 SYSADMIN、SECADMIN 或 AUDITOR：" + name);
        }
    }
}
