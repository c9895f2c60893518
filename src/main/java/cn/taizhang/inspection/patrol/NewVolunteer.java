package cn.taizhang.inspection.patrol;

/**
 * A volunteer as checked by the form, ready to store; {@code phone} plain (stored encrypted), null to keep the stored
 * one on an edit. Public for the demo's bulk {@link PatrolVolunteers#storeAll}, whose caller vouches for every field.
 */
public record NewVolunteer(String name, String phone, String kind, String areaCode, boolean active) {
}
