package cn.taizhang.inspection.lists;

import java.util.List;

/** The 问题隐患清单's counts: hazards, rectified (case closed), open, overdue (the case past its deadline), 重大隐患 and those rectified. */
public record HazardFigures(long total, long rectified, long open, long overdue, long major, long majorRectified) {

    static HazardFigures of(List<HazardEntry> entries) {
        long rectified = entries.stream().filter(HazardEntry::rectified).count();
        return new HazardFigures(entries.size(), rectified, entries.size() - rectified, entries.stream().filter(HazardEntry::overdue).count(),
                entries.stream().filter(HazardEntry::major).count(), entries.stream().filter(e -> e.major() && e.rectified()).count());
    }
}
