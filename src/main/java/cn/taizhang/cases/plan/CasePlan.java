package cn.taizhang.cases.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case's 治理方案 with its 五落实, who wrote it last and its version. */
public record CasePlan(long caseId, String responsibility, String measures, BigDecimal funds, LocalDate deadline, String contingency,
        long writtenBy, String writtenByName, OffsetDateTime writtenAt, int version) {
}
