package cn.taizhang.enforcement;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.registry.enterprise.EnterpriseSection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The 执法 section of an enterprise's page: the open candidates about it, then its actions, the latest first. */
@Component
@Order(1)
class EnforcementSection implements EnterpriseSection {

    private final ActionRepository actions;
    private final Candidates candidates;

    EnforcementSection(ActionRepository actions, Candidates candidates) {
        this.actions = actions;
        this.candidates = candidates;
    }

    @Override
    public String heading() {
        return "执法";
    }

    @Override
    public List<Line> lines(long enterpriseId, Scope scope) {
        List<Line> lines = new ArrayList<>();
        candidates.list(scope, new Candidates.Filter(enterpriseId, null, "open", null), 0, Paging.MAX_SIZE).items().forEach(c -> lines.add(
                new Line(c.since(), "执法线索（" + c.ruleLabel() + "）：" + c.reason(), c.stateLabel(), "/enforcement?candidate=" + c.id())));
        actions.list(scope, new ActionRepository.Filter(null, enterpriseId, null, null, null, null), 0, Paging.MAX_SIZE).forEach(a -> lines.add(
                new Line(a.day(), a.kind().label() + (a.documentNumber() == null ? "" : "（" + a.documentNumber() + "）"),
                        ActionKind.stateLabel(a.state()), "/enforcement/" + a.id())));
        return lines;
    }
}
