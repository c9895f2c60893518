package cn.taizhang.evaluation;

import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.util.List;

/** The 镇街 inside a scope: all of a county's, or the caller's own; none for a village- or grid-level caller. */
final class Towns {

    static final int CODE_LENGTH = 9;

    private Towns() {
    }

    static List<Area> within(Territory territory, Scope scope) {
        String prefix = scope.areaPrefix();
        if (prefix.length() < CODE_LENGTH) {
            return territory.children(prefix, scope, 0, Territory.MAX_PAGE_SIZE).items();
        }
        return territory.find(prefix, scope).filter(a -> a.code().length() == CODE_LENGTH).stream().toList();
    }
}
