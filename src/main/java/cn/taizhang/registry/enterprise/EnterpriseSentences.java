package cn.taizhang.registry.enterprise;

/**
 * The enterprise registry's figures as a briefing says them, in the seeds' register: "炉碧经济开发区入驻非公企业130家，
 * 已建工会组织企业84家，工会会员4882人". Plain Java.
 */
final class EnterpriseSentences {

    private EnterpriseSentences() {
    }

    /** An area's ledger: "截至12月6日，大十字街道登记在册企业…". */
    static String area(String lead, EnterpriseCounts c) {
        StringBuilder s = new StringBuilder(lead).append("登记在册企业").append(c.registered()).append("家");
        if (c.deregistered() + c.lostContact() > 0) {
            s.append("，其中正常经营").append(c.active()).append("家、注销").append(c.deregistered()).append("家、失联").append(c.lostContact()).append("家");
        }
        s.append("；非公企业").append(c.nonPublic()).append("家，已建工会组织企业").append(c.unionFounded()).append("家，工会会员")
                .append(c.unionMembers()).append("人");
        if (c.red() + c.orange() > 0) {
            s.append("；重大风险（红色）企业").append(c.red()).append("家、较大风险（橙色）企业").append(c.orange()).append("家");
        }
        return s.append("。").toString();
    }

    /** A development zone's union work: "炉碧经济开发区入驻非公企业130家，已建工会组织企业84家，工会会员4882人。". */
    static String zone(String zoneName, EnterpriseCounts c) {
        return zoneName + "入驻非公企业" + c.nonPublic() + "家，已建工会组织企业" + c.nonPublicUnionFounded() + "家，工会会员"
                + c.nonPublicUnionMembers() + "人。";
    }
}
