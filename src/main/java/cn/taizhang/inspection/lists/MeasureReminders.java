package cn.taizhang.inspection.lists;

import cn.taizhang.notices.Notice;
import cn.taizhang.notices.Notices;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the owner unit's staff of their measures as cases remind their units: 即将到期 in the last {@value #DAYS_AHEAD}
 * days before the due date, 已逾期 once it has passed — once each per due date (a changed due date reminds again). Safe on
 * several instances and on reruns: every notice carries a dedup key and the notices table sends a key once per person.
 * A measure overdue for more than {@value #OVERDUE_WINDOW_DAYS} days is not told again (the list shows it as 已逾期).
 */
@Component
class MeasureReminders {

    static final int DAYS_AHEAD = 3;
    static final int OVERDUE_WINDOW_DAYS = 7;

    private final MeasureRepository measures;
    private final Organisation organisation;
    private final Notices notices;
    private final TransactionTemplate tx;

    MeasureReminders(MeasureRepository measures, Organisation organisation, Notices notices, TransactionTemplate tx) {
        this.measures = measures;
        this.organisation = organisation;
        this.notices = notices;
        this.tx = tx;
    }

    @Scheduled(cron = "${taizhang.measures.reminder-cron:0 30 8 * * *}", zone = BeijingTime.ZONE_ID)
    void run() {
        remind(LocalDate.now(BeijingTime.ZONE));
    }

    /** One pass as of the Beijing date {@code today}; answers how many notices went out (repeats count nothing). */
    int remind(LocalDate today) {
        Integer sent = tx.execute(status -> {
            int total = 0;
            for (MeasureRepository.Row m : measures.undoneDueBetween(today.minusDays(OVERDUE_WINDOW_DAYS), today.plusDays(DAYS_AHEAD), today)) {
                List<Long> staff = staffOf(m.ownerDepartmentId());
                if (staff.isEmpty()) {
                    continue;
                }
                String link = "/measures/" + m.id();
                if (m.dueDate().isBefore(today)) {
                    total += notices.send(new Notice(staff, "measure.overdue", "制度措施已逾期：" + m.title(),
                            "完成期限 " + m.dueDate() + " 已过，请尽快完成并填写佐证说明", link, "measure:" + m.id() + ":overdue:" + m.dueDate()));
                } else {
                    total += notices.send(new Notice(staff, "measure.remind", "制度措施即将到期：" + m.title(),
                            "请于 " + m.dueDate() + " 前完成", link, "measure:" + m.id() + ":remind:" + m.dueDate()));
                }
            }
            return total;
        });
        return sent == null ? 0 : sent;
    }

    /** Every staff member of the unit, whatever their role: a measure is the unit's, not one handler's. */
    private List<Long> staffOf(long departmentId) {
        List<Long> ids = new ArrayList<>();
        organisation.department(departmentId).ifPresent(unit -> {
            Scope scope = new Scope(unit.areaCode(), departmentId);
            for (int page = 0; ; page++) {
                List<StaffMember> items = organisation.staff(scope, new StaffFilter(null, null, null, departmentId), page, 500).items();
                items.stream().filter(StaffMember::enabled).forEach(s -> ids.add(s.id()));
                if (items.size() < 500) {
                    break;
                }
            }
        });
        return ids;
    }
}
