package cn.taizhang.platform.backup;

import cn.taizhang.platform.cli.Command;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code backup DIR}: a consistent backup of the database and the evidence files into an empty folder. */
@Component
class BackupCommand implements Command {

    private final DatabaseBackup backup;

    BackupCommand(DatabaseBackup backup) {
        this.backup = backup;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "DIR  备份数据库和照片文件到空目录 DIR（一致性快照，系统可照常运行；个人信息密钥不在其中，须另行保管）";
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (args.size() != 1) {
            System.err.println("用法：backup " + usage());
            return 1;
        }
        long start = System.nanoTime();
        try {
            BackupManifest m = backup.backup(Path.of(args.get(0)));
            long bytes = m.tables().stream().mapToLong(BackupManifest.Table::bytes).sum();
            long files = m.files().stream().mapToLong(BackupManifest.FileSet::count).sum();
            long fileBytes = m.files().stream().mapToLong(BackupManifest.FileSet::bytes).sum();
            System.out.printf("备份完成 / backup complete: %s%n  数据库结构版本 / schema version %s；%d 张表 / tables，%,d 行 / rows，%,d 字节（压缩）/ bytes gzipped%n"
                    + "  文件 / files: %,d 个，%,d 字节 / bytes；用时 / took %.1f s%n", args.get(0), m.schemaVersion(), m.tables().size(),
                    m.rows(), bytes, files, fileBytes, (System.nanoTime() - start) / 1e9);
            System.out.printf("  个人信息密钥不在备份中，请另行保管 / the personal-data key is NOT in the backup, keep it apart: %s（SHA-256 指纹 / fingerprint %s）%n",
                    m.personalDataKey().configuredAs(), m.personalDataKey().sha256());
            return 0;
        } catch (BackupRefused e) {
            System.err.println("备份被拒绝 / backup refused: " + e.getMessage());
            return 1;
        }
    }
}
