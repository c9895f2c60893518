/**
 * The calendar's rules as immutable data: which day is worked, deadlines N working days on, and the
 * reading and checking of calendar files. Plain Java, free of Spring.
 *
 * <p>Uses: platform.
 */
package cn.taizhang.calendar.rules;
