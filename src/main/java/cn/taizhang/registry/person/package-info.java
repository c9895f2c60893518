/**
 * The persons registry (人员台账): residents by grid and category, key persons (重点人员) with their follow-up, and the
 * category catalogue; its pages, its Excel ledger, its figures and the cases about a person. Personal data at its most
 * protected: an ID number or phone is stored only encrypted, masked and (the ID number) as a keyed hash for lookup;
 * every answer, page and export shows them masked, and a key person's name too to those without the right to see it
 * ({@code taizhang.persons.plain-roles}); the plain values are shown one at a time, with a reason, each view audited,
 * and every export is audited too.
 */
@org.springframework.modulith.NamedInterface("person")
package cn.taizhang.registry.person;
