package cn.taizhang.platform.photos;

import cn.taizhang.platform.backup.ContentAddressedFiles;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** The photo files, for backup and restore: the ones some module's rows reference. */
@Component
class PhotoFiles implements ContentAddressedFiles {

    private final PhotoStore store;
    private final List<PhotoReferences> references;

    PhotoFiles(PhotoStore store, List<PhotoReferences> references) {
        this.store = store;
        this.references = references;
    }

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public Path root() {
        return store.root();
    }

    @Override
    public String referencedQuery() {
        return PhotoCleaner.union(references) + " ORDER BY 1";
    }

    @Override
    public Path relativePath(String sha256) {
        return store.root().relativize(store.path(sha256));
    }
}
