/**
 * The catalogue of case types (事项类型): each type's category, responsible unit rule, verification, escalation and
 * deadlines per severity, as the system administrator edits them (the API and its form), and the units a case can go
 * to, with the one the rules suggest ("管行业必须管安全").
 *
 * <p>Uses: platform, organisation.
 */
package cn.taizhang.cases.catalogue;
