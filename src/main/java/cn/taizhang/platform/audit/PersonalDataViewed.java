package cn.taizhang.platform.audit;

/**
 * Published, inside the request that shows it, whenever personal data is shown unmasked; the audit
 * trail records it synchronously, so a view that cannot be audited fails instead of showing the data.
 */
public record PersonalDataViewed(String subjectType, String subjectId, String field) {
}
