/**
 * The organisation: key sectors, departments and offices, staff with their roles and jurisdictions,
 * password rules, and the staff pages.
 *
 * <p>Uses: platform, territory.
 */
package cn.taizhang.organisation;
