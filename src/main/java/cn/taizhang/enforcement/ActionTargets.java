package cn.taizhang.enforcement;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.List;

/**
 * What a re-inspection (复查) or a restart (复产复工验收) may be about, checked on the locked target: a re-inspection of an
 * order still awaiting it or of a suspension in force; a restart only of a suspension in force of an enterprise still
 * suspended, after a re-inspection of it passed. Plain rules over rows already read.
 */
final class ActionTargets {

    private ActionTargets() {
    }

    static void check(NewAction a, ActionRow target, boolean enterpriseSuspended, List<ActionRow> reviews) {
        if (!java.util.Objects.equals(target.enterpriseId(), a.enterpriseId())) {
            throw refused("UNKNOWN_TARGET", "targetId：执法文书 " + target.id() + " 不是针对该企业的");
        }
        if (a.date().isBefore(target.day())) {
            throw refused("INVALID_FIELD", "date：" + a.kind().label() + "日期不能早于" + target.kind().label() + "的日期 " + target.day());
        }
        if (a.kind() == ActionKind.REINSPECTION) {
            boolean open = target.kind() == ActionKind.ORDER ? target.state().equals("pending")
                    : target.kind() == ActionKind.SUSPENSION && target.state().equals("in_force");
            if (!open) {
                throw conflict("NOTHING_TO_REINSPECT", "执法文书 " + target.id() + "（" + target.kind().label() + "，" + ActionKind.stateLabel(target.state())
                        + "）不需要复查：只有待复查的责令限期整改和执行中的停产停业整顿可以复查");
            }
            return;
        }
        if (target.kind() != ActionKind.SUSPENSION || !target.state().equals("in_force") || !enterpriseSuspended) {
            throw conflict("NOT_SUSPENDED", "该企业未处于停产停业整顿中（执法文书 " + target.id() + "：" + target.kind().label() + "，"
                    + ActionKind.stateLabel(target.state()) + "），不能复产复工验收");
        }
        boolean reviewed = reviews.stream().anyMatch(r -> r.kind() == ActionKind.REINSPECTION && Boolean.TRUE.equals(r.passed())
                && !r.day().isAfter(a.date()));
        if (!reviewed) {
            throw conflict("RESTART_WITHOUT_REVIEW", "停产停业整顿须经复查合格后才能准予复产复工：请先登记对执法文书 " + target.id() + " 的复查");
        }
    }

    private static Problem refused(String code, String detail) {
        String field = detail.substring(0, detail.indexOf('：'));
        return Problem.invalid(List.of(new FieldProblem(field, code, detail)));
    }

    private static Problem conflict(String code, String detail) {
        return new Problem(Problem.Kind.CONFLICT, code, detail, List.of(new FieldProblem("targetId", code, "targetId：" + detail)));
    }
}
