/**
 * The lifecycle's rules in one table: which capacity may take which action in which state, and the
 * transition and event each action makes. Plain Java, free of Spring.
 *
 * <p>Uses: organisation.
 */
package cn.taizhang.cases.lifecycle;
