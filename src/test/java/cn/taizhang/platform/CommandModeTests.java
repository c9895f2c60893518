package cn.taizhang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.TaizhangApplication;
import cn.taizhang.platform.cli.Command;
import cn.taizhang.platform.cli.CommandLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The jar's subcommands start the application without a web server and run against the same database. */
class CommandModeTests {

    @Test
    void aCommandRunsWithoutTheWebServerAndAnUnknownOneListsTheCommands() throws Exception {
        Path csv = Files.createTempFile("divisions", ".csv");
        Files.writeString(csv, """
                code,parent_code,name,level,urban_rural_class,lng,lat
                522690000000,,示例县,county,,,
                522690001000,522690000000,示例街道,town,,,
                522690001001,522690001000,示例社区居委会,village,111,,
                """);
        String[] options = {"--taizhang.data-dir=target/test-data-cli", "--taizhang.db.clean-embedded=true"};
        try (ConfigurableApplicationContext context = CommandLine.commandApplication(TaizhangApplication.class).run(options)) {
            List<Command> commands = context.getBeansOfType(Command.class).values().stream().toList();
            PrintStream originalErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                assertThat(CommandLine.dispatch(commands, List.of("no-such-command"))).isEqualTo(2);
            } finally {
                System.setErr(originalErr);
            }
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("import-divisions", "import-grids", "bench-locate");

            assertThat(CommandLine.dispatch(commands, List.of("import-divisions", csv.toString()))).isZero();
            assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("SELECT name FROM area WHERE code = '522690001001'", String.class)).isEqualTo("示例社区居委会");
            assertThat(context.containsBean("filterChain")).isFalse();
        }
    }
}
