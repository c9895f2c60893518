package cn.taizhang.registry.person;

import java.time.OffsetDateTime;

/** A person as stored: the ID number and the phone encrypted and masked, never plain; the ID number's lookup hash. */
record PersonRow(long id, String name, String idNumberEncrypted, String idNumberMasked, String idNumberHash, String phoneEncrypted,
        String phoneMasked, String address, String areaCode, String categoryCode, String categoryName, boolean keyPerson,
        FollowUp followUp, Long followUpCaseId, String notes, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
