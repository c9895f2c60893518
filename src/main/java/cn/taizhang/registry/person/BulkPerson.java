package cn.taizhang.registry.person;

/**
 * A person to store in bulk ({@link Persons#storeAll}, the demo's registry): the ID number and phone plain, to be
 * encrypted, masked and hashed as a registration does; {@code category} a code of the catalogue, {@code followUp} for a
 * key person only. Nothing here is checked: the caller vouches for it.
 */
public record BulkPerson(String name, String idNumber, String phone, String address, String gridCode, String category, FollowUp followUp,
        String notes) {

    /** Without the ID number and the phone, should it ever reach a log. */
    @Override
    public String toString() {
        return "BulkPerson[grid=" + gridCode + ", category=" + category + "]";
    }
}
