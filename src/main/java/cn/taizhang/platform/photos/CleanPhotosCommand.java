package cn.taizhang.platform.photos;

import cn.taizhang.platform.cli.Command;
import java.util.List;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/** {@code clean-evidence [--dry-run]}: removes photo files that nothing references, older than an hour. */
@Component
class CleanPhotosCommand implements Command {

    private final PhotoCleaner cleaner;
    private final ConfigurableEnvironment environment;

    CleanPhotosCommand(PhotoCleaner cleaner, ConfigurableEnvironment environment) {
        this.cleaner = cleaner;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "clean-evidence";
    }

    @Override
    public String usage() {
        return "[--dry-run]  删除没有任何事项或项目进展引用、且超过 1 小时未改动的照片文件（--dry-run 只列出不删除）";
    }

    @Override
    public int run(List<String> args) {
        if (!args.isEmpty()) {
            System.err.println("用法：clean-evidence " + usage());
            return 1;
        }
        PropertySource<?> options = environment.getPropertySources().get("commandLineArgs");
        boolean dryRun = options != null && options.containsProperty("dry-run");
        List<PhotoCleaner.Orphan> orphans = cleaner.clean(PhotoCleaner.GRACE, dryRun);
        orphans.forEach(o -> System.out.println("  " + o.file() + "  " + o.size() + " B"));
        long bytes = orphans.stream().mapToLong(PhotoCleaner.Orphan::size).sum();
        System.out.printf("%s %d 个无引用照片文件，共 %,d 字节 / %s %d orphaned evidence files, %,d bytes%n",
                dryRun ? "找到（未删除）" : "已删除", orphans.size(), bytes, dryRun ? "found (dry run)" : "removed", orphans.size(), bytes);
        return 0;
    }
}
