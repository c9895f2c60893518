package cn.taizhang.cases;

import cn.taizhang.organisation.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/** The work queues of the case pages, each a filter of the case list API. */
enum CaseQueue {
    ALL("all", "全部", ""),
    TO_REGISTER("to-register", "待立案", "state=reported"),
    TO_DISPATCH("to-dispatch", "待派遣", "state=registered"),
    RETURNED("returned", "被退回", "state=registered&returned=true"),
    IN_PROGRESS("in-progress", "处置中", "state=dispatched"),
    NEAR_DEADLINE("near-deadline", "临期", "nearDeadline=true"),
    OVERDUE("overdue", "超期", "overdue=true"),
    TO_VERIFY("to-verify", "待核查", "state=handled"),
    DEFERRED("deferred", "缓办", "state=deferred"),
    CLOSED("closed", "已结案", "state=closed");

    private final String key;
    private final String label;
    private final String query;

    CaseQueue(String key, String label, String query) {
        this.key = key;
        this.label = label;
        this.query = query;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String query() {
        return query;
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
