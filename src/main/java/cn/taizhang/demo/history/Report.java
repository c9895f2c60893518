package cn.taizhang.demo.history;

import cn.taizhang.cases.bulk.TypeRule;

/**
 * A report as the simulation makes it, before anything happens to it: its words from {@link Wording}; {@code minute} is in
 * {@link WorkTime}; {@code enterpriseId} the
 * enterprise an inspection's hazard is about (null for other reports).
 */
record Report(long id, String number, TypeRule type, TypeRule.Severity severity, String sector, Spot spot, String source,
        Person reporter, Long suggestedUnitId, String description, String address, long minute, Long enterpriseId) {
}
