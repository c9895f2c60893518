/**
 * The organisation: key sectors, departments and offices, staff with their roles and jurisdictions,
 * password rules, the staff pages and the read-only lists of sectors and units in the 系统管理员's console.
 *
 * <p>Uses: platform, territory.
 */
package cn.taizhang.organisation;
