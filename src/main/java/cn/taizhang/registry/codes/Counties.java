package cn.taizhang.registry.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The county-level division codes of GB/T 2260 in force (bundled: counties.csv beside this class), against which the
 * first six digits of an ID number are looked up. Read once. Plain Java.
 */
final class Counties {

    private static final Set<String> CODES = read();

    private Counties() {
    }

    static boolean known(String code) {
        return CODES.contains(code);
    }

    private static Set<String> read() {
        Set<String> codes = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Counties.class.getResourceAsStream("counties.csv"),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#") && line.length() > 6) {
                    codes.add(line.substring(0, 6));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled county list cannot be read", e);
        }
        return Set.copyOf(codes);
    }
}
