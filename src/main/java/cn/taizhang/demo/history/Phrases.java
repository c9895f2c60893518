package cn.taizhang.demo.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Named lists of phrases and the templates that combine them, read from text files: {@code [name]} opens a list,
 * each following line is one entry, {@code #} starts a comment. In a template {@code {name}} is a value given by the
 * caller or else a random entry of that list (filled in turn), {@code {3-12}} a random whole number, {@code {甲|乙}} one
 * of the alternatives. Plain Java; the same random stream gives the same text.
 */
final class Phrases {

    /** The demo history's wording: descriptions by type, the words they draw on, and addresses. */
    static final List<String> DEMO_FILES = List.of("/demo/phrases/descriptions.txt", "/demo/phrases/words.txt", "/demo/phrases/addresses.txt");

    private static final int MAX_DEPTH = 6;

    private final Map<String, List<String>> lists;

    private Phrases(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    /** The demo's phrases, read once. */
    static Phrases demo() {
        return Demo.PHRASES;
    }

    /** Lists from several texts; a name may be used only once across them all. */
    static Phrases parse(List<String> texts) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String text : texts) {
            List<String> current = null;
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    String name = line.substring(1, line.length() - 1).strip();
                    current = new ArrayList<>();
                    if (lists.put(name, current) != null) {
                        throw new IllegalArgumentException("phrase list [" + name + "] defined twice");
                    }
                } else if (current == null) {
                    throw new IllegalArgumentException("phrase outside a list: " + line);
                } else {
                    current.add(line);
                }
            }
        }
        lists.replaceAll((name, entries) -> {
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("phrase list [" + name + "] is empty");
            }
            return List.copyOf(entries);
        });
        return new Phrases(Map.copyOf(lists));
    }

    /** The names of the lists. */
    Set<String> lists() {
        return lists.keySet();
    }

    boolean has(String list) {
        return lists.containsKey(list);
    }

    /** The entries of a list as written, unfilled; empty if there is no such list. */
    List<String> entries(String list) {
        return lists.getOrDefault(list, List.of());
    }

    /** A random entry of the list, filled. */
    String pick(String list, Map<String, String> given, SplittableRandom random) {
        return fill(one(list, random), given, random, 0);
    }

    /** The template with its slots filled. */
    String fill(String template, Map<String, String> given, SplittableRandom random) {
        return fill(template, given, random, 0);
    }

    private String fill(String template, Map<String, String> given, SplittableRandom random, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("phrases nest too deep (a list that names itself?): " + template);
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = closing(template, open);
            out.append(template, at, open).append(slot(template.substring(open + 1, close), given, random, depth));
            at = close + 1;
        }
        return out.toString();
    }

    private String slot(String slot, Map<String, String> given, SplittableRandom random, int depth) {
        List<String> choices = alternatives(slot);
        if (choices.size() > 1) {
            return fill(choices.get(random.nextInt(choices.size())), given, random, depth + 1);
        }
        String value = given.get(slot);
        if (value != null) {
            return value;
        }
        if (lists.containsKey(slot)) {
            return fill(one(slot, random), given, random, depth + 1);
        }
        int dash = slot.indexOf('-');
        if (dash > 0 && slot.chars().allMatch(c -> c == '-' || Character.isDigit(c))) {
            int low = Integer.parseInt(slot.substring(0, dash));
            int high = Integer.parseInt(slot.substring(dash + 1));
            return Integer.toString(low + random.nextInt(high - low + 1));
        }
        throw new IllegalStateException("no phrase list or value for {" + slot + "}");
    }

    /** The brace that closes the one at {@code open}; alternatives may hold slots of their own. */
    private static int closing(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unclosed slot in: " + template);
    }

    /** The slot split at its own bars, not at those of slots inside it. */
    private static List<String> alternatives(String slot) {
        List<String> choices = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < slot.length(); i++) {
            char c = slot.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                choices.add(slot.substring(from, i));
                from = i + 1;
            }
        }
        choices.add(slot.substring(from));
        return choices;
    }

    private String one(String list, SplittableRandom random) {
        List<String> entries = lists.get(list);
        if (entries == null) {
            throw new IllegalStateException("no phrase list [" + list + "]");
        }
        return entries.get(random.nextInt(entries.size()));
    }

    /** Holder: the files are read on first use, once. */
    private static final class Demo {

        static final Phrases PHRASES = parse(DEMO_FILES.stream().map(Demo::read).toList());

        private static String read(String resource) {
            try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
