package cn.taizhang.registry.person;

/**
 * A person as checked by {@link PersonForm}: the grid inside the writer's reach, the category known, the ID number and
 * phone valid. On an edit, a null {@code name} or {@code idNumber} and {@code phoneKept} keep what is stored (left out,
 * or sent back masked as read); a null {@code phone} that is not kept clears it.
 */
record NewPerson(String name, String idNumber, boolean phoneKept, String phone, String address, String gridCode, PersonCategory category,
        FollowUp followUp, Long followUpCaseId, String notes) {

    /** Without the ID number and the phone, should it ever reach a log. */
    @Override
    public String toString() {
        return "NewPerson[grid=" + gridCode + ", category=" + (category == null ? null : category.code()) + "]";
    }
}
