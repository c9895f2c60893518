package cn.taizhang.platform.backup;

import cn.taizhang.platform.cli.Command;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/** {@code restore DIR [--ignore-key-mismatch]}: brings a backup back into an empty data folder or database. */
@Component
class RestoreCommand implements Command {

    private final DatabaseRestore restore;
    private final ConfigurableEnvironment environment;

    RestoreCommand(DatabaseRestore restore, ConfigurableEnvironment environment) {
        this.restore = restore;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "DIR [--ignore-key-mismatch]  从备份目录 DIR 恢复到空的数据目录或数据库（先配置原个人信息密钥）";
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (args.size() != 1) {
            System.err.println("用法：restore " + usage());
            return 1;
        }
        // only from the command line itself: never from an environment variable left behind
        PropertySource<?> options = environment.getPropertySources().get("commandLineArgs");
        boolean ignoreKeyMismatch = options != null && options.containsProperty("ignore-key-mismatch");
        long start = System.nanoTime();
        try {
            DatabaseRestore.Restored r = restore.restore(Path.of(args.get(0)), ignoreKeyMismatch);
            long files = r.manifest().files().stream().mapToLong(BackupManifest.FileSet::count).sum();
            System.out.printf("恢复完成 / restore complete: %d 张表 / tables，%,d 行 / rows，%,d 个文件 / files，用时 / took %.1f s（备份于 / backed up at %s）%n",
                    r.manifest().tables().size(), r.manifest().rows(), files, (System.nanoTime() - start) / 1e9, r.manifest().createdAt());
            if (r.keyMismatch()) {
                System.out.println("警告：个人信息密钥与备份时不同，已加密的电话等个人信息无法解密 / "
                        + "warning: the personal-data key differs from the backup's; encrypted personal data cannot be decrypted");
            }
            return 0;
        } catch (BackupRefused e) {
            System.err.println("恢复被拒绝，未做任何改动 / restore refused, nothing changed: " + e.getMessage());
            return 1;
        }
    }
}
