package cn.taizhang.cases.evidence;

import cn.taizhang.platform.backup.ContentAddressedFiles;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** The photo files, for backup and restore: the ones the {@code case_evidence} rows reference. */
@Component
class EvidenceFiles implements ContentAddressedFiles {

    private final EvidenceStore store;

    EvidenceFiles(EvidenceStore store) {
        this.store = store;
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
        return "SELECT DISTINCT sha256 FROM case_evidence ORDER BY 1";
    }

    @Override
    public Path relativePath(String sha256) {
        return store.root().relativize(store.path(sha256));
    }
}
