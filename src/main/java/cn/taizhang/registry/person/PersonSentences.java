package cn.taizhang.registry.person;

/**
 * The persons registry's figures as a briefing says them: "截至12月6日，凯里市登记重点人员612人，其中在管520人、脱管12人、
 * 已解除80人；登记技术人才400人、易地扶贫搬迁群众800人。". Plain Java.
 */
final class PersonSentences {

    private PersonSentences() {
    }

    static String area(String lead, PersonCounts c) {
        StringBuilder s = new StringBuilder(lead).append("登记重点人员").append(c.keyPersons()).append("人");
        if (c.keyPersons() > 0) {
            s.append("，其中在管").append(c.inCare()).append("人、脱管").append(c.lost()).append("人、已解除").append(c.released()).append("人");
        }
        if (c.talents() + c.relocated() > 0) {
            s.append("；登记技术人才").append(c.talents()).append("人、易地扶贫搬迁群众").append(c.relocated()).append("人");
        }
        return s.append("。").toString();
    }
}
