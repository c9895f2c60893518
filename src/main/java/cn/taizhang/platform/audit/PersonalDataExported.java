package cn.taizhang.platform.audit;

/**
 * Published, inside the request, before a list holding personal data is taken away as a file; the audit trail records
 * it synchronously (who, from where, which list), so that an export that cannot be audited does not start.
 * {@code description} says what was exported — the filter, how many rows, what was masked — never a value of it.
 */
public record PersonalDataExported(String subjectType, String description) {
}
