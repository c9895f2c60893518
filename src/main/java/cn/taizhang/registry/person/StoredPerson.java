package cn.taizhang.registry.person;

/** The columns of a person to write: the personal data already encrypted, masked and hashed. */
record StoredPerson(String name, String idNumberEncrypted, String idNumberMasked, String idNumberHash, String phoneEncrypted,
        String phoneMasked, String address, String areaCode, String categoryCode, FollowUp followUp, Long followUpCaseId, String notes) {
}
