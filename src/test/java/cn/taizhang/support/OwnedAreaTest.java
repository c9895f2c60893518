package cn.taizhang.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ownership of test data is kept by the code: {@link OwnedArea} and the test sources agree. */
class OwnedAreaTest {

    /** Tests that touch no database (they parse codes or files, build documents from values, simulate in memory) may name any of them. */
    private static final Set<String> NO_DATABASE = Set.of("AreaCodeTests.java", "KailiObservationsTest.java", "KailiTerritoryDataTest.java",
            "EvaluationNoticeTests.java", "DivisionFileTests.java", "GridFileTests.java", "GridIndexTests.java", "OverlapsTests.java",
            "SimulatorTests.java", "LocalityTest.java", "KailiOrganisationTest.java");

    @Test
    void noAreaIsOwnedTwiceOrInsideAnother() {
        assertThat(OwnedArea.values()).isNotEmpty(); // the enum's own check ran when it was loaded
        for (OwnedArea a : OwnedArea.values()) {
            for (OwnedArea b : OwnedArea.values()) {
                assertThat(a != b && b.code().startsWith(a.code())).as(b + " inside " + a).isFalse();
            }
        }
    }

    @Test
    void anAreaIsHandedOnlyToItsOwner() {
        assertThat(OwnedArea.DASHBOARD.code(DashboardTests.class)).isEqualTo(OwnedArea.DASHBOARD.code());
        assertThatThrownBy(() -> OwnedArea.DASHBOARD.code(OwnedAreaTest.class)).hasMessageContaining("belongs to DashboardTests");
    }

    /** Names only: a class of that name stands in for the real owner, which lives in another package. */
    private static final class DashboardTests {
    }

    @Test
    void noTestButTheOwnerNamesAnOwnedAreaOrACodeInsideIt() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("OwnedArea.java") || name.equals("OwnedAreaTest.java") || NO_DATABASE.contains(name)) {
                    continue;
                }
                String source = Files.readString(file);
                for (OwnedArea area : OwnedArea.values()) {
                    if (!name.equals(area.owner() + ".java")
                            && Pattern.compile("(?<![0-9])" + area.code()).matcher(source).find()) { // the code, or one inside it
                        strays.add(file + " names " + area + " (" + area.code() + ", owned by " + area.owner() + ") or a code inside it");
                    }
                }
            }
        }
        assertThat(strays).isEmpty();
    }
}
