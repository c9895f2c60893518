package cn.taizhang.access.chain;

import cn.taizhang.platform.cli.Command;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code verify-audit}: checks the audit trail's hash chain; exit code 1 at the first break. */
@Component
class VerifyAuditCommand implements Command {

    private final AuditVerification verification;

    VerifyAuditCommand(AuditVerification verification) {
        this.verification = verification;
    }

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public String usage() {
        return "校验审计日志哈希链（SM3）：逐条重算已封存记录，并与导出的链头核对；发现断裂以非零退出 / verifies the audit trail's hash chain";
    }

    @Override
    public int run(List<String> args) {
        Verification v = verification.verify();
        System.out.printf("已封存 / sealed: %,d 条，校验通过 / verified: %,d 条，尚未封存 / not yet sealed: %,d 条%n", v.sealed(), v.verified(),
                v.unsealed());
        System.out.printf("链头 / head: %s%n", v.headSeq() == null ? "—" : v.headSeq() + " " + v.headHash());
        System.out.printf("最近导出的链头 / last exported head: %s%n", v.lastExported() == null ? "—"
                : v.lastExported().at() + " " + v.lastExported().seq() + " " + v.lastExported().hash());
        if (!v.intact()) {
            ChainBreak b = v.firstBreak();
            System.out.printf("失败 / failed: 序号 / seq %d%s：%s [%s]%n", b.seq(), b.auditId() == null ? "" : "（审计记录 / audit row " + b.auditId() + "）",
                    b.detail(), b.kind());
            return 1;
        }
        System.out.println("完整 / intact");
        return 0;
    }
}
