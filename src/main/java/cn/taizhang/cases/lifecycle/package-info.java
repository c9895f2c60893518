/**
 * The closed loop of a case as plain Java rules (no Spring, no database), in one table: which capacity may take which
 * action in which state, and the transition and event each action makes. Exposed to other modules as the named
 * interface {@code lifecycle}, so that the statistics can replay a case's events and the demo can simulate histories
 * by the same rules.
 *
 * <p>Uses: organisation.
 */
@org.springframework.modulith.NamedInterface("lifecycle")
package cn.taizhang.cases.lifecycle;
