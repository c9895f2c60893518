package cn.taizhang.cases;

import cn.taizhang.platform.Scope;
import java.util.Optional;

/**
 * The seam through which a case is about a registry record (an enterprise, a place, a person): a registry implements it
 * (as a Spring bean) for its kind, and a report may then name {@code subject: {kind, id}} — checked to be within the
 * reporter's reach, placed in the record's grid when the report gives no position — and the case shows the record.
 * The registries depend on the cases, never the reverse.
 */
public interface CaseSubjects {

    /** The kind it answers for: "enterprise", "place" or "person". */
    String kind();

    /** The record, if it lies within the scope. */
    Optional<CaseSubject> find(long id, Scope scope);
}
