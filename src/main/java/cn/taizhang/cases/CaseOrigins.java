package cn.taizhang.cases;

import cn.taizhang.platform.Scope;
import java.util.Collection;
import java.util.Map;

/**
 * The seam through which a module that raises cases says where each came from — the inspection visit and checklist item
 * behind a hazard — so that the case shows it with a link. Implemented (as a Spring bean) by the raising module, which
 * depends on the cases, never the reverse.
 */
public interface CaseOrigins {

    /** The origins of those of the cases this module raised, by case id, as far as the scope may see them. */
    Map<Long, CaseOrigin> of(Collection<Long> caseIds, Scope scope);
}
