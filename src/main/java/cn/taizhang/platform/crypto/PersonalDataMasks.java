package cn.taizhang.platform.crypto;

/** How personal data shows by default: enough to recognise, not enough to use. */
public final class PersonalDataMasks {

    private PersonalDataMasks() {
    }

    /** 13812341234 → 138****1234; short or odd numbers keep only their last two characters. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        if (phone.length() >= 11) {
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
        return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }

    /** A resident ID number (GB 11643): first 6 and last 4 characters. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /**
     * A name shown to those who may not see it: its first character and two asterisks whatever its length, so that the
     * length gives nothing away either (张三丰 → 张**).
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "**";
    }
}
