package cn.taizhang.territory.cli;

import static cn.taizhang.territory.Fixtures.box;
import static cn.taizhang.territory.Fixtures.collection;
import static cn.taizhang.territory.Fixtures.divisions;
import static cn.taizhang.territory.Fixtures.feature;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.cli.Command;
import cn.taizhang.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The jar's territory subcommands, on the fictional county 522694. */
@IntegrationTest
class CommandTests {

    @Autowired
    List<Command> commands;

    @TempDir
    Path dir;

    private int run(String name, String... args) throws Exception {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().run(List.of(args));
    }

    private String file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Test
    void importsExitWithZeroWhenImportedAndOneOtherwise() throws Exception {
        String good = file("good.csv", divisions(
                "522694000000,,命令县,county,,,",
                "522694001000,522694000000,命令街道,town,,,",
                "522694001001,522694001000,命令社区居委会,village,111,,"));
        assertThat(run("import-divisions", good)).isZero();
        assertThat(run("import-divisions", file("bad.csv", divisions("522694002001,522694002000,孤儿社区,village,111,,")))).isEqualTo(1);
        assertThat(run("import-divisions")).isEqualTo(1);

        String grids = file("grids.geojson", collection(
                feature("522694001001001", "命令网格一", box(104.00, 44.00, 0.01)),
                feature("522694001001002", "命令网格二", box(104.01, 44.00, 0.01))));
        assertThat(run("import-grids", grids)).isZero();
        assertThat(run("import-grids", file("bad.geojson", "{\"type\":\"FeatureCollection\"}"))).isEqualTo(1);
    }

    @Test
    void theLocateBenchmarkAgreesWithTheLinearScan() throws Exception {
        assertThat(run("import-divisions", file("d.csv", divisions(
                "522694000000,,命令县,county,,,",
                "522694001000,522694000000,命令街道,town,,,",
                "522694001001,522694001000,命令社区居委会,village,111,,")))).isZero();
        assertThat(run("import-grids", file("g.geojson", collection(
                feature("522694001001001", "命令网格一", box(104.00, 44.00, 0.01)))))).isZero();
        assertThat(run("bench-locate", "2000")).isZero();
    }
}
