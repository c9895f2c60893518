package cn.taizhang.registry;

/** One field of a registry record as a change left it: its label, and the values before and after as shown (null: empty). */
public record FieldChange(String field, String label, String from, String to) {
}
