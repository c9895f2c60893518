/**
 * Patrols (巡查): lighter records of routine rounds than the outings — who went (staff, and registered volunteers such as
 * the "五老" internet-café monitors, kept here as {@link cn.taizhang.inspection.patrol.PatrolVolunteers}), when, in which
 * grid, past which places or along which route, what was seen; each finding becomes a case in the round's transaction.
 * Counted in patrols and person-times (人次) by {@link cn.taizhang.inspection.patrol.PatrolFigures}. The API
 * ({@code /api/v1/patrols}, {@code /api/v1/patrol-volunteers}) and the pages are here too; the demo stores its rounds
 * through the bulk methods, hence a named interface.
 */
@org.springframework.modulith.NamedInterface("patrol")
package cn.taizhang.inspection.patrol;
