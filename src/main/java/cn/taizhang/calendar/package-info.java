/**
 * The working-day calendar: official notices and local days off, kept in the database and edited by
 * administrators, and the deadline arithmetic every other module asks through WorkingDays.
 *
 * <p>Uses: platform.
 */
package cn.taizhang.calendar;
