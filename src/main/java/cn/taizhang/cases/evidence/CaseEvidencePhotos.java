package cn.taizhang.cases.evidence;

import cn.taizhang.platform.photos.PhotoReferences;
import org.springframework.stereotype.Component;

/** The photos the cases' evidence rows reference. */
@Component
class CaseEvidencePhotos implements PhotoReferences {

    @Override
    public String referencedQuery() {
        return "SELECT sha256 FROM case_evidence";
    }
}
