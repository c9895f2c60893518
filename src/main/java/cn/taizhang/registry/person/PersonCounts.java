package cn.taizhang.registry.person;

import java.util.List;

/**
 * What the persons registry holds in an area: every person registered, the key persons (重点人员) among them by
 * follow-up state — 在管, 已解除, 脱管 — the technical talents (技术人才) and the relocated (易地扶贫搬迁群众), and every
 * category of the catalogue with its count (key categories by follow-up state too).
 */
public record PersonCounts(long registered, long keyPersons, long inCare, long released, long lost, long talents, long relocated,
        List<CategoryCount> byCategory) {

    static final String TALENT = "talent";
    static final String RELOCATED = "relocated";

    /** One category's persons; the follow-up counts are zero for a category that is not of key persons. */
    public record CategoryCount(String code, String name, boolean keyPerson, long registered, long inCare, long released, long lost) {
    }

    static PersonCounts of(List<CategoryCount> categories) {
        long registered = 0;
        long key = 0;
        long inCare = 0;
        long released = 0;
        long lost = 0;
        long talents = 0;
        long relocated = 0;
        for (CategoryCount c : categories) {
            registered += c.registered();
            if (c.keyPerson()) {
                key += c.registered();
                inCare += c.inCare();
                released += c.released();
                lost += c.lost();
            }
            talents += TALENT.equals(c.code()) ? c.registered() : 0;
            relocated += RELOCATED.equals(c.code()) ? c.registered() : 0;
        }
        return new PersonCounts(registered, key, inCare, released, lost, talents, relocated, List.copyOf(categories));
    }
}
