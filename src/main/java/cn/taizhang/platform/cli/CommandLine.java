package cn.taizhang.platform.cli;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * The jar's entry: no argument (or {@code serve}) runs the web application; any other first
 * word names a {@link Command}, run without a web server, after which the process exits.
 * Spring options ({@code --key=value}) may follow in either mode.
 */
public final class CommandLine {

    private CommandLine() {
    }

    public static void main(Class<?> application, String[] args) {
        if (args.length == 0 || args[0].startsWith("--") || args[0].equals("serve")) {
            String[] options = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
            SpringApplication app = new SpringApplication(application);
            app.setMainApplicationClass(application);
            app.run(options);
            return;
        }
        SpringApplication app = commandApplication(application);
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        String[] options = Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
        int exit;
        try (ConfigurableApplicationContext context = app.run(options)) {
            exit = dispatch(context.getBeansOfType(Command.class).values().stream().toList(), words);
        }
        System.exit(exit);
    }

    /** The application as commands run it: no web server, no demo load. */
    public static SpringApplication commandApplication(Class<?> application) {
        SpringApplication app = new SpringApplication(application);
        app.setMainApplicationClass(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off"));
        // above application.yml (whose demo.enabled: true beat the default properties, so a restore into a new
        // folder met a freshly loaded demo), below the command line's own options
        app.addInitializers(context -> {
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            MapPropertySource noDemo = new MapPropertySource("commandMode", java.util.Map.of("taizhang.demo.enabled", "false"));
            if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
                sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, noDemo);
            } else {
                sources.addFirst(noDemo);
            }
        });
        return app;
    }

    /** Runs the command named by the first word with the rest as its arguments; the result is the exit code. */
    public static int dispatch(List<Command> commands, List<String> words) {
        String name = words.get(0);
        for (Command command : commands) {
            if (command.name().equals(name)) {
                try {
                    return command.run(words.subList(1, words.size()));
                } catch (Exception e) {
                    System.err.println("失败 / failed: " + e.getMessage());
                    return 1;
                }
            }
        }
        System.err.println("Unknown command: " + name + "\nCommands:\n  serve  run the web application (default)");
        commands.forEach(c -> System.err.println("  " + c.name() + "  " + c.usage()));
        return 2;
    }
}
