/**
 * The working-day calendar: official notices and local days off, kept in the database and edited by the
 * system administrator (API, command and its page), and the deadline arithmetic every other module asks through WorkingDays.
 *
 * <p>Uses: platform.
 */
package cn.taizhang.calendar;
