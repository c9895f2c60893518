package cn.taizhang.registry.person;

import cn.taizhang.platform.crypto.PersonalDataMasks;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * A person as the API answers and the pages show them: the ID number and the phone always masked (the plain values
 * have endpoints of their own, audited), names looked up for the grid, 镇街 and category. A key person's name is
 * masked ({@code nameMasked}) for those without the right to see it ({@link #seenBy}).
 */
public record Person(long id, String name, boolean nameMasked,
        @Schema(description = "居民身份证号码，脱敏（前 6 位与后 4 位）") String idNumber,
        @Schema(description = "联系电话，脱敏") String phone,
        String address, String gridCode, String gridName, String townCode, String townName, String category, String categoryName,
        boolean keyPerson, String followUp, String followUpLabel, Long followUpCaseId, String notes, int version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** The person as a reader sees them: a key person's name masked unless {@code plainNames}. */
    Person seenBy(boolean plainNames) {
        if (plainNames || !keyPerson || nameMasked) {
            return this;
        }
        return new Person(id, PersonalDataMasks.name(name), true, idNumber, phone, address, gridCode, gridName, townCode, townName,
                category, categoryName, keyPerson, followUp, followUpLabel, followUpCaseId, notes, version, createdAt, updatedAt);
    }

    FollowUp followUpChoice() {
        return followUp == null ? null : FollowUp.valueOf(followUp.toUpperCase());
    }
}
