/**
 * The closed loop of a case as plain Java rules (no Spring, no database): its states, the actions that move it, who may
 * take each, and the transitions they make. Exposed to other modules as the named interface {@code lifecycle}, so that
 * the statistics can replay a case's events and the demo can simulate histories by the same rules.
 */
@org.springframework.modulith.NamedInterface("lifecycle")
package cn.taizhang.cases.lifecycle;
