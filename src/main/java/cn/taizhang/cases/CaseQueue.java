package cn.taizhang.cases;

import cn.taizhang.organisation.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * The work queues of the case pages, each a narrowing of the case list (a state, or one of the flags of
 * {@link CaseFilter}), with what to say when it is empty.
 */
enum CaseQueue {
    ALL("all", "全部", null, null, "没有符合条件的事件"),
    TO_REGISTER("to-register", "待立案", "reported", null, "没有待立案的事件"),
    TO_DISPATCH("to-dispatch", "待派遣", "registered", null, "没有待派遣的事件"),
    RETURNED("returned", "被退回", "registered", "returned", "没有被退回、待重新派遣的事件"),
    IN_PROGRESS("in-progress", "处置中", "dispatched", null, "没有处置中的事件"),
    NEAR_DEADLINE("near-deadline", "临期", null, "nearDeadline", "没有临近处置期限的事件"),
    OVERDUE("overdue", "超期", null, "overdue", "没有超期的事件"),
    TO_VERIFY("to-verify", "待核查", "handled", null, "没有待核查的事件"),
    DEFERRED("deferred", "缓办", "deferred", null, "没有缓办的事件"),
    CLOSED("closed", "已结案", "closed", null, "没有已结案的事件"),
    MINE("mine", "我上报的", null, "mine", "您还没有上报过事件：发现问题可点击“上报事件”"),
    EXTENSION_PENDING("extension-pending", "延期待批", null, "extensionPending", "没有待审批的延期申请");

    private final String key;
    private final String label;
    private final String state;
    private final String flag;
    private final String empty;

    CaseQueue(String key, String label, String state, String flag, String empty) {
        this.key = key;
        this.label = label;
        this.state = state;
        this.flag = flag;
        this.empty = empty;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** What the empty queue says. */
    public String empty() {
        return empty;
    }

    /** The filters of a list page narrowed to this queue (its state and flag replace any given). */
    CaseFilter narrow(CaseFilter f) {
        return new CaseFilter(state != null ? state : f.state(), f.type(), f.area(), f.unit(), flag("overdue", f.overdue()),
                flag("returned", f.returned()), flag("nearDeadline", f.nearDeadline()), f.from(), f.to(), f.q(), f.source(), f.severity(),
                flag("mine", f.mine()), flag("extensionPending", f.extensionPending()));
    }

    private Boolean flag(String name, Boolean given) {
        return name.equals(flag) ? Boolean.TRUE : given;
    }

    static Optional<CaseQueue> of(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }

    /** Where each role's work starts: dispatchers register, handlers handle, grid workers verify. */
    static CaseQueue defaultFor(Collection<Role> roles) {
        if (roles.contains(Role.DISPATCHER)) {
            return TO_REGISTER;
        }
        if (roles.contains(Role.HANDLER)) {
            return IN_PROGRESS;
        }
        return ALL;
    }
}
