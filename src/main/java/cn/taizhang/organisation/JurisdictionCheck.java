package cn.taizhang.organisation;

/** Whether an area code names an existing area; answered by the territory module. */
interface JurisdictionCheck {

    boolean exists(String areaCode);
}
