package cn.taizhang.registry.person;

/** The columns of a person to write: the personal data already encrypted, masked and hashed. */
record StoredPerson(String name, String idNumberEncrypted, String idNumberMasked, String idNumberHash, String phoneEncrypted,
        String phoneMasked, String address, String areaCode, String categoryCode, FollowUp followUp, Long followUpCaseId, String notes) {

    /** The columns as stored now. */
    static StoredPerson of(PersonRow r) {
        return new StoredPerson(r.name(), r.idNumberEncrypted(), r.idNumberMasked(), r.idNumberHash(), r.phoneEncrypted(), r.phoneMasked(),
                r.address(), r.areaCode(), r.categoryCode(), r.followUp(), r.followUpCaseId(), r.notes());
    }

    /** Without the ciphertexts and the hash, should it ever reach a log. */
    @Override
    public String toString() {
        return "StoredPerson[area=" + areaCode + ", category=" + categoryCode + "]";
    }
}
