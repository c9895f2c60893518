package cn.taizhang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture as the sources state it, read from src/main/java without Spring: the packages whose rules are plain
 * Java use nothing from Spring, nor need a class that does, and a class whose javadoc says it is plain Java imports
 * nothing from Spring; every package has a {@code package-info.java} that says what it is for and which
 * modules it may use, in a line {@code <p>Uses: platform, territory.} (or {@code Uses: none.}) that the imports keep to.
 * A module is the first package under {@code cn.taizhang}; {@code platform} is the shared kernel. A sub-package may declare
 * its own, narrower line, or none and inherit its module's.
 */
class ArchitectureTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path ROOT = SOURCES.resolve("cn/taizhang");

    /** Packages whose rules are plain Java by design (a package that does not exist yet is skipped). */
    static final List<String> PLAIN_JAVA_PACKAGES = List.of("cn.taizhang.cases.lifecycle", "cn.taizhang.calendar.rules",
            "cn.taizhang.registry.codes", "cn.taizhang.territory.imports", "cn.taizhang.figures");

    /** The sentence of a package-info or a type's javadoc that makes it plain Java. */
    static final Pattern SAYS_PLAIN_JAVA = Pattern.compile("Plain Java|Pure Java");

    static final Pattern USES = Pattern.compile("^\\s*(?:<p>)?\\s*Uses:(.*)$", Pattern.MULTILINE);
    static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9]*");
    static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?(cn\\.taizhang\\.[\\w.]+?)(\\.\\*)?\\s*;", Pattern.MULTILINE);
    static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(?:(?:public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s",
            Pattern.MULTILINE);

    /** Every main source file by its package ("cn.taizhang.cases"), in a stable order. */
    static Map<String, List<Source>> packages;

    record Source(Path path, String packageName, String text, String code) {

        String simpleName() {
            return path.getFileName().toString().replace(".java", "");
        }

        /** The file as the failure messages name it, relative to the project. */
        String shown() {
            return path.toString();
        }
    }

    @BeforeAll
    static void read() throws IOException {
        packages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                String packageName = SOURCES.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
                packages.computeIfAbsent(packageName, p -> new ArrayList<>()).add(new Source(file, packageName, text, code(text)));
            }
        }
    }

    // --- (a) plain Java --------------------------------------------------------------------------------------------

    @Test
    void plainJavaUsesNothingFromSpring() {
        // a plain-Java package: its files, what they need and what that needs (its rules must work without Spring)
        Map<Source, String> plainPackages = new LinkedHashMap<>(); // file -> why it must be plain Java
        // a class whose javadoc says so: the file itself
        Map<Source, String> plainClasses = new LinkedHashMap<>();
        for (String name : PLAIN_JAVA_PACKAGES) {
            packages.getOrDefault(name, List.of()).forEach(s -> plainPackages.putIfAbsent(s, "its package " + name + " is plain Java by design"));
        }
        for (List<Source> sources : packages.values()) {
            Optional<Source> info = sources.stream().filter(s -> s.simpleName().equals("package-info")).findFirst();
            if (info.isPresent() && SAYS_PLAIN_JAVA.matcher(javadoc(info.get().text()).orElse("")).find()) {
                sources.forEach(s -> plainPackages.putIfAbsent(s, "its package-info says it is plain Java"));
            }
            for (Source s : sources) {
                if (!plainPackages.containsKey(s) && SAYS_PLAIN_JAVA.matcher(typeJavadoc(s.text()).orElse("")).find()) {
                    plainClasses.put(s, "its javadoc says it is plain Java");
                }
            }
        }
        assertThat(plainPackages).as("no plain-Java package found: has src/main/java moved?").isNotEmpty();
        assertThat(plainClasses).as("no plain-Java class found: has src/main/java moved?").isNotEmpty();

        List<String> offences = new ArrayList<>();
        plainClasses.forEach((s, why) -> {
            if (usesSpring(s)) {
                offences.add(s.shown() + " (" + why + ") uses org.springframework");
            }
        });
        for (Map.Entry<Source, String> entry : plainPackages.entrySet()) {
            Map<Source, Source> reachedFrom = new LinkedHashMap<>();
            Deque<Source> queue = new ArrayDeque<>(List.of(entry.getKey()));
            reachedFrom.put(entry.getKey(), null);
            while (!queue.isEmpty()) {
                Source s = queue.removeFirst();
                if (usesSpring(s)) {
                    if (s != entry.getKey() && plainPackages.containsKey(s)) {
                        continue; // that file has a line of its own
                    }
                    List<String> chain = new ArrayList<>();
                    for (Source at = s; at != null; at = reachedFrom.get(at)) {
                        chain.add(0, at.shown());
                    }
                    offences.add(entry.getKey().shown() + " (" + entry.getValue() + ") "
                            + (chain.size() == 1 ? "uses org.springframework" : "needs " + String.join(" -> ", chain.subList(1, chain.size()))
                                    + ", which uses org.springframework"));
                    break;
                }
                for (Source next : dependencies(s)) {
                    if (!reachedFrom.containsKey(next)) {
                        reachedFrom.put(next, s);
                        queue.addLast(next);
                    }
                }
            }
        }
        assertThat(offences).as("plain Java must not depend on Spring: move the Spring part out, or drop the claim").isEmpty();
    }

    /** Spring in the code; a package-info may still name its module for Spring Modulith (a named interface), which is no code. */
    private static boolean usesSpring(Source s) {
        String code = s.simpleName().equals("package-info") ? s.code().replace("org.springframework.modulith.", "") : s.code();
        return code.contains("org.springframework");
    }

    /** The cn.taizhang sources a file names: its imports, and the classes of its own package it mentions. */
    private static Set<Source> dependencies(Source s) {
        Set<Source> found = new LinkedHashSet<>();
        Matcher m = IMPORT.matcher(s.code());
        while (m.find()) {
            if (m.group(3) != null && packages.containsKey(m.group(2))) { // import cn.taizhang.x.*;
                found.addAll(packages.get(m.group(2)));
            } else {
                sourceOf(m.group(2)).ifPresent(found::add);
            }
        }
        for (Source other : packages.get(s.packageName())) {
            if (other != s && !other.simpleName().equals("package-info")
                    && Pattern.compile("\\b" + other.simpleName() + "\\b").matcher(s.code()).find()) {
                found.add(other);
            }
        }
        return found;
    }

    /** The source file of an imported name: {@code cn.taizhang.a.B.C} is in {@code cn/taizhang/a/B.java}. */
    private static Optional<Source> sourceOf(String imported) {
        String[] parts = imported.split("\\.");
        for (int i = parts.length; i > 2; i--) {
            String packageName = String.join(".", Arrays.copyOf(parts, i - 1));
            String type = parts[i - 1];
            Optional<Source> hit = packages.getOrDefault(packageName, List.of()).stream().filter(x -> x.simpleName().equals(type)).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    // --- (b) modules and what they use -----------------------------------------------------------------------------

    @Test
    void everyPackageSaysWhatItIsForAndWhichModulesItUses() {
        Set<String> modules = modules();
        List<String> problems = new ArrayList<>();
        for (String packageName : packages.keySet()) {
            String where = SOURCES.resolve(packageName.replace('.', '/')).resolve("package-info.java").toString();
            Optional<Source> info = packageInfo(packageName);
            if (info.isEmpty()) {
                problems.add(where + " is missing: say in its javadoc what the package is for and end with \"<p>Uses: <modules>.\" (or \"Uses: none.\")");
                continue;
            }
            Optional<String> doc = javadoc(info.get().text());
            if (doc.isEmpty() || USES.matcher(doc.get()).replaceAll("").replaceAll("\\s+", " ").strip().length() < 20) {
                problems.add(where + ": its javadoc must say what the package is for");
            }
            Optional<String> uses = doc.flatMap(ArchitectureTest::usesLine);
            boolean modulePackage = moduleOf(packageName).isEmpty() || packageName.equals("cn.taizhang." + moduleOf(packageName));
            if (uses.isEmpty()) {
                if (modulePackage) {
                    problems.add(where + ": a module's package-info needs a line \"<p>Uses: <modules>.\" (\"Uses: none.\" if it uses no other module)");
                }
                continue;
            }
            try {
                Set<String> declared = parseUses(uses.get());
                for (String name : declared) {
                    if (!modules.contains(name)) {
                        problems.add(where + ": \"Uses:\" names " + name + ", which is no module (modules: " + modules + ")");
                    } else if (name.equals(moduleOf(packageName))) {
                        problems.add(where + ": \"Uses:\" names its own module " + name + " (a module always uses itself)");
                    }
                }
                if (!modulePackage) {
                    Set<String> wider = new TreeSet<>(declared);
                    wider.removeAll(allowed("cn.taizhang." + moduleOf(packageName)));
                    if (!wider.isEmpty()) {
                        problems.add(where + ": a sub-package may narrow its module's \"Uses:\", not widen it: " + wider
                                + " missing from cn/taizhang/" + moduleOf(packageName) + "/package-info.java");
                    }
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noSourceImportsAModuleItsPackageInfoDoesNotAllow() {
        List<String> offences = new ArrayList<>();
        for (List<Source> sources : packages.values()) {
            for (Source s : sources) {
                String own = moduleOf(s.packageName());
                Set<String> allowed = allowed(s.packageName());
                Matcher m = IMPORT.matcher(s.code());
                while (m.find()) {
                    String imported = m.group(2);
                    String module = moduleOf(imported);
                    if (module.isEmpty()) {
                        offences.add(s.shown() + " imports " + imported + " from the application's root package, which no module may use");
                    } else if (!module.equals(own) && !allowed.contains(module)) {
                        offences.add(s.shown() + " imports " + imported + ": module " + module + " is not in \"Uses: "
                                + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ".\" of " + governingInfo(s.packageName())
                                + " (add it there if the dependency is meant, or remove the import)");
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theSourcesAreReadAsTheOtherTestsExpect() {
        // the parsing the other tests rely on
        assertThat(moduleOf("cn.taizhang.cases.lifecycle")).isEqualTo("cases");
        assertThat(moduleOf("cn.taizhang.TaizhangApplication")).isEmpty();
        assertThat(moduleOf("cn.taizhang")).isEmpty();
        assertThat(parseUses(" platform, territory.")).containsExactly("platform", "territory");
        assertThat(parseUses(" none.")).isEmpty();
        assertThat(usesLine(" The thing.\n\n <p>Uses: platform, cases.\n")).contains(" platform, cases.");
        assertThat(code("import a; // org.springframework\n/* org.springframework */ String s = \"org.springframework\";"))
                .doesNotContain("org.springframework");
        assertThat(allowed("cn.taizhang.cases.lifecycle")).isNotEmpty().isSubsetOf(allowed("cn.taizhang.cases"));
    }

    // --- reading the sources -----------------------------------------------------------------------------------------

    static Set<String> modules() {
        Set<String> modules = new TreeSet<>();
        for (String packageName : packages.keySet()) {
            if (!moduleOf(packageName).isEmpty()) {
                modules.add(moduleOf(packageName));
            }
        }
        return modules;
    }

    /** The first package under cn.taizhang, or "" for the root package and its classes. */
    static String moduleOf(String name) {
        String[] parts = name.split("\\.");
        return parts.length < 3 || !MODULE_NAME.matcher(parts[2]).matches() ? "" : parts[2];
    }

    /** The modules a package may use: its own "Uses:" line, else the nearest enclosing package's, up to its module. */
    static Set<String> allowed(String packageName) {
        return governing(packageName).map(info -> parseUses(usesLine(javadoc(info.text()).orElseThrow()).orElseThrow())).orElse(Set.of());
    }

    static String governingInfo(String packageName) {
        return governing(packageName).map(Source::shown).orElse("any package-info (none has a \"Uses:\" line)");
    }

    private static Optional<Source> governing(String packageName) {
        for (String p = packageName; p.startsWith("cn.taizhang"); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            Optional<Source> info = packageInfo(p).filter(i -> javadoc(i.text()).flatMap(ArchitectureTest::usesLine).isPresent());
            if (info.isPresent()) {
                return info;
            }
            if (p.equals("cn.taizhang." + moduleOf(packageName))) {
                break; // a module does not inherit the application root's line
            }
        }
        return Optional.empty();
    }

    private static Optional<Source> packageInfo(String packageName) {
        return packages.getOrDefault(packageName, List.of()).stream().filter(s -> s.simpleName().equals("package-info")).findFirst();
    }

    static Optional<String> usesLine(String javadoc) {
        Matcher m = USES.matcher(javadoc);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Set<String> parseUses(String value) {
        String v = value.strip();
        if (!v.endsWith(".")) {
            throw new IllegalArgumentException("\"Uses:" + value + "\" must end with a full stop");
        }
        v = v.substring(0, v.length() - 1).strip();
        if (v.equals("none")) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : v.split(",")) {
            if (!MODULE_NAME.matcher(name.strip()).matches()) {
                throw new IllegalArgumentException("\"Uses:" + value + "\" must list module names separated by commas, or say none");
            }
            names.add(name.strip());
        }
        return names;
    }

    /** The first javadoc comment of a file, its lines without the leading asterisks. */
    static Optional<String> javadoc(String text) {
        int start = text.indexOf("/**");
        int end = start < 0 ? -1 : text.indexOf("*/", start);
        return end < 0 ? Optional.empty() : Optional.of(text.substring(start + 3, end).replaceAll("(?m)^\\s*\\*(?!/) ?", ""));
    }

    /** The javadoc right before a file's first top-level type. */
    static Optional<String> typeJavadoc(String text) {
        Matcher m = TYPE_DECLARATION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String before = text.substring(0, m.start());
        int start = before.lastIndexOf("/**");
        return start < 0 ? Optional.empty() : javadoc(before.substring(start));
    }

    /** The source without its comments and the contents of its string and character literals. */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                out.append(' ');
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                i = end < 0 ? text.length() : end + 3;
                out.append("\"\"");
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                char quote = text.charAt(i);
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != quote && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(j + 1, text.length());
                out.append(quote).append(quote);
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    static {
        if (!Files.isDirectory(ROOT)) {
            throw new UncheckedIOException(new IOException(ROOT.toAbsolutePath() + " not found: run the test from the project's folder"));
        }
    }
}
