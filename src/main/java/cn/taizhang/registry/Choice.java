package cn.taizhang.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * One of a registry's fixed choices (a risk level, a status): the id the API and the database use and the Chinese label
 * pages and sheets show. A person may type either, so an imported sheet written by hand reads as well as an export.
 */
public interface Choice {

    String id();

    String label();

    /** The choice whose id or label is {@code text} (surrounding blanks ignored), if any. */
    static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.id().equals(t) || c.label().equals(t)).findFirst();
    }

    /** The ids of a type's choices, joined for an error message: "red、orange、yellow、blue". */
    static <E extends Enum<E> & Choice> String ids(Class<E> type) {
        return String.join("、", Arrays.stream(type.getEnumConstants()).map(Choice::id).toList());
    }

    /** The labels, joined: "红色、橙色、黄色、蓝色". */
    static <E extends Enum<E> & Choice> String labels(Class<E> type) {
        return String.join("、", Arrays.stream(type.getEnumConstants()).map(Choice::label).toList());
    }
}
