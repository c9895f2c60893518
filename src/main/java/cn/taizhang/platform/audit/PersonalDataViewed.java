package cn.taizhang.platform.audit;

/**
 * Published, inside the request that shows it, whenever personal data is shown unmasked; the audit
 * trail records it synchronously, so a view that cannot be audited fails instead of showing the data.
 * {@code field} names what was shown (phone, id_number), never its value; {@code reason} is the viewer's own
 * words for why (null where none is asked for).
 */
public record PersonalDataViewed(String subjectType, String subjectId, String field, String reason) {

    /** A view for which no reason is asked. */
    public PersonalDataViewed(String subjectType, String subjectId, String field) {
        this(subjectType, subjectId, field, null);
    }
}
